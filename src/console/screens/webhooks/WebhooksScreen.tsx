import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { WebhookEventType } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, FormErrors, Page, Pager, usePaging } from '../../app/ui';
import { EndpointsBox, EVENT_TYPES } from './EndpointsBox';

const Events = graphql(`
  query ConsoleWebhookEvents($after: String, $type: WebhookEventType, $deadOnly: Boolean) {
    webhookEvents(first: 20, after: $after, type: $type, deadOnly: $deadOnly) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id type webhookId createdAt
          deliveries { status attempts lastStatus lastError succeededAt nextAttemptAt endpoint { id url } }
        }
      }
    }
  }
`);

const Replay = graphql(`
  mutation ConsoleWebhookEventReplay($id: ID!) {
    webhookEventReplay(id: $id) { webhookEvent { id } userErrors { code field message } }
  }
`);

/** While a delivery is pending, the list is read again this often (deliveries are the worker's, not a subscription's). */
const PENDING_REFRESH_MS = 3000;

/** Webhook endpoints and the outbox: each event, where it went, and whether it arrived. */
export function WebhooksScreen() {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const paging = usePaging();
  const [type, setType] = useState<WebhookEventType | ''>('');
  const [deadOnly, setDeadOnly] = useState(false);
  const [{ data, error }, reload] = useQuery({ query: Events, variables: { after: paging.after, type: type || null, deadOnly } });
  const [replayed, replay] = useMutation(Replay);
  const events = data?.webhookEvents.edges ?? [];
  const pending = events.some(({ node }) => node.deliveries.some((d) => d.status === 'PENDING'));
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => reload({ requestPolicy: 'network-only' }), PENDING_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [pending, data, reload]);
  return (
    <Page title={t('webhooks.title')}>
      <EndpointsBox />
      <section className="box wide" aria-labelledby="events-title">
        <h2 id="events-title">{t('webhooks.events')}</h2>
        <div className="filters">
          <label>
            {t('webhooks.type')}{' '}
            <select value={type} onChange={(e) => { setType(e.target.value as WebhookEventType | ''); paging.reset(); }}>
              <option value="">—</option>
              {EVENT_TYPES.map((x) => <option key={x} value={x}>{term('WEBHOOK_EVENT', x)}</option>)}
            </select>
          </label>
          <label className="check"><input type="checkbox" checked={deadOnly} onChange={(e) => { setDeadOnly(e.target.checked); paging.reset(); }} /> {t('webhooks.deadOnly')}</label>
          <button type="button" onClick={() => reload({ requestPolicy: 'network-only' })}>{t('action.reload')}</button>
        </div>
        <ErrorBanner error={error ?? replayed.error} />
        <FormErrors errors={replayed.data?.webhookEventReplay.userErrors} />
        {data && events.length === 0 && <Empty />}
        {events.length > 0 && (
          <table>
            <thead><tr><th>{t('field.at')}</th><th>{t('webhooks.type')}</th><th>{t('webhooks.deliveries')}</th><th /></tr></thead>
            <tbody>
              {events.map(({ node }) => (
                <tr key={node.id} data-testid="webhook-event">
                  <td>{formats.dateTime(node.createdAt)}<div className="muted"><code>{node.webhookId}</code></div></td>
                  <td>{term('WEBHOOK_EVENT', node.type)}</td>
                  <td>
                    {node.deliveries.map((d, i) => (
                      <div key={i} data-testid="webhook-delivery" data-status={d.status}>
                        {term('DELIVERY', d.status)} · {t('webhooks.attempts', { count: d.attempts })}
                        {d.lastStatus ? ` · HTTP ${d.lastStatus}` : ''}{d.lastError ? ` · ${d.lastError}` : ''}
                        <span className="muted"> → {d.endpoint?.url ?? '—'}</span>
                      </div>
                    ))}
                  </td>
                  <td><button type="button" onClick={() => replay({ id: node.id })}>{t('webhooks.replay')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager paging={paging} pageInfo={data?.webhookEvents.pageInfo} />
      </section>
    </Page>
  );
}
