import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, FormErrors } from '../../app/ui';
import type { ActionCustomer } from './CustomerActions';

const Erase = graphql(`
  mutation ConsoleCustomerErase($id: ID!, $reason: String!) {
    customerErase(id: $id, reason: $reason) {
      customer { id erasedAt platformHandle }
      userErrors { code field message }
    }
  }
`);

const Export = graphql(`
  mutation ConsoleCustomerDataExport($id: ID!) {
    customerDataExport(id: $id) {
      document
      userErrors { code field message }
    }
  }
`);

/** An admin's privacy actions: the customer's data as a JSON file, and erasure (asked twice). */
export function AdminCustomerActions({ customer, onDone }: { customer: ActionCustomer; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [erased, erase] = useMutation(Erase);
  const [exported, exportData] = useMutation(Export);
  const download = async () => {
    const answer = await exportData({ id: customer.id });
    const document = answer.data?.customerDataExport.document;
    if (!document) return;
    const link = window.document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
    link.download = `customer-${customer.id}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!window.confirm(t('customer.eraseConfirm', { handle: customer.platformHandle }))) return;
    const answer = await erase({ id: customer.id, reason });
    if (answer.data?.customerErase.customer) onDone();
  };
  return (
    <div className="box">
      <h3>{t('customer.privacy')}</h3>
      <ErrorBanner error={erased.error ?? exported.error} />
      <FormErrors errors={[...(exported.data?.customerDataExport.userErrors ?? []), ...(erased.data?.customerErase.userErrors ?? [])]} />
      <button type="button" onClick={download} disabled={exported.fetching}>{t('customer.export')}</button>
      <form onSubmit={submit} aria-label={t('customer.erase')}>
        <label>
          {t('field.reason')} <input value={reason} onChange={(e) => setReason(e.target.value)} required />
        </label>
        <button type="submit" className="danger" disabled={erased.fetching || !reason.trim()}>{t('customer.erase')}</button>
      </form>
    </div>
  );
}
