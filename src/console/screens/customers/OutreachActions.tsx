import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MessagePurpose } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, FormErrors } from '../../app/ui';

const Templates = graphql(`
  query ConsoleOutreachTemplates {
    couponTemplates(first: 50) { edges { node { id name active discountType discountValue } } }
    messageTemplates(first: 50) { edges { node { id name channel preview } } }
  }
`);

const Issue = graphql(`
  mutation ConsoleCouponIssue($input: CouponIssueInput!) {
    couponIssue(input: $input) {
      coupon { id code status }
      userErrors { code field message }
    }
  }
`);

const Send = graphql(`
  mutation ConsoleMessageSend($input: MessageSendInput!) {
    messageSend(input: $input) {
      message { id status detail dueAt }
      userErrors { code field message }
    }
  }
`);

function useTemplates() {
  return useQuery({ query: Templates, requestPolicy: 'cache-first' })[0].data;
}

/** Issues a coupon of a template; the idempotency key makes a double click one coupon. */
export function IssueCoupon({ customerId, onDone }: { customerId: string; onDone(): void }) {
  const { t } = useI18n();
  const templates = useTemplates()?.couponTemplates.edges.map((e) => e.node).filter((tpl) => tpl.active) ?? [];
  const [templateId, setTemplateId] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  const [result, issue] = useMutation(Issue);
  const coupon = result.data?.couponIssue.coupon;
  return (
    <form className="box" aria-label={t('customer.issueCoupon')} onSubmit={async (e) => { e.preventDefault(); const a = await issue({ input: { customerId, templateId, idempotencyKey: key } }); if (a.data?.couponIssue.coupon) onDone(); }}>
      <h3>{t('customer.issueCoupon')}</h3>
      <ErrorBanner error={result.error} />
      <FormErrors errors={result.data?.couponIssue.userErrors} />
      <label>
        {t('field.template')}{' '}
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} required>
          <option value="">—</option>
          {templates.map((tpl) => <option key={tpl.id} value={tpl.id}>{tpl.name}</option>)}
        </select>
      </label>
      {coupon && <p role="status" className="banner ok">{t('customer.couponIssued', { code: coupon.code })}</p>}
      <button type="submit" disabled={result.fetching || !templateId || Boolean(coupon)}>{t('customer.issueCoupon')}</button>
    </form>
  );
}

/** A one-off message, decided at once under consent, caps and quiet hours; the decision is shown. */
export function SendMessage({ customerId }: { customerId: string }) {
  const { t, term } = useI18n();
  const templates = useTemplates()?.messageTemplates.edges.map((e) => e.node) ?? [];
  const [templateId, setTemplateId] = useState('');
  const [purpose, setPurpose] = useState<MessagePurpose>('TRANSACTIONAL');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [result, send] = useMutation(Send);
  const message = result.data?.messageSend.message;
  return (
    <form className="box" aria-label={t('customer.sendMessage')} onSubmit={async (e) => { e.preventDefault(); await send({ input: { customerId, templateId, purpose, idempotencyKey: key } }); setKey(crypto.randomUUID()); }}>
      <h3>{t('customer.sendMessage')}</h3>
      <ErrorBanner error={result.error} />
      <FormErrors errors={result.data?.messageSend.userErrors} />
      <label>
        {t('field.template')}{' '}
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} required>
          <option value="">—</option>
          {templates.map((tpl) => <option key={tpl.id} value={tpl.id}>{tpl.name} · {term('MESSAGE_CHANNEL', tpl.channel)}</option>)}
        </select>
      </label>
      <label>
        {t('field.purpose')}{' '}
        <select value={purpose} onChange={(e) => setPurpose(e.target.value as MessagePurpose)}>
          <option value="TRANSACTIONAL">{term('MESSAGE_PURPOSE', 'TRANSACTIONAL')}</option>
          <option value="MARKETING">{term('MESSAGE_PURPOSE', 'MARKETING')}</option>
        </select>
      </label>
      {message && <p role="status" className="banner ok">{term('MESSAGE_STATUS', message.status)}{message.detail ? ` · ${message.detail}` : ''}</p>}
      <button type="submit" disabled={result.fetching || !templateId}>{t('customer.send')}</button>
    </form>
  );
}
