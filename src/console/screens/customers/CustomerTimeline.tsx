import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ConsoleCustomerQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';

type Customer = NonNullable<ConsoleCustomerQuery['customer']>;

const Messages = graphql(`
  query ConsoleCustomerMessages($customerId: ID!) {
    messageDecisions(customerId: $customerId, first: 20) {
      edges { node { id createdAt channel purpose status detail template { name } } }
    }
  }
`);

interface Moment {
  at: string;
  kind: string;
  text: string;
}

/** Everything that happened to the customer, newest first: follow-ups, orders, coupons, messages, ownership, audit. */
export function CustomerTimeline({ customer }: { customer: Customer }) {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const [{ data }] = useQuery({ query: Messages, variables: { customerId: customer.id } });
  const moments: Moment[] = [
    ...customer.followUps.edges.map(({ node: f }) => ({
      at: f.completedAt ?? f.dueAt,
      kind: t('timeline.followUp'),
      text: `${term('KIND', f.kind)} #${f.cycle} · ${term('FOLLOW_UP_STATUS', f.status)}${f.outcome ? ` · ${term('OUTCOME', f.outcome)}` : ''} · ${f.assignee.name}${f.note ? ` · ${f.note}` : ''}`,
    })),
    ...customer.orders.edges.map(({ node: o }) => ({ at: o.placedAt, kind: t('timeline.order'), text: `${o.platformOrderId} · ${formats.money(o.amount)} · ${term('ORDER_STATUS', o.status)}` })),
    ...customer.coupons.map((c) => ({ at: c.createdAt, kind: t('timeline.coupon'), text: `${c.code} · ${term('COUPON_STATUS', c.status)}` })),
    ...(data?.messageDecisions.edges ?? []).map(({ node: m }) => ({
      at: m.createdAt,
      kind: t('timeline.message'),
      text: `${m.template?.name ?? ''} · ${term('MESSAGE_CHANNEL', m.channel)} · ${term('MESSAGE_STATUS', m.status)}${m.detail ? ` · ${m.detail}` : ''}`,
    })),
    ...customer.ownershipHistory.edges.map(({ node: o }) => ({
      at: o.at,
      kind: t('timeline.ownership'),
      text: `${term('OWNERSHIP', o.reason)}: ${o.fromUser?.name ?? t('customer.pool')} → ${o.toUser?.name ?? t('customer.pool')}${o.by ? ` (${o.by.name})` : ''}`,
    })),
    ...customer.history.edges.map(({ node: h }) => ({
      at: h.at,
      kind: t('timeline.audit'),
      text: `${term('ACTION', h.action)} ${h.entityType} · ${h.actor?.name ?? '—'} · ${h.changes.map((c) => c.field).join(', ')}`,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('customer.timeline')}</h2>
      <ol className="timeline" data-testid="timeline">
        {moments.map((m, i) => (
          <li key={i}>
            <time dateTime={m.at}>{formats.dateTime(m.at)}</time> <strong>{m.kind}</strong> {m.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
