import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, errorFor, Field, FormErrors } from '../../app/ui';

export interface EditableCustomer {
  id: string;
  version: number;
  displayName: string;
  region?: string | null;
  tags: readonly string[];
  notes?: string | null;
}

const Update = graphql(`
  mutation ConsoleCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {
    customerUpdate(id: $id, input: $input) { customer { id version displayName region tags notes } userErrors { code field message } }
  }
`);

const formOf = (customer: EditableCustomer) => ({ displayName: customer.displayName, region: customer.region ?? '', tags: customer.tags.join(', '), notes: customer.notes ?? '' });
const sameForm = (a: ReturnType<typeof formOf>, b: ReturnType<typeof formOf>) => a.displayName === b.displayName && a.region === b.region && a.tags === b.tags && a.notes === b.notes;

/**
 * The customer's details, saved with the version the form was filled from: a change by someone
 * else since is explained, with a reload that fills the form again. A newer version replaces an
 * untouched form (after this form's own save, for one) and leaves typing alone.
 */
export function EditCustomer({ customer, onReload }: { customer: EditableCustomer; onReload(): void }) {
  const { t } = useI18n();
  const [saved, save] = useMutation(Update);
  const [form, setForm] = useState(() => formOf(customer));
  const [filledFrom, setFilledFrom] = useState(customer.version);
  const [refill, setRefill] = useState(false);
  useEffect(() => {
    if (customer.version === filledFrom) return;
    const fresh = formOf(customer);
    if (refill || sameForm(form, fresh)) {
      setForm(fresh);
      setFilledFrom(customer.version);
      setRefill(false);
    }
    // Only a new version of the customer is a reason to look again.
  }, [customer.version]);
  const reload = () => {
    setRefill(true);
    onReload();
  };
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });
  const errors = saved.data?.customerUpdate.userErrors;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const tags = form.tags.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean);
    void save({ id: customer.id, input: { version: filledFrom, displayName: form.displayName.trim(), region: form.region.trim() || null, tags, notes: form.notes.trim() || null } });
  };
  const done = saved.data?.customerUpdate.customer && !saved.fetching;
  // The saved answer carries the new version: the form was filled from it.
  const savedVersion = saved.data?.customerUpdate.customer?.version;
  useEffect(() => {
    if (savedVersion !== undefined) setFilledFrom(savedVersion);
  }, [savedVersion]);
  return (
    <form className="box" onSubmit={submit} aria-label={t('customer.edit')}>
      <h3>{t('customer.edit')}</h3>
      <Field label={t('customer.displayName')} error={errorFor(errors, 'displayName')}>{(id, d) => <input id={id} value={form.displayName} aria-describedby={d} onChange={set('displayName')} />}</Field>
      <Field label={t('customer.region')} error={errorFor(errors, 'region')}>{(id, d) => <input id={id} value={form.region} aria-describedby={d} onChange={set('region')} />}</Field>
      <Field label={t('customer.tags')} error={errorFor(errors, 'tags')} hint={t('customer.tagsHint')}>{(id, d) => <input id={id} value={form.tags} aria-describedby={d} onChange={set('tags')} />}</Field>
      <Field label={t('field.note')} error={errorFor(errors, 'notes')}>{(id, d) => <input id={id} value={form.notes} aria-describedby={d} onChange={set('notes')} />}</Field>
      <button type="submit" className="primary" disabled={saved.fetching}>{t('settings.save')}</button>
      <ErrorBanner error={saved.error} />
      <FormErrors errors={errors} fields={['displayName', 'region', 'tags', 'notes']} onReload={reload} />
      {done && (errors ?? []).length === 0 && <p role="status" className="banner ok">{t('settings.saved')}</p>}
    </form>
  );
}
