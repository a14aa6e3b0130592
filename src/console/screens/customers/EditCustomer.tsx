import { useState } from 'react';
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

/** The customer's details, saved with the version read: a change by someone else since is explained, with a reload. */
export function EditCustomer({ customer, onReload }: { customer: EditableCustomer; onReload(): void }) {
  const { t } = useI18n();
  const [saved, save] = useMutation(Update);
  const [form, setForm] = useState({ displayName: customer.displayName, region: customer.region ?? '', tags: customer.tags.join(', '), notes: customer.notes ?? '' });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });
  const errors = saved.data?.customerUpdate.userErrors;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const tags = form.tags.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean);
    void save({ id: customer.id, input: { version: customer.version, displayName: form.displayName.trim(), region: form.region.trim() || null, tags, notes: form.notes.trim() || null } });
  };
  const done = saved.data?.customerUpdate.customer && !saved.fetching;
  return (
    <form className="box" onSubmit={submit} aria-label={t('customer.edit')}>
      <h3>{t('customer.edit')}</h3>
      <Field label={t('customer.displayName')} error={errorFor(errors, 'displayName')}>{(id, d) => <input id={id} value={form.displayName} aria-describedby={d} onChange={set('displayName')} />}</Field>
      <Field label={t('customer.region')} error={errorFor(errors, 'region')}>{(id, d) => <input id={id} value={form.region} aria-describedby={d} onChange={set('region')} />}</Field>
      <Field label={t('customer.tags')} error={errorFor(errors, 'tags')} hint={t('customer.tagsHint')}>{(id, d) => <input id={id} value={form.tags} aria-describedby={d} onChange={set('tags')} />}</Field>
      <Field label={t('field.note')} error={errorFor(errors, 'notes')}>{(id, d) => <input id={id} value={form.notes} aria-describedby={d} onChange={set('notes')} />}</Field>
      <button type="submit" className="primary" disabled={saved.fetching}>{t('settings.save')}</button>
      <ErrorBanner error={saved.error} />
      <FormErrors errors={errors} fields={['displayName', 'region', 'tags', 'notes']} onReload={onReload} />
      {done && (errors ?? []).length === 0 && <p role="status" className="banner ok">{t('settings.saved')}</p>}
    </form>
  );
}
