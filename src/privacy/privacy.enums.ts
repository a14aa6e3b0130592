import { registerEnumType } from 'type-graphql';

/** A contact detail that comes masked and is unmasked for a purpose. */
export enum ContactField {
  PHONE = 'PHONE',
  WECHAT_ID = 'WECHAT_ID',
  REAL_NAME = 'REAL_NAME',
  SHIPPING_ADDRESS = 'SHIPPING_ADDRESS',
}
registerEnumType(ContactField, {
  name: 'ContactField',
  description: 'A contact detail of a customer (personal information): masked by default.',
  valuesConfig: {
    PHONE: { description: 'The phone number (masked 138****0000).' },
    WECHAT_ID: { description: 'The WeChat id (masked wx_***89).' },
    REAL_NAME: { description: 'The real name, as on the parcel (masked 张**).' },
    SHIPPING_ADDRESS: { description: 'The shipping address (masked: province and city only).' },
  },
});

/** Why a clear value is needed ("scene code"). */
export enum UnmaskPurpose {
  CONTACT = 'CONTACT',
  SHIPPING = 'SHIPPING',
  AFTER_SALES = 'AFTER_SALES',
  AUDIT = 'AUDIT',
  MESSAGE_DELIVERY = 'MESSAGE_DELIVERY',
  DATA_EXPORT = 'DATA_EXPORT',
}
registerEnumType(UnmaskPurpose, {
  name: 'UnmaskPurpose',
  description: 'Why a clear contact detail is needed; every use is logged with it.',
  valuesConfig: {
    CONTACT: { description: 'To call or message the customer (a follow-up, customer care).' },
    SHIPPING: { description: 'To ship, or to change the address.' },
    AFTER_SALES: { description: 'A return, refund or complaint.' },
    AUDIT: { description: 'To check a record (an admin\'s audit of a case).' },
    MESSAGE_DELIVERY: { description: 'The shop\'s sender needed it to deliver a message (logged by the system, not asked for).' },
    DATA_EXPORT: { description: 'An admin exported everything held about the customer (customerDataExport).' },
  },
});
