import { registerEnumType } from 'type-graphql';
import { KpiKey, KpiScope, KpiUnit } from './kpi.enums';
import type { NoiseModel } from './anomaly';
import { histogramQuantile } from '../conversations/first-response';

/**
 * Where a KPI's figures are kept; decides who may read it and at which scope. SALES: buyers and
 * paid orders, kept per shop, team and rep; CHECKOUT: orders placed and reminded, the shop's
 * checkout, kept per shop.
 */
export type KpiSource = 'SALES' | 'CHECKOUT' | 'FOLLOW_UP' | 'CUSTOMER_SERVICE';

/** The kept figures of one period (one scope), summed from the kept tables. */
export interface PeriodFigures {
  paidOrders: number;
  paidAmount: number;
  oldAmount: number;
  buyers: number;
  repeatBuyers: number;
  oldBuyers: number;
  returningBuyers: number;
  placedOrders: number;
  unpaidOrders: number;
  remindedOrders: number;
  remindedPaid: number;
  due: number;
  doneOnTime: number;
  done: number;
  ordered: number;
  firstContactDone: number;
  firstContactOrdered: number;
  retryDone: number;
  retryOrdered: number;
  revisitDone: number;
  revisitOrdered: number;
  inquiries: number;
  conversions: number;
  convertedAmount: number;
  responses: number;
  responseSeconds: number;
  countedRounds: number;
  fastRounds: number;
  /** First responses as [bucket, count] (conversations/first-response.ts). */
  firstResponses: [number, number][];
}

export const NO_FIGURES: PeriodFigures = {
  paidOrders: 0, paidAmount: 0, oldAmount: 0, buyers: 0, repeatBuyers: 0, oldBuyers: 0, returningBuyers: 0, placedOrders: 0, unpaidOrders: 0,
  remindedOrders: 0, remindedPaid: 0, due: 0, doneOnTime: 0, done: 0, ordered: 0, firstContactDone: 0, firstContactOrdered: 0, retryDone: 0,
  retryOrdered: 0, revisitDone: 0, revisitOrdered: 0, inquiries: 0, conversions: 0, convertedAmount: 0, responses: 0, responseSeconds: 0,
  countedRounds: 0, fastRounds: 0, firstResponses: [],
};

