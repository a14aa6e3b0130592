// The enum values the console's pickers offer, in the order staff expect them.
export const PLATFORMS = ['TAOBAO', 'TMALL', 'JD', 'PINDUODUO', 'DOUYIN', 'WECHAT', 'ALIBABA_1688', 'OTHER'] as const;
export const PROSPECT_NOTES = ['PRICE_CONCERN', 'CUSTOM_ORDER', 'OTHER'] as const;
export const OUTCOMES = ['ORDERED', 'NO_ORDER', 'NO_RESPONSE', 'LOST'] as const;
export const CHANNELS = ['WANGWANG', 'WECHAT', 'PHONE', 'SMS', 'EMAIL', 'OTHER'] as const;
export const ROLES = ['CUSTOMER_SERVICE', 'SALES', 'REVIEWER', 'ADMIN'] as const;
export const COUPON_PURPOSES = ['PROMOTION', 'WIN_BACK', 'PAYMENT_REMINDER', 'GOOD_REVIEW_REWARD', 'BAD_REVIEW_APOLOGY', 'OUT_OF_STOCK_COMPENSATION'] as const;
export const MESSAGE_CHANNELS = ['PLATFORM_CHAT', 'SMS', 'WECHAT'] as const;
export const CARE_KINDS = ['PAYMENT_REMINDER', 'LOGISTICS_DELAY', 'SIGNED_FOR', 'BAD_REVIEW', 'OUT_OF_STOCK'] as const;
