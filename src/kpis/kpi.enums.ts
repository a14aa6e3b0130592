import { registerEnumType } from 'type-graphql';

/** The job that stores anomaly incidents (graphile-worker task name); payload `{ shopId? }`. */
export const DETECT_INCIDENTS_TASK = 'detect_kpi_incidents';

/** Every KPI the shop can read; `kpiDefinitions` says what each one is. */
export enum KpiKey {
  NEW_CUSTOMERS = 'NEW_CUSTOMERS',
  ACTIVE_CUSTOMERS = 'ACTIVE_CUSTOMERS',
  PAID_ORDERS = 'PAID_ORDERS',
  PAID_AMOUNT = 'PAID_AMOUNT',
  AVERAGE_ORDER_VALUE = 'AVERAGE_ORDER_VALUE',
  REPEAT_PURCHASE_RATE = 'REPEAT_PURCHASE_RATE',
  RETURNING_CUSTOMER_RATE = 'RETURNING_CUSTOMER_RATE',
  OLD_CUSTOMER_SALES_SHARE = 'OLD_CUSTOMER_SALES_SHARE',
  UNPAID_ORDER_RATE = 'UNPAID_ORDER_RATE',
  REMINDER_RECOVERY_RATE = 'REMINDER_RECOVERY_RATE',
  FOLLOW_UP_ON_TIME_RATE = 'FOLLOW_UP_ON_TIME_RATE',
  FOLLOW_UP_CONVERSION = 'FOLLOW_UP_CONVERSION',
  FIRST_CONTACT_CONVERSION = 'FIRST_CONTACT_CONVERSION',
  RETRY_CONVERSION = 'RETRY_CONVERSION',
  REVISIT_CONVERSION = 'REVISIT_CONVERSION',
  INQUIRIES = 'INQUIRIES',
  INQUIRY_CONVERSIONS = 'INQUIRY_CONVERSIONS',
  INQUIRY_CONVERSION_RATE = 'INQUIRY_CONVERSION_RATE',
  CONVERTED_ORDER_VALUE = 'CONVERTED_ORDER_VALUE',
  FIRST_RESPONSE_MEDIAN = 'FIRST_RESPONSE_MEDIAN',
  FIRST_RESPONSE_P90 = 'FIRST_RESPONSE_P90',
  AVERAGE_RESPONSE_TIME = 'AVERAGE_RESPONSE_TIME',
  THREE_MINUTE_RESPONSE_RATE = 'THREE_MINUTE_RESPONSE_RATE',
}

export enum KpiUnit {
  COUNT = 'COUNT',
  MONEY = 'MONEY',
  RATIO = 'RATIO',
  SECONDS = 'SECONDS',
}
registerEnumType(KpiUnit, {
  name: 'KpiUnit',
  description: 'How a KPI\'s value reads.',
  valuesConfig: {
    COUNT: { description: 'A count.' },
    MONEY: { description: 'Minor units of the shop\'s currency (fen for CNY).' },
    RATIO: { description: 'A share from 0 to 1.' },
    SECONDS: { description: 'A duration in seconds.' },
  },
});

/** Whose figures a KPI report is about. */
export enum KpiScope {
  SHOP = 'SHOP',
  TEAM = 'TEAM',
  USER = 'USER',
}
registerEnumType(KpiScope, {
  name: 'KpiScope',
  description: 'Whose figures: the shop\'s, a sales team\'s or one staff member\'s.',
  valuesConfig: {
    SHOP: { description: 'The whole shop (admins and reviewers).' },
    TEAM: { description: 'A sales team: its members\' follow-ups and conversations, and the sales of the orders counted for the team (admins, reviewers, the team\'s lead).' },
    USER: { description: 'One staff member: their follow-ups and conversations, and the sales of the orders counted for them, their buyers\' owner when each order was written (admins, reviewers, their lead, themselves).' },
  },
});

export enum KpiGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(KpiGranularity, {
  name: 'KpiGranularity',
  description: 'The length of a KPI period, in the shop\'s time zone.',
  valuesConfig: {
    DAY: { description: 'Local days.' },
    WEEK: { description: 'ISO weeks, Monday to Sunday.' },
    MONTH: { description: 'Calendar months.' },
  },
});

export enum KpiComparison {
  PREVIOUS_PERIOD = 'PREVIOUS_PERIOD',
  PREVIOUS_YEAR = 'PREVIOUS_YEAR',
}
registerEnumType(KpiComparison, {
  name: 'KpiComparison',
  description: 'What each point is compared with.',
  valuesConfig: {
    PREVIOUS_PERIOD: { description: 'The same number of periods just before the range (point by point).' },
    PREVIOUS_YEAR: { description: 'A year earlier: 364 days for days (same weekday), 52 weeks for weeks, 12 months for months.' },
  },
});

export enum KpiFlagStatus {
  NORMAL = 'NORMAL',
  ANOMALY = 'ANOMALY',
  INSUFFICIENT_HISTORY = 'INSUFFICIENT_HISTORY',
}
registerEnumType(KpiFlagStatus, {
  name: 'KpiFlagStatus',
  description: 'How a day of a daily series was judged.',
  valuesConfig: {
    NORMAL: { description: 'Inside its expected band.' },
    ANOMALY: { description: 'Outside its expected band.' },
    INSUFFICIENT_HISTORY: { description: 'Fewer than 28 days of history, or too few comparable days, to judge.' },
  },
});
