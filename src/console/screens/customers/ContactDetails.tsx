import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ContactField, UnmaskPurpose } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, FormErrors } from '../../app/ui';

const Unmask = graphql(`
  mutation ConsoleCustomerContactUnmask($customerId: ID!, $field: ContactField!, $purpose: UnmaskPurpose!) {
    customerContactUnmask(customerId: $customerId, field: $field, purpose: $purpose) {
      field value
      userErrors { code field message }
    }
  }
`);

const PURPOSES: UnmaskPurpose[] = ['CONTACT', 'AFTER_SALES', 'SHIPPING', 'AUDIT'];
const FIELDS: { field: ContactField; key: 'phone' | 'wechatId' | 'realName' | 'shippingAddress' }[] = [
  { field: 'PHONE', key: 'phone' },
  { field: 'WECHAT_ID', key: 'wechatId' },
  { field: 'REAL_NAME', key: 'realName' },
  { field: 'SHIPPING_ADDRESS', key: 'shippingAddress' },
];

/** Masked contact details; each opens for a stated purpose, which the privacy access log records. */
export function ContactDetails({ customer }: { customer: { id: string; phone?: string | null; wechatId?: string | null; realName?: string | null; shippingAddress?: string | null } }) {
  const { t, term } = useI18n();
  const [purpose, setPurpose] = useState<UnmaskPurpose>('CONTACT');
  const [opened, setOpened] = useState<Partial<Record<ContactField, string>>>({});
  const [result, unmask] = useMutation(Unmask);
  const open = async (field: ContactField) => {
    const answer = await unmask({ customerId: customer.id, field, purpose });
    const value = answer.data?.customerContactUnmask.value;
    if (value) setOpened({ ...opened, [field]: value });
  };
  return (
    <section aria-labelledby="contact-title" className="contact">
      <h2 id="contact-title">{t('customer.contact')}</h2>
      <ErrorBanner error={result.error} />
      <FormErrors errors={result.data?.customerContactUnmask.userErrors} />
      <label>
        {t('customer.purpose')}{' '}
        <select value={purpose} onChange={(e) => setPurpose(e.target.value as UnmaskPurpose)}>
          {PURPOSES.map((p) => <option key={p} value={p}>{term('PURPOSE', p)}</option>)}
        </select>
      </label>
      <dl className="facts">
        {FIELDS.map(({ field, key }) => (
          <div key={field} className="fact">
            <dt>{term('CONTACT_FIELD', field)}</dt>
            <dd data-testid={`contact-${field}`}>
              {opened[field] ?? customer[key] ?? '—'}{' '}
              {customer[key] && !opened[field] && (
                <button type="button" onClick={() => open(field)} aria-label={`${t('customer.unmask')} ${term('CONTACT_FIELD', field)}`}>
                  {t('customer.unmask')}
                </button>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
