import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, Page, Pager, usePaging } from '../../app/ui';

const Customers = graphql(`
  query ConsoleCustomers($filter: CustomerFilter, $after: String) {
    customers(filter: $filter, first: 30, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id platform platformHandle displayName stage totalSpent lastPaidAt owner { name } segment { lifecycle } } }
    }
  }
`);

/** Customers the caller may see; search by handle, name, or a whole phone number or WeChat id. */
export function CustomerSearchScreen() {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const paging = usePaging();
  useEffect(() => {
    const timer = setTimeout(() => { setSearch(text.trim()); paging.reset(); }, 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  const [{ data, error }] = useQuery({ query: Customers, variables: { filter: search ? { search } : null, after: paging.after } });
  const rows = data?.customers.edges.map((e) => e.node) ?? [];
  return (
    <Page title={t('customers.title')}>
      <label className="search">
        {t('customers.search')} <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('customers.searchHint')} />
      </label>
      <ErrorBanner error={error} />
      {data && rows.length === 0 && <Empty />}
      <table data-testid="customers">
        <thead><tr><th>{t('field.handle')}</th><th>{t('field.platform')}</th><th>{t('field.stage')}</th><th>{t('field.owner')}</th><th>{t('field.totalSpent')}</th><th>{t('field.lastPaid')}</th></tr></thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td><Link to={`/customers/${c.id}`}>{c.platformHandle}</Link></td>
              <td>{term('PLATFORM', c.platform)}</td>
              <td>{term('STAGE', c.stage)}</td>
              <td>{c.owner?.name ?? t('customer.pool')}</td>
              <td>{formats.money(c.totalSpent)}</td>
              <td>{formats.date(c.lastPaidAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager paging={paging} pageInfo={data?.customers.pageInfo} total={data?.customers.totalCount} />
    </Page>
  );
}
