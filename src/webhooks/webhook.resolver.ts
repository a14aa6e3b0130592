import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { UserError } from '../common/user-error';
import { Reads } from '../db/read-columns';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { WebhookEventType } from './webhook.enums';
import { WebhookEndpointInput } from './webhook.inputs';
import { webhookService } from './webhook.service';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDelivery, WebhookEvent } from './webhook-event.entity';

@ObjectType({ description: 'Result of webhookEndpointCreate / Update / SecretRotate.' })
class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint as saved.' })
  webhookEndpoint?: WebhookEndpoint;

  @Field(() => String, { nullable: true, description: 'The signing secret (whsec_…), shown only here, when made or rotated: give it to the receiver.' })
  secret?: string;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of webhookEventReplay.' })
class WebhookEventPayload {
  @Field(() => WebhookEvent, { nullable: true, description: 'The event sent again.' })
  webhookEvent?: WebhookEvent;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

const WebhookEndpointConnection = Connection(WebhookEndpoint, 'WebhookEndpoint', 'webhook endpoint');
const WebhookEventConnection = Connection(WebhookEvent, 'WebhookEvent', 'outbox event');

@Resolver(() => WebhookEvent)
export class WebhookResolver {
  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => WebhookEndpointConnection, { description: 'The shop\'s webhook endpoints, newest first.' })
  webhookEndpoints(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return webhookService.listEndpoints(requireViewer(ctx), page);
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => WebhookEventConnection, { description: 'The outbox: events and their deliveries, newest first.' })
  webhookEvents(
    @Arg('type', () => WebhookEventType, { nullable: true, description: 'Only this type.' }) type: WebhookEventType | undefined,
    @Arg('deadOnly', () => Boolean, { nullable: true, defaultValue: false, description: 'Only events with a dead-lettered delivery.' }) deadOnly: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return webhookService.listEvents(requireViewer(ctx), type, deadOnly, page);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointPayload, { description: 'Registers an endpoint; the payload shows its signing secret once.' })
  webhookEndpointCreate(@Arg('input', () => WebhookEndpointInput, { description: 'The endpoint.' }) input: WebhookEndpointInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => webhookService.create(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointPayload, { description: 'Changes an endpoint: URL, description, event types, enabled.' })
  webhookEndpointUpdate(
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
    @Arg('input', () => WebhookEndpointInput, { description: 'What to change.' }) input: WebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => webhookService.update(tx, id, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointPayload, { description: 'Gives an endpoint a new signing secret (shown once); for 24 hours deliveries are signed with both.' })
  webhookEndpointSecretRotate(@Arg('id', () => ID, { description: 'The endpoint.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => webhookService.rotateSecret(tx, id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEventPayload, { description: 'Sends an event again with the same webhook-id (a fresh schedule of attempts), to the endpoints it went to or to one named.' })
  webhookEventReplay(
    @Arg('id', () => ID, { description: 'The event.' }) id: string,
    @Arg('endpointId', () => ID, { nullable: true, description: 'Only to this endpoint (it may be one the event never went to).' }) endpointId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, undefined, (tx) => webhookService.replay(tx, id, endpointId));
  }

  @FieldResolver(() => [WebhookDelivery], { description: 'Its delivery to each endpoint.' })
  @Reads()
  deliveries(@Root() event: WebhookEvent, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.deliveriesByEventId.load(event.id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => WebhookEndpoint, { nullable: true, description: 'Where it goes.' })
  endpoint(@Root() delivery: WebhookDelivery, @Ctx() ctx: Context) {
    return requireViewer(ctx).loaders.webhookEndpointById.load(delivery.endpoint.id);
  }
}
