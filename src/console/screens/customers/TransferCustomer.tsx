import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorBanner, errorFor, Field, FormErrors } from '../../app/ui';
import type { ActionCustomer } from './CustomerActions';

const Teams = graphql(`
  query ConsoleTransferTeams {
    salesTeams(first: 100) { edges { node { id name members { id name role active } } } }
  }
`);

const Transfer = graphql(`
  mutation ConsoleCustomerTransfer($id: ID!, $input: CustomerTransferInput!) {
    customerTransfer(id: $id, input: $input) {
      customer { id owner { id name } }
      userErrors { code field message }
    }
  }
`);

/** A lead moves a customer within the team; an admin to any rep. */
export function TransferCustomer({ customer, onDone }: { customer: ActionCustomer; onDone(): void }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const [{ data, error }] = useQuery({ query: Teams, requestPolicy: 'cache-first' });
  // An admin moves customers to any rep; a lead within the team (the API holds to the same rule).
  const reps = (data?.salesTeams.edges ?? [])
    .filter(({ node }) => viewer.role === 'ADMIN' || node.id === viewer.team?.id)
    .flatMap(({ node }) => node.members.filter((m) => m.role === 'SALES' && m.active && m.id !== customer.owner?.id).map((m) => ({ ...m, team: node.name })));
  const [toUserId, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [result, transfer] = useMutation(Transfer);
  const errors = result.data?.customerTransfer.userErrors;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answer = await transfer({ id: customer.id, input: { toUserId, reason: reason.trim() || null } });
    if (answer.data?.customerTransfer.customer) onDone();
  };
  return (
    <form onSubmit={submit} className="box" aria-label={t('customer.transfer')}>
      <h3>{t('customer.transfer')}</h3>
      <ErrorBanner error={error ?? result.error} />
      <Field label={t('customer.transferTo')} error={errorFor(errors, 'toUserId')}>
        {(id, described) => (
          <select id={id} value={toUserId} aria-describedby={described} onChange={(e) => setTo(e.target.value)} required>
            <option value="">—</option>
            {reps.map((rep) => (
              <option key={rep.id} value={rep.id}>{rep.name} ({rep.team})</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('field.reason')} error={errorFor(errors, 'reason')}>
        {(id, described) => <input id={id} value={reason} aria-describedby={described} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <FormErrors errors={errors} fields={['toUserId', 'reason']} onReload={onDone} />
      <button type="submit" disabled={result.fetching || !toUserId}>{t('customer.transfer')}</button>
    </form>
  );
}
