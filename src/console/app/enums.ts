// The enum values the console's pickers offer, in the order staff expect them.
export const PLATFORMS = ['TAOBAO', 'TMALL', 'JD', 'PINDUODUO', 'DOUYIN', 'WECHAT', 'ALIBABA_1688', 'OTHER'] as const;
export const PROSPECT_NOTES = ['PRICE_CONCERN', 'CUSTOM_ORDER', 'OTHER'] as const;
export const OUTCOMES = ['ORDERED', 'NO_ORDER', 'NO_RESPONSE', 'LOST'] as const;
export const CHANNELS = ['WANGWANG', 'WECHAT', 'PHONE', 'SMS', 'EMAIL', 'OTHER'] as const;
