import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorBanner, Loading, Page } from '../../app/ui';
import { CustomerActions } from './CustomerActions';
import { ContactDetails } from './ContactDetails';
import { CustomerTimeline } from './CustomerTimeline';

const CustomerPage = graphql(`
  query ConsoleCustomer($id: ID!) {
    customer(id: $id) {
      id version platform platformHandle displayName stage region tags notes
      phone wechatId realName shippingAddress erasedAt
      totalSpent paidOrderCount lastPaidAt marketingConsent
      segment { lifecycle value }
      tier { id name }
      owner { id name team { id name } }
      followUps(first: 20) { edges { node { id kind cycle status dueAt completedAt outcome channel note onTime assignee { name } } } }
      orders(first: 20) { edges { node { id platformOrderId amount status placedAt paidAt } } }
      coupons(first: 20) { id code status discountType discountValue createdAt expiresAt }
      ownershipHistory(first: 20) { edges { node { at reason note fromUser { name } toUser { name } by { name } } } }
      history(first: 20) { edges { node { id at action entityType actor { name } changes { field before after redacted } } } }
    }
  }
`);

/** One customer: who they are (masked), their timeline, and what the caller may do with them. */
export function CustomerScreen({ id }: { id: string }) {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const [{ data, error, fetching }, reload] = useQuery({ query: CustomerPage, variables: { id } });
  const customer = data?.customer;
  if (!customer) return error ? <ErrorBanner error={error} /> : fetching ? <Loading /> : <p role="alert" className="banner error">{t('customer.notFound')}</p>;
  const refresh = () => reload({ requestPolicy: 'network-only' });
  return (
    <Page title={`${customer.platformHandle} · ${term('PLATFORM', customer.platform)}`}>
      <ErrorBanner error={error} />
      <dl className="facts">
        <dt>{t('field.stage')}</dt><dd data-testid="customer-stage">{term('STAGE', customer.stage)}</dd>
        <dt>{t('field.owner')}</dt><dd data-testid="customer-owner">{customer.owner ? `${customer.owner.name}${customer.owner.team ? ` (${customer.owner.team.name})` : ''}` : t('customer.pool')}</dd>
        <dt>{t('field.segment')}</dt><dd>{term('LIFECYCLE', customer.segment.lifecycle)} · {term('VALUE', customer.segment.value)}</dd>
        <dt>{t('field.tier')}</dt><dd>{customer.tier?.name ?? '—'}</dd>
        <dt>{t('field.totalSpent')}</dt><dd>{formats.money(customer.totalSpent)} · {t('customer.paidOrders', { count: customer.paidOrderCount })}</dd>
        <dt>{t('field.lastPaid')}</dt><dd>{formats.dateTime(customer.lastPaidAt)}</dd>
        <dt>{t('field.consent')}</dt><dd>{term('CONSENT', customer.marketingConsent)}</dd>
        {customer.erasedAt && (<><dt>{t('customer.erasedAt')}</dt><dd>{formats.dateTime(customer.erasedAt)}</dd></>)}
      </dl>
      <ContactDetails customer={customer} />
      <CustomerActions customer={customer} onChanged={refresh} onReload={refresh} />
      <CustomerTimeline customer={customer} />
    </Page>
  );
}
