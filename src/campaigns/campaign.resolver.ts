import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { UserError } from '../common/user-error';
import { CouponTemplate } from '../coupons/coupon-template.entity';
import { Reads } from '../db/read-columns';
import { MessageRule, MessageStatus } from '../messages/message.enums';
import { MessageTemplate } from '../messages/message-template.entity';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { AudiencePreview } from './audience';
import { Campaign, CampaignWave } from './campaign.entity';
import { CampaignInput, CampaignWaveInput } from './campaign.inputs';
import { timeOfDay } from '../common/time-of-day';
import { campaignService } from './campaign.service';
import { LiftReport } from './lift';

@ObjectType({ description: 'Result of campaignCreate.' })
class CampaignPayload {
  @Field(() => Campaign, { nullable: true, description: 'The campaign as saved.' })
  campaign?: Campaign;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of the campaignWave mutations.' })
class CampaignWavePayload {
  @Field(() => CampaignWave, { nullable: true, description: 'The wave as saved.' })
  wave?: CampaignWave;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'How many of a wave\'s messages stand at a status, by the rule that put them there.' })
class WaveMessageCount {
  @Field(() => MessageStatus, { description: 'The status.' })
  status: MessageStatus;

  @Field(() => MessageRule, { nullable: true, description: 'The rule (null: not decided yet).' })
  rule: MessageRule | null;

  @Field(() => Int, { description: 'Messages.' })
  count: number;
}

const CampaignConnection = Connection(Campaign, 'Campaign', 'campaign');

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => CampaignConnection, { description: 'The shop\'s campaigns, newest first.' })
  campaigns(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return campaignService.list(requireViewer(ctx), page);
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => LiftReport, { description: 'Paid-order conversion of the customers sent the campaign\'s messages against its holdout, with a 95% confidence interval (all waves, or one).' })
  campaignLift(
    @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: string,
    @Arg('waveId', () => ID, { nullable: true, description: 'Only this wave.' }) waveId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return campaignService.lift(requireViewer(ctx), campaignId, waveId);
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => AudiencePreview, { description: 'A wave\'s audience as it stands now: its size and who the rules would stop (before scheduling).' })
  campaignWavePreview(@Arg('id', () => ID, { description: 'The wave.' }) id: string, @Ctx() ctx: Context) {
    return campaignService.preview(requireViewer(ctx), id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignPayload, { description: 'Creates a campaign around an event date; add its waves with campaignWaveCreate.' })
  campaignCreate(@Arg('input', () => CampaignInput, { description: 'The campaign.' }) input: CampaignInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => campaignService.create(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignWavePayload, { description: 'Adds a draft wave to a campaign.' })
  campaignWaveCreate(
    @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: string,
    @Arg('input', () => CampaignWaveInput, { description: 'The wave.' }) input: CampaignWaveInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => campaignService.addWave(tx, campaignId, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignWavePayload, { description: 'Changes a draft wave.' })
  campaignWaveUpdate(@Arg('id', () => ID, { description: 'The wave.' }) id: string, @Arg('input', () => CampaignWaveInput, { description: 'What to change.' }) input: CampaignWaveInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => campaignService.updateWave(tx, id, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignWavePayload, { description: 'Snapshots a draft wave\'s audience into the send ledger (holdout and overlaps decided now) and queues it for its window.' })
  campaignWaveSchedule(@Arg('id', () => ID, { description: 'The wave.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => campaignService.schedule(tx, id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignWavePayload, { description: 'Holds a scheduled wave\'s unsent messages until it is resumed (past its window, they are not sent).' })
  campaignWavePause(@Arg('id', () => ID, { description: 'The wave.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => campaignService.pause(tx, id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignWavePayload, { description: 'Lets a paused wave\'s messages go again.' })
  campaignWaveResume(@Arg('id', () => ID, { description: 'The wave.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => campaignService.resume(tx, id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignWavePayload, { description: 'Stops every unsent message of a wave; what was handed over stays.' })
  campaignWaveCancel(@Arg('id', () => ID, { description: 'The wave.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => campaignService.cancel(tx, id));
  }

  @FieldResolver(() => [CampaignWave], { description: 'Its waves, in send order.' })
  @Reads()
  waves(@Root() campaign: Campaign, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.wavesByCampaignId.load(campaign.id);
  }
}

@Resolver(() => CampaignWave)
export class CampaignWaveResolver {
  @FieldResolver(() => String, { description: 'Window opens, HH:MM shop time.' })
  @Reads<CampaignWave>('sendFrom')
  sendFrom(@Root() wave: CampaignWave) {
    return timeOfDay(wave.sendFrom);
  }

  @FieldResolver(() => String, { description: 'Window closes, HH:MM shop time.' })
  @Reads<CampaignWave>('sendUntil')
  sendUntil(@Root() wave: CampaignWave) {
    return timeOfDay(wave.sendUntil);
  }

  @FieldResolver(() => MessageTemplate, { nullable: true, description: 'Its message template.' })
  @Reads<CampaignWave>('template')
  template(@Root() wave: CampaignWave, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.messageTemplateById.load(wave.template.id);
  }

  @FieldResolver(() => CouponTemplate, { nullable: true, description: 'The coupon template issued with its messages.' })
  @Reads<CampaignWave>('couponTemplate')
  couponTemplate(@Root() wave: CampaignWave, @Ctx() ctx: Context) {
    return wave.couponTemplate ? requireViewer(ctx).loaders.couponTemplateById.load(wave.couponTemplate.id) : null;
  }

  @FieldResolver(() => [WaveMessageCount], { description: 'Its messages by status and rule (sent, deferred, capped, held out…).' })
  @Reads()
  messageCounts(@Root() wave: CampaignWave, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.messageCountsByWaveId.load(wave.id);
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'Its campaign.' })
  @Reads<CampaignWave>('campaign')
  campaign(@Root() wave: CampaignWave, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.campaignById.load(wave.campaign.id);
  }
}
