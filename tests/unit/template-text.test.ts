import { MessageChannel } from '../../src/messages/message.enums';
import { checkBody, render, smsSegments } from '../../src/messages/template-text';

describe('message template text', () => {
  it('finds the variables a body uses, and the unknown ones and stray braces', () => {
    expect(checkBody('亲爱的{{customer.displayName}}，您的券 {{ coupon.code }} 于{{coupon.expiresAt}}到期。{{customer.displayName}}')).toEqual({
      variables: ['customer.displayName', 'coupon.code', 'coupon.expiresAt'],
      unknown: [],
      unbalanced: false,
    });
    expect(checkBody('{{customer.phone}} {{customer.displayName}} {{ customer.phone }}')).toMatchObject({ unknown: ['customer.phone'] });
    expect(checkBody('{{customer.displayName} 你好').unbalanced).toBe(true);
    expect(checkBody('你好 }}').unbalanced).toBe(true);
  });

  it('fills the variables and signs an SMS in front', () => {
    expect(render('{{customer.displayName}}，您好', MessageChannel.SMS, true, '茶语小铺', { 'customer.displayName': '李娜' })).toBe('【茶语小铺】李娜，您好');
    expect(render('{{customer.displayName}}，您好', MessageChannel.WECHAT, true, '茶语小铺')).toBe('王芳，您好');
  });

  it('counts SMS segments: 70 Chinese characters in one, 67 in each of several; 160 and 153 for plain text', () => {
    expect(smsSegments('好'.repeat(70))).toBe(1);
    expect(smsSegments('好'.repeat(71))).toBe(2);
    expect(smsSegments('好'.repeat(134))).toBe(2);
    expect(smsSegments('好'.repeat(135))).toBe(3);
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('𠀀'.repeat(70))).toBe(1); // a character outside the BMP counts once
  });
});
