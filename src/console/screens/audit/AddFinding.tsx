import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { FindingCode, FindingSeverity } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { daysIn } from '../../app/period';
import { useSession } from '../../app/session';
import { ErrorBanner, errorFor, Field, FormErrors } from '../../app/ui';

const CODES: FindingCode[] = ['LATE_FOLLOW_UP', 'MISSING_FOLLOW_UP', 'DROPPED_CUSTOMER', 'LATE_SHEET', 'WRONG_STAGE', 'CHAT_REVIEW', 'OK', 'OTHER'];
const SEVERITIES: FindingSeverity[] = ['VIOLATION', 'WARNING', 'INFO'];

const Reps = graphql(`
  query ConsoleFindingStaff($teamId: ID) {
    users(first: 100, filter: { active: true, teamId: $teamId }) { edges { node { id name role } } }
  }
`);

const OwnedCustomers = graphql(`
  query ConsoleFindingCustomers($ownerId: ID!) {
    customers(first: 50, filter: { ownerId: $ownerId }) { edges { node { id platformHandle displayName } } }
  }
`);

const Add = graphql(`
  mutation ConsoleAuditFindingAdd($checkId: ID!, $input: AuditFindingAddInput!) {
    auditFindingAdd(checkId: $checkId, input: $input) { auditFinding { id } userErrors { code field message } }
  }
`);

/** A finding on an open check; with a due date, the person concerned gets a corrective follow-up. */
export function AddFinding({ checkId, teamId, onAdded }: { checkId: string; teamId: string | null; onAdded(): void }) {
  const { t, term } = useI18n();
  const dayInput = daysIn(useSession().viewer.shop.timezone);
  const [{ data: staff }] = useQuery({ query: Reps, variables: { teamId } });
  const [added, add] = useMutation(Add);
  const [form, setForm] = useState({ code: 'LATE_FOLLOW_UP' as FindingCode, severity: 'WARNING' as FindingSeverity, comment: '', subjectUserId: '', customerId: '', correctiveDue: '' });
  const [{ data: owned }] = useQuery({ query: OwnedCustomers, variables: { ownerId: form.subjectUserId }, pause: !form.subjectUserId });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [key]: e.target.value });
  const errors = added.data?.auditFindingAdd.userErrors;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const corrective = form.correctiveDue && form.subjectUserId ? { assigneeId: form.subjectUserId, dueAt: dayInput.endOf(form.correctiveDue), note: form.comment.trim() || null } : null;
    const answer = await add({
      checkId,
      input: { code: form.code, severity: form.severity, comment: form.comment.trim() || null, subjectUserId: form.subjectUserId || null, customerId: form.customerId || null, correctiveFollowUp: corrective },
    });
    if (answer.data?.auditFindingAdd.auditFinding) {
      setForm({ ...form, comment: '', customerId: '', correctiveDue: '' });
      onAdded();
    }
  };
  return (
    <form className="entry-form" onSubmit={submit} aria-label={t('audits.addFinding')}>
      <Field label={t('audits.code')} error={errorFor(errors, 'code')}>
        {(id, d) => <select id={id} value={form.code} aria-describedby={d} onChange={set('code')}>{CODES.map((c) => <option key={c} value={c}>{term('FINDING', c)}</option>)}</select>}
      </Field>
      <Field label={t('audits.severity')} error={errorFor(errors, 'severity')}>
        {(id, d) => <select id={id} value={form.severity} aria-describedby={d} onChange={set('severity')}>{SEVERITIES.map((s) => <option key={s} value={s}>{term('SEVERITY', s)}</option>)}</select>}
      </Field>
      <Field label={t('audits.about')} error={errorFor(errors, 'subjectUserId')}>
        {(id, d) => (
          <select id={id} value={form.subjectUserId} aria-describedby={d} onChange={(e) => setForm({ ...form, subjectUserId: e.target.value, customerId: '' })}>
            <option value="">—</option>
            {staff?.users.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.name} · {term('ROLE', node.role)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('field.customer')} error={errorFor(errors, 'customerId')} hint={t('audits.customerHint')}>
        {(id, d) => (
          <select id={id} value={form.customerId} aria-describedby={d} onChange={set('customerId')} disabled={!form.subjectUserId}>
            <option value="">—</option>
            {owned?.customers.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.platformHandle}{node.displayName ? ` · ${node.displayName}` : ''}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('field.note')} error={errorFor(errors, 'comment')}>{(id, d) => <input id={id} value={form.comment} aria-describedby={d} onChange={set('comment')} />}</Field>
      <Field label={t('audits.correctiveDue')} error={errorFor(errors, 'dueAt')} hint={t('audits.correctiveHint')}>
        {(id, d) => <input id={id} type="date" value={form.correctiveDue} aria-describedby={d} onChange={set('correctiveDue')} />}
      </Field>
      <button type="submit" disabled={added.fetching}>{t('audits.addFinding')}</button>
      <ErrorBanner error={added.error} />
      <FormErrors errors={errors} fields={['code', 'severity', 'subjectUserId', 'customerId', 'comment', 'dueAt', 'assigneeId']} />
    </form>
  );
}
