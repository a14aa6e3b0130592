import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MessageChannel } from '../../gql/graphql';
import { MESSAGE_CHANNELS } from '../../app/enums';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, errorFor, Field, FormErrors, Page, Pager, usePaging } from '../../app/ui';
import { CareRulesBox } from './CareRulesBox';

const Templates = graphql(`
  query ConsoleMessageTemplates($after: String, $includeArchived: Boolean) {
    messageTemplates(first: 20, after: $after, includeArchived: $includeArchived) {
      pageInfo { hasNextPage endCursor }
      edges { node { id name channel body preview smsSegments variables signed archivedAt } }
    }
  }
`);

const Create = graphql(`
  mutation ConsoleMessageTemplateCreate($input: MessageTemplateInput!) {
    messageTemplateCreate(input: $input) { messageTemplate { id preview smsSegments } userErrors { code field message } }
  }
`);

const Archive = graphql(`
  mutation ConsoleMessageTemplateArchive($id: ID!) {
    messageTemplateArchive(id: $id) { messageTemplate { id archivedAt } userErrors { code field message } }
  }
`);

/** Message templates (checked when saved, previewed with sample values) and the care rules that use them. */
export function MessagingScreen() {
  const { t, term } = useI18n();
  const paging = usePaging();
  const [archived, setArchived] = useState(false);
  const [{ data, error }, reload] = useQuery({ query: Templates, variables: { after: paging.after, includeArchived: archived } });
  const [created, create] = useMutation(Create);
  const [archiving, archive] = useMutation(Archive);
  const [form, setForm] = useState({ name: '', channel: 'PLATFORM_CHAT' as MessageChannel, body: '' });
  const errors = created.data?.messageTemplateCreate.userErrors;
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { name: form.name.trim(), channel: form.channel, body: form.body } });
    if (answer.data?.messageTemplateCreate.messageTemplate) {
      setForm({ ...form, name: '', body: '' });
      refresh();
    }
  };
  return (
    <Page title={t('messaging.title')}>
      <section className="box wide" aria-labelledby="templates-title">
        <h2 id="templates-title">{t('messaging.templates')}</h2>
        <label className="check"><input type="checkbox" checked={archived} onChange={(e) => { setArchived(e.target.checked); paging.reset(); }} /> {t('messaging.includeArchived')}</label>
        <table data-testid="message-templates">
          <thead><tr><th>{t('messaging.name')}</th><th>{t('field.channel')}</th><th>{t('messaging.preview')}</th><th>{t('messaging.variables')}</th><th /></tr></thead>
          <tbody>
            {data?.messageTemplates.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.name}{node.archivedAt && <div className="muted">{t('messaging.archived')}</div>}</td>
                <td>{term('MESSAGE_CHANNEL', node.channel)}{node.smsSegments ? ` · ${t('messaging.segments', { count: node.smsSegments })}` : ''}</td>
                <td>{node.preview}</td>
                <td>{node.variables.join(', ') || '—'}</td>
                <td>{!node.archivedAt && <button type="button" onClick={async () => { await archive({ id: node.id }); refresh(); }}>{t('messaging.archive')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager paging={paging} pageInfo={data?.messageTemplates.pageInfo} />
        <form className="entry-form" onSubmit={submit} aria-label={t('messaging.add')}>
          <Field label={t('messaging.name')} error={errorFor(errors, 'name')}>{(id, d) => <input id={id} value={form.name} aria-describedby={d} onChange={(e) => setForm({ ...form, name: e.target.value })} required />}</Field>
          <Field label={t('field.channel')} error={errorFor(errors, 'channel')}>
            {(id, d) => <select id={id} value={form.channel} aria-describedby={d} onChange={(e) => setForm({ ...form, channel: e.target.value as MessageChannel })}>{MESSAGE_CHANNELS.map((c) => <option key={c} value={c}>{term('MESSAGE_CHANNEL', c)}</option>)}</select>}
          </Field>
          <Field label={t('messaging.body')} error={errorFor(errors, 'body')} hint={t('messaging.bodyHint')}>
            {(id, d) => <textarea id={id} rows={3} cols={48} value={form.body} aria-describedby={d} onChange={(e) => setForm({ ...form, body: e.target.value })} required />}
          </Field>
          <button type="submit" className="primary" disabled={created.fetching}>{t('messaging.add')}</button>
        </form>
        <ErrorBanner error={error ?? created.error ?? archiving.error} />
        <FormErrors errors={[...(errors ?? []), ...(archiving.data?.messageTemplateArchive.userErrors ?? [])]} fields={['name', 'channel', 'body']} />
      </section>
      <CareRulesBox />
    </Page>
  );
}
