import { decideSend, DEFAULT_SEND_POLICY, inHoldout, isOptOutReply, quietHoursEnd, SendCase } from '../../src/messages/send-rules';

const SH = 'Asia/Shanghai';
const at = (local: string) => new Date(`${local}+08:00`);
const base: SendCase = { now: at('2026-11-05T10:00:00'), timezone: SH, purpose: 'MARKETING', consent: 'GRANTED', sentToday: 0, sentThisWeek: 0 };

describe('the rules on every outbound message', () => {
  it('defers a message due in quiet hours (22:00–08:00 shop time) to their end, never drops it', () => {
    expect(decideSend({ ...base, now: at('2026-11-05T23:30:00') })).toEqual({ outcome: 'DEFER', rule: 'QUIET_HOURS', at: at('2026-11-06T08:00:00') });
    expect(decideSend({ ...base, now: at('2026-11-06T07:59:00') })).toEqual({ outcome: 'DEFER', rule: 'QUIET_HOURS', at: at('2026-11-06T08:00:00') });
    expect(decideSend({ ...base, now: at('2026-11-06T08:00:00') })).toEqual({ outcome: 'SEND', at: at('2026-11-06T08:00:00') });
    expect(decideSend({ ...base, now: at('2026-11-05T21:59:00') }).outcome).toBe('SEND');
    expect(decideSend({ ...base, now: at('2026-11-05T22:00:00'), purpose: 'TRANSACTIONAL' }).outcome).toBe('DEFER'); // notices sleep too
    expect(quietHoursEnd(at('2026-11-05T13:00:00'), SH, 12 * 60, 14 * 60)).toEqual(at('2026-11-05T14:00:00')); // a window that does not wrap
  });

  it('opens the quiet hours on a promotion day only when the shop says so, and only for marketing', () => {
    const night = { ...base, now: at('2026-11-10T23:30:00'), promotionDay: true };
    expect(decideSend(night).outcome).toBe('DEFER');
    expect(decideSend(night, { ...DEFAULT_SEND_POLICY, openOnPromotionDays: true }).outcome).toBe('SEND');
    expect(decideSend({ ...night, purpose: 'TRANSACTIONAL' }, { ...DEFAULT_SEND_POLICY, openOnPromotionDays: true }).outcome).toBe('DEFER');
  });

  it('sends marketing only with consent; an opt-out stops marketing, not notices', () => {
    expect(decideSend({ ...base, consent: 'NONE' })).toMatchObject({ outcome: 'SKIP', rule: 'NO_CONSENT' });
    expect(decideSend({ ...base, consent: 'WITHDRAWN' })).toMatchObject({ outcome: 'SKIP', rule: 'OPTED_OUT' });
    expect(decideSend({ ...base, consent: 'WITHDRAWN', purpose: 'TRANSACTIONAL' }).outcome).toBe('SEND');
  });

  it('caps per day and per week, marketing and notices apart', () => {
    expect(decideSend({ ...base, sentToday: 1 })).toMatchObject({ outcome: 'SKIP', rule: 'CAPPED_DAY' });
    expect(decideSend({ ...base, sentThisWeek: 3 })).toMatchObject({ outcome: 'SKIP', rule: 'CAPPED_WEEK' });
    expect(decideSend({ ...base, purpose: 'TRANSACTIONAL', sentToday: 2 }).outcome).toBe('SEND');
    expect(decideSend({ ...base, purpose: 'TRANSACTIONAL', sentToday: 3 })).toMatchObject({ rule: 'CAPPED_DAY' });
  });

  it('never sends to the holdout or an excluded tag, and says so before anything else', () => {
    expect(decideSend({ ...base, holdout: true, consent: 'NONE' })).toMatchObject({ outcome: 'SKIP', rule: 'HOLDOUT' });
    expect(decideSend({ ...base, excludedTag: 'reseller' })).toMatchObject({ outcome: 'SKIP', rule: 'EXCLUDED_TAG', detail: 'Tagged "reseller", which the audience excludes.' });
  });

  it('puts about the holdout share in the holdout, the same customers every time', () => {
    const held = Array.from({ length: 20_000 }, (_, i) => inHoldout(7, i + 1, 0.05)).filter(Boolean).length;
    expect(held / 20_000).toBeGreaterThan(0.045);
    expect(held / 20_000).toBeLessThan(0.055);
    expect(inHoldout(7, 123, 0.05)).toBe(inHoldout(7, 123, 0.05));
    expect(Array.from({ length: 1000 }, (_, i) => inHoldout(8, i, 0.05) === inHoldout(7, i, 0.05)).every(Boolean)).toBe(false); // another campaign, another draw
  });
});

describe('opt-out replies', () => {
  it('reads 退订 anywhere and the short keywords as the whole reply, in any width or case', () => {
    for (const reply of ['退订', '请退订，谢谢', 'TD', 'td', 'Ｔ', ' stop ', 'Unsubscribe!', '取消订阅。']) expect([reply, isOptOutReply(reply)]).toEqual([reply, true]);
    for (const reply of ['好的', 'T恤还有吗', 'stop sending me the wrong size? no, keep them', 'N95 口罩']) expect([reply, isOptOutReply(reply)]).toEqual([reply, false]);
  });
});
