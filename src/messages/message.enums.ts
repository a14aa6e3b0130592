import { registerEnumType } from 'type-graphql';

/** How a message reaches the buyer; the shop's own sender delivers it. */
export enum MessageChannel {
  SMS = 'SMS',
  WECHAT = 'WECHAT',
  PLATFORM_CHAT = 'PLATFORM_CHAT',
}
registerEnumType(MessageChannel, {
  name: 'MessageChannel',
  description: 'How a message reaches the buyer.',
  valuesConfig: {
    SMS: { description: 'A text message, signed 【店铺名】; 70 characters per segment in Chinese (67 once split).' },
    WECHAT: { description: 'A WeChat service-account message.' },
    PLATFORM_CHAT: { description: 'The platform\'s chat (Qianniu / 千牛).' },
  },
});
