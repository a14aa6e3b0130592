import { Migration } from '@mikro-orm/migrations';

/**
 * Webhook event types as identifiers in the database (MESSAGE_SEND, not message.send): schema
 * readers such as PostGraphile refuse enum values with dots. Receivers still read the dotted
 * name in the event's body.
 */
export class Migration20261202220000 extends Migration {

  override async up(): Promise<void> {
    for (const [from, to] of NAMES) this.addSql(`alter type "webhook_event_type" rename value '${from}' to '${to}';`);
    for (const [from, to] of NAMES) this.addSql(`update "webhook_endpoints" set "event_types" = array_replace("event_types", '${from}', '${to}');`);
  }

  override async down(): Promise<void> {
    for (const [from, to] of NAMES) this.addSql(`alter type "webhook_event_type" rename value '${to}' to '${from}';`);
    for (const [from, to] of NAMES) this.addSql(`update "webhook_endpoints" set "event_types" = array_replace("event_types", '${to}', '${from}');`);
  }

}

const NAMES = [
  ['message.send', 'MESSAGE_SEND'],
  ['message.status', 'MESSAGE_STATUS'],
  ['customer.registered', 'CUSTOMER_REGISTERED'],
  ['follow_up.assigned', 'FOLLOW_UP_ASSIGNED'],
  ['order.imported', 'ORDER_IMPORTED'],
  ['coupon.issued', 'COUPON_ISSUED'],
  ['coupon.redeemed', 'COUPON_REDEEMED'],
];
