import { registerEnumType } from 'type-graphql';

/** Where one event's delivery to one endpoint is. */
export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  DEAD = 'DEAD',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one event\'s delivery to one endpoint is.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its next attempt (`nextAttemptAt`).' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    DEAD: { description: 'Every attempt of the schedule failed, or the endpoint is disabled: dead-lettered; webhookEventReplay sends it again.' },
  },
});

/** The business events an endpoint may subscribe to (none named: all of them). */
export enum WebhookEventType {
  MESSAGE_SEND = 'MESSAGE_SEND',
  MESSAGE_STATUS = 'MESSAGE_STATUS',
  CUSTOMER_REGISTERED = 'CUSTOMER_REGISTERED',
  FOLLOW_UP_ASSIGNED = 'FOLLOW_UP_ASSIGNED',
  ORDER_IMPORTED = 'ORDER_IMPORTED',
  COUPON_ISSUED = 'COUPON_ISSUED',
  COUPON_REDEEMED = 'COUPON_REDEEMED',
}

/**
 * The `type` a receiver reads in an event's body (Standard Webhooks' dotted style). The database
 * and the API name types as identifiers: tools that read the schema (PostGraphile, codegen)
 * refuse enum values with dots.
 */
export const EVENT_NAME: Record<WebhookEventType, string> = {
  MESSAGE_SEND: 'message.send',
  MESSAGE_STATUS: 'message.status',
  CUSTOMER_REGISTERED: 'customer.registered',
  FOLLOW_UP_ASSIGNED: 'follow_up.assigned',
  ORDER_IMPORTED: 'order.imported',
  COUPON_ISSUED: 'coupon.issued',
  COUPON_REDEEMED: 'coupon.redeemed',
};
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'A kind of event the outbox delivers (its `type` in the payload is the value shown in each description).',
  valuesConfig: {
    MESSAGE_SEND: { description: 'message.send: a message to deliver, with its text and the customer\'s address (the sender acts on it).' },
    MESSAGE_STATUS: { description: 'message.status: a message was delivered, failed, or stopped by a rule.' },
    CUSTOMER_REGISTERED: { description: 'customer.registered: a customer was registered.' },
    FOLLOW_UP_ASSIGNED: { description: 'follow_up.assigned: a follow-up was assigned to a rep.' },
    ORDER_IMPORTED: { description: 'order.imported: orders were imported or updated.' },
    COUPON_ISSUED: { description: 'coupon.issued: a coupon was issued.' },
    COUPON_REDEEMED: { description: 'coupon.redeemed: a coupon was redeemed.' },
  },
});
