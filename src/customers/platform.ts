import { registerEnumType } from 'type-graphql';

/** The marketplace or messenger where a customer is known by a handle. */
export enum Platform {
  TAOBAO = 'TAOBAO',
  TMALL = 'TMALL',
  ALIBABA_1688 = 'ALIBABA_1688',
  JD = 'JD',
  PINDUODUO = 'PINDUODUO',
  DOUYIN = 'DOUYIN',
  WECHAT = 'WECHAT',
  OTHER = 'OTHER',
}

registerEnumType(Platform, {
  name: 'Platform',
  description: 'Where the customer talks to the shop; the handle is unique per shop and platform.',
  valuesConfig: {
    TAOBAO: { description: 'Taobao (handle: Wangwang name).' },
    TMALL: { description: 'Tmall (handle: Wangwang name).' },
    ALIBABA_1688: { description: '1688.com wholesale (handle: Wangwang name).' },
    JD: { description: 'JD.com.' },
    PINDUODUO: { description: 'Pinduoduo.' },
    DOUYIN: { description: 'Douyin shop.' },
    WECHAT: { description: 'WeChat (handle: WeChat name).' },
    OTHER: { description: 'Any other channel.' },
  },
});
