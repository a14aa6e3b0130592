import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { LocalDateScalar } from '../common/local-date.scalar';
import type { DomainEvent } from '../events/event-bus';
import { ANY_ROLE, Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { UserError } from '../common/user-error';
import { Reads } from '../db/read-columns';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { User } from '../users/user.entity';
import { KPI_DEFINITIONS } from './kpi-definitions';
import { KpiComparison, KpiGranularity, KpiKey, KpiScope } from './kpi.enums';
import { KpiIncidentAcknowledgeInput, PromotionInput } from './kpi.inputs';
import { KpiIncident } from './kpi-incident.entity';
import { kpiIncidentService } from './kpi-incident.service';
import { kpiService, toDefinitionType } from './kpi.service';
import { KpiDefinitionType, KpiReport } from './kpi.types';
import { Promotion } from './promotion.entity';
import { promotionService } from './promotion.service';

@ObjectType({ description: 'Result of promotionAdd.' })
class PromotionPayload {
  @Field(() => Promotion, { nullable: true, description: 'The promotion as saved.' })
  promotion?: Promotion;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of promotionRemove.' })
class PromotionRemovePayload {
  @Field(() => ID, { nullable: true, description: 'The id of the promotion removed.' })
  removedId?: string;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of kpiIncidentAcknowledge.' })
class KpiIncidentPayload {
  @Field(() => KpiIncident, { nullable: true, description: 'The incident as saved.' })
  incident?: KpiIncident;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

const PromotionConnection = Connection(Promotion, 'Promotion', 'promotion');
const KpiIncidentConnection = Connection(KpiIncident, 'KpiIncident', 'KPI incident');

@Resolver()
export class KpiResolver {
  @Authorized(...ANY_ROLE)
  @Query(() => [KpiDefinitionType], { description: 'Every KPI: name, formula in words, unit, whether up is good, and the scopes it exists at.' })
  kpiDefinitions() {
    return KPI_DEFINITIONS.map(toDefinitionType);
  }

  @Authorized(...ANY_ROLE)
  @Query(() => KpiReport, {
    description:
      'KPI series over local periods, each point compared with the previous period or year, read from figures kept on every change (never from the orders). Admins and reviewers read the shop\'s (and any team\'s or user\'s), a lead the team\'s, a rep their own, customer service its own customer-service figures. Daily shop series carry anomaly flags.',
  })
  kpis(
    @Arg('from', () => LocalDateScalar, { description: 'First local day.' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last local day (included).' }) to: string,
    @Arg('granularity', () => KpiGranularity, { defaultValue: KpiGranularity.DAY, description: 'Period length.' }) granularity: KpiGranularity,
    @Arg('compareTo', () => KpiComparison, { defaultValue: KpiComparison.PREVIOUS_PERIOD, description: 'What each point is compared with.' }) compareTo: KpiComparison,
    @Arg('scope', () => KpiScope, { nullable: true, description: 'Whose figures (default: the widest the caller may read).' }) scope: KpiScope | undefined,
    @Arg('teamId', () => ID, { nullable: true, description: 'The team, for the TEAM scope (default: the team the caller leads).' }) teamId: string | undefined,
    @Arg('userId', () => ID, { nullable: true, description: 'The staff member, for the USER scope (default: the caller).' }) userId: string | undefined,
    @Arg('keys', () => [KpiKey], { nullable: true, description: 'Only these KPIs (default: all the caller may read at the scope).' }) keys: KpiKey[] | undefined,
    @Ctx() ctx: Context,
  ) {
    return kpiService.report(requireViewer(ctx), { from, to, granularity, compareTo, scope, teamId, userId, keys });
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => PromotionConnection, { description: 'The shop\'s promotion calendar, latest first.' })
  promotions(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return promotionService.list(requireViewer(ctx), page);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PromotionPayload, { description: 'Adds a promotion to the calendar: its days are judged against past promotion days, not normal days.' })
  promotionAdd(@Arg('input', () => PromotionInput, { description: 'The promotion.' }) input: PromotionInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => promotionService.add(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PromotionRemovePayload, { description: 'Removes a promotion from the calendar.' })
  promotionRemove(@Arg('id', () => ID, { description: 'The promotion.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => promotionService.remove(tx, id));
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => KpiIncidentConnection, { description: 'Anomaly incidents of the shop\'s daily KPIs, latest first.' })
  kpiIncidents(
    @Arg('acknowledged', () => Boolean, { nullable: true, description: 'Only acknowledged (true) or open (false) ones.' }) acknowledged: boolean | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return kpiIncidentService.list(requireViewer(ctx), acknowledged, page);
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Mutation(() => KpiIncidentPayload, { description: 'Acknowledges an incident with a note (once); the audit trail keeps who and when.' })
  kpiIncidentAcknowledge(@Arg('input', () => KpiIncidentAcknowledgeInput, { description: 'The incident and the note.' }) input: KpiIncidentAcknowledgeInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => kpiIncidentService.acknowledge(tx, input));
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Subscription(() => KpiIncident, {
    nullable: true,
    description: 'New anomaly incidents of the shop\'s daily KPIs, as the detection job finds them.',
    subscribe: ({ context }) => {
      const { viewer, events } = requireViewer(context as Context);
      return events.subscribe('KPI_INCIDENT_OPENED', (e) => e.shopId === viewer.shopId);
    },
  })
  kpiIncidentOpened(@Root() event: DomainEvent, @Ctx() ctx: Context) {
    return kpiIncidentService.loadFresh(requireViewer(ctx), event.id);
  }
}

@Resolver(() => KpiIncident)
export class KpiIncidentResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who acknowledged it.' })
  @Reads<KpiIncident>('acknowledgedBy')
  acknowledgedBy(@Root() incident: KpiIncident, @Ctx() ctx: Context) {
    return incident.acknowledgedBy ? ctx.loaders.userById.read(incident.acknowledgedBy.id) : null;
  }
}
