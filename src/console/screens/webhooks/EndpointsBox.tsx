import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { WebhookEventType } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, errorFor, Field, FormErrors, Pager, usePaging } from '../../app/ui';

export const EVENT_TYPES: WebhookEventType[] = ['MESSAGE_SEND', 'MESSAGE_STATUS', 'CUSTOMER_REGISTERED', 'FOLLOW_UP_ASSIGNED', 'ORDER_IMPORTED', 'COUPON_ISSUED', 'COUPON_REDEEMED'];

const Endpoints = graphql(`
  query ConsoleWebhookEndpoints($after: String) {
    webhookEndpoints(first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id url description eventTypes disabledAt disabledReason createdAt } }
    }
  }
`);

const Create = graphql(`
  mutation ConsoleWebhookEndpointCreate($input: WebhookEndpointInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint { id }
      secret
      userErrors { code field message }
    }
  }
`);

const Update = graphql(`
  mutation ConsoleWebhookEndpointEnable($id: ID!, $input: WebhookEndpointInput!) {
    webhookEndpointUpdate(id: $id, input: $input) {
      webhookEndpoint { id disabledAt disabledReason }
      userErrors { code field message }
    }
  }
`);

/** The shop's endpoints: add one (its secret shown once), disable or enable it. */
export function EndpointsBox() {
  const { t, term } = useI18n();
  const paging = usePaging();
  const [{ data, error }, reload] = useQuery({ query: Endpoints, variables: { after: paging.after } });
  const [created, create] = useMutation(Create);
  const [updated, update] = useMutation(Update);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<WebhookEventType[]>(['MESSAGE_SEND']);
  const errors = created.data?.webhookEndpointCreate.userErrors;
  const secret = created.data?.webhookEndpointCreate.secret;
  const toggle = (type: WebhookEventType) => setTypes(types.includes(type) ? types.filter((x) => x !== type) : [...types, type]);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { url: url.trim(), description: description.trim(), eventTypes: types } });
    if (answer.data?.webhookEndpointCreate.webhookEndpoint) {
      setUrl('');
      setDescription('');
      reload({ requestPolicy: 'network-only' });
    }
  };
  return (
    <section className="box wide" aria-labelledby="endpoints-title">
      <h2 id="endpoints-title">{t('webhooks.endpoints')}</h2>
      <form className="entry-form" onSubmit={submit} aria-label={t('webhooks.add')}>
        <Field label={t('webhooks.url')} error={errorFor(errors, 'url')}>{(id, d) => <input id={id} type="url" value={url} aria-describedby={d} onChange={(e) => setUrl(e.target.value)} required />}</Field>
        <Field label={t('webhooks.description')} error={errorFor(errors, 'description')}>{(id, d) => <input id={id} value={description} aria-describedby={d} onChange={(e) => setDescription(e.target.value)} />}</Field>
        <fieldset>
          <legend>{t('webhooks.eventTypes')}</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="check"><input type="checkbox" checked={types.includes(type)} onChange={() => toggle(type)} /> {term('WEBHOOK_EVENT', type)}</label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={created.fetching}>{t('webhooks.add')}</button>
      </form>
      <ErrorBanner error={error ?? created.error ?? updated.error} />
      <FormErrors errors={errors} fields={['url', 'description']} />
      <FormErrors errors={updated.data?.webhookEndpointUpdate.userErrors} />
      {secret && <p className="notice" role="status" data-testid="webhook-secret">{t('webhooks.secret')} <code>{secret}</code></p>}
      <table>
        <thead><tr><th>{t('webhooks.url')}</th><th>{t('webhooks.eventTypes')}</th><th>{t('imports.status')}</th><th /></tr></thead>
        <tbody>
          {data?.webhookEndpoints.edges.map(({ node }) => (
            <tr key={node.id} data-testid="webhook-endpoint">
              <td><code>{node.url}</code>{node.description && <div className="muted">{node.description}</div>}</td>
              <td>{node.eventTypes.map((type) => term('WEBHOOK_EVENT', type)).join('、')}</td>
              <td>{node.disabledAt ? `${t('webhooks.disabled')}${node.disabledReason ? `: ${node.disabledReason}` : ''}` : t('webhooks.enabled')}</td>
              <td>
                <button type="button" onClick={() => update({ id: node.id, input: { enabled: Boolean(node.disabledAt) } })}>
                  {node.disabledAt ? t('webhooks.enable') : t('webhooks.disable')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager paging={paging} pageInfo={data?.webhookEndpoints.pageInfo} />
    </section>
  );
}