export interface KpiDefinition {
  key: KpiKey;
  name: string;
  /** The formula in words, as the client shows it beside the figure. */
  formula: string;
  unit: KpiUnit;
  higherIsBetter: boolean;
  source: KpiSource;
  /**
   * Daily values judged for anomalies: a figure with a steady daily level. Left out: the
   * repeat purchase rate (two orders in one day is rare: its daily value is mostly 0) and the
   * reminder recovery rate (a few reminders a day).
   */
  watched: boolean;
  /** A watched figure's sampling noise, and what it is counted over (anomaly.ts). */
  noise?: { model: NoiseModel; trials?: (f: PeriodFigures) => number };
  /** The value of a period; null when its denominator is 0. */
  value: (f: PeriodFigures) => number | null;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Every KPI, written once: the API lists these and computes each value with them. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  { key: KpiKey.NEW_CUSTOMERS, name: 'New customers', formula: 'Customers whose first paid order falls in the period (customer growth).', unit: KpiUnit.COUNT, higherIsBetter: true, source: 'SALES', watched: true, noise: { model: 'COUNT' }, value: (f) => f.buyers - f.oldBuyers },
  { key: KpiKey.ACTIVE_CUSTOMERS, name: 'Active customers', formula: 'Customers with at least one paid order in the period.', unit: KpiUnit.COUNT, higherIsBetter: true, source: 'SALES', watched: true, noise: { model: 'COUNT' }, value: (f) => f.buyers },
  { key: KpiKey.PAID_ORDERS, name: 'Paid orders', formula: 'Orders paid in the period (by paid time), refunded and cancelled ones left out.', unit: KpiUnit.COUNT, higherIsBetter: true, source: 'SALES', watched: true, noise: { model: 'COUNT' }, value: (f) => f.paidOrders },
  { key: KpiKey.PAID_AMOUNT, name: 'Paid amount', formula: 'Sum of the amounts of the orders paid in the period.', unit: KpiUnit.MONEY, higherIsBetter: true, source: 'SALES', watched: true, noise: { model: 'SUM', trials: (f) => f.paidOrders }, value: (f) => f.paidAmount },
  { key: KpiKey.AVERAGE_ORDER_VALUE, name: 'Average order value', formula: 'Paid amount ÷ paid orders.', unit: KpiUnit.MONEY, higherIsBetter: true, source: 'SALES', watched: true, noise: { model: 'MEAN', trials: (f) => f.paidOrders }, value: (f) => rate(f.paidAmount, f.paidOrders) },
  { key: KpiKey.REPEAT_PURCHASE_RATE, name: 'Repeat purchase rate', formula: 'Customers with 2 or more paid orders inside the period ÷ customers with at least 1 paid order inside it.', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'SALES', watched: false, value: (f) => rate(f.repeatBuyers, f.buyers) },
  { key: KpiKey.RETURNING_CUSTOMER_RATE, name: 'Returning customer rate', formula: 'Customers who paid an order in the period and have more than 1 paid order in their lifetime up to the period\'s end ÷ customers who paid an order in the period.', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'SALES', watched: true, noise: { model: 'RATIO', trials: (f) => f.buyers }, value: (f) => rate(f.returningBuyers, f.buyers) },
  { key: KpiKey.OLD_CUSTOMER_SALES_SHARE, name: 'Old-customer share of sales', formula: 'Paid amount from customers whose first paid order is before the period ÷ all paid amount in it.', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'SALES', watched: true, noise: { model: 'RATIO', trials: (f) => f.paidOrders }, value: (f) => rate(f.oldAmount, f.paidAmount) },
  { key: KpiKey.UNPAID_ORDER_RATE, name: 'Unpaid-order rate', formula: 'Orders placed in the period that are unpaid or were closed unpaid ÷ orders placed in it.', unit: KpiUnit.RATIO, higherIsBetter: false, source: 'CHECKOUT', watched: true, noise: { model: 'RATIO', trials: (f) => f.placedOrders }, value: (f) => rate(f.unpaidOrders, f.placedOrders) },
  { key: KpiKey.REMINDER_RECOVERY_RATE, name: 'Reminder recovery rate', formula: 'Orders whose payment reminder fell in the period and that are now paid ÷ orders reminded in the period.', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'CHECKOUT', watched: false, value: (f) => rate(f.remindedPaid, f.remindedOrders) },
  { key: KpiKey.FOLLOW_UP_ON_TIME_RATE, name: 'Follow-up on-time rate', formula: 'Follow-ups due in the period and done by their due time ÷ follow-ups due in it (cancelled ones left out).', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'FOLLOW_UP', watched: false, value: (f) => rate(f.doneOnTime, f.due) },
  { key: KpiKey.FOLLOW_UP_CONVERSION, name: 'Follow-up conversion', formula: 'Follow-ups due in the period and done with the outcome ORDERED ÷ follow-ups due in it and done.', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'FOLLOW_UP', watched: false, value: (f) => rate(f.ordered, f.done) },
  { key: KpiKey.FIRST_CONTACT_CONVERSION, name: 'First-contact conversion', formula: 'The follow-up conversion of FIRST_CONTACT follow-ups (first cycle).', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'FOLLOW_UP', watched: false, value: (f) => rate(f.firstContactOrdered, f.firstContactDone) },
  { key: KpiKey.RETRY_CONVERSION, name: 'Retry conversion', formula: 'The follow-up conversion of RETRY follow-ups (retry cycles).', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'FOLLOW_UP', watched: false, value: (f) => rate(f.retryOrdered, f.retryDone) },
  { key: KpiKey.REVISIT_CONVERSION, name: 'Revisit conversion', formula: 'The follow-up conversion of REVISIT follow-ups (after an order, towards the next one).', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'FOLLOW_UP', watched: false, value: (f) => rate(f.revisitOrdered, f.revisitDone) },
  { key: KpiKey.INQUIRIES, name: 'Inquiries', formula: 'Customer-service conversations started in the period.', unit: KpiUnit.COUNT, higherIsBetter: true, source: 'CUSTOMER_SERVICE', watched: false, value: (f) => f.inquiries },
  { key: KpiKey.INQUIRY_CONVERSIONS, name: 'Converted inquiries', formula: 'Inquiries of the period whose buyer paid an order within the shop\'s conversion window (conversionDays, 3 by default) after the inquiry started.', unit: KpiUnit.COUNT, higherIsBetter: true, source: 'CUSTOMER_SERVICE', watched: false, value: (f) => f.conversions },
  { key: KpiKey.INQUIRY_CONVERSION_RATE, name: 'Inquiry-to-order conversion', formula: 'Converted inquiries ÷ inquiries.', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'CUSTOMER_SERVICE', watched: false, value: (f) => rate(f.conversions, f.inquiries) },
  { key: KpiKey.CONVERTED_ORDER_VALUE, name: 'Average order value of converted inquiries', formula: 'Sum of the orders converted inquiries led to ÷ converted inquiries.', unit: KpiUnit.MONEY, higherIsBetter: true, source: 'CUSTOMER_SERVICE', watched: false, value: (f) => rate(f.convertedAmount, f.conversions) },
  { key: KpiKey.FIRST_RESPONSE_MEDIAN, name: 'First response time (median)', formula: 'Median of the seconds from the buyer\'s first message to the agent\'s first reply, as the upper bound of its histogram bucket (5 s steps up to a minute).', unit: KpiUnit.SECONDS, higherIsBetter: false, source: 'CUSTOMER_SERVICE', watched: false, value: (f) => histogramQuantile(f.firstResponses, 0.5) },
  { key: KpiKey.FIRST_RESPONSE_P90, name: 'First response time (p90)', formula: '90th percentile of the first response times, as the upper bound of its histogram bucket.', unit: KpiUnit.SECONDS, higherIsBetter: false, source: 'CUSTOMER_SERVICE', watched: false, value: (f) => histogramQuantile(f.firstResponses, 0.9) },
  { key: KpiKey.AVERAGE_RESPONSE_TIME, name: 'Average response time', formula: 'Seconds from each buyer round to its answer, summed over answered rounds ÷ answered rounds.', unit: KpiUnit.SECONDS, higherIsBetter: false, source: 'CUSTOMER_SERVICE', watched: false, value: (f) => rate(f.responseSeconds, f.responses) },
  { key: KpiKey.THREE_MINUTE_RESPONSE_RATE, name: '3-minute response rate', formula: 'Rounds the buyer started 08:00–24:00 shop time and the agent answered within 3 minutes ÷ rounds started 08:00–24:00.', unit: KpiUnit.RATIO, higherIsBetter: true, source: 'CUSTOMER_SERVICE', watched: false, value: (f) => rate(f.fastRounds, f.countedRounds) },
];

registerEnumType(KpiKey, {
  name: 'KpiKey',
  description: 'A KPI; `kpiDefinitions` gives its name, formula, unit and direction.',
  valuesConfig: Object.fromEntries(KPI_DEFINITIONS.map((d) => [d.key, { description: `${d.name}: ${d.formula}` }])),
});

export const definitionOf = (key: KpiKey): KpiDefinition => KPI_DEFINITIONS.find((d) => d.key === key)!;

/** The scopes each source's figures exist at (see the README). */
export const SCOPES_OF: Record<KpiSource, readonly KpiScope[]> = {
  SALES: [KpiScope.SHOP, KpiScope.TEAM, KpiScope.USER],
  CHECKOUT: [KpiScope.SHOP],
  FOLLOW_UP: [KpiScope.SHOP, KpiScope.TEAM, KpiScope.USER],
  CUSTOMER_SERVICE: [KpiScope.SHOP, KpiScope.TEAM, KpiScope.USER],
};
