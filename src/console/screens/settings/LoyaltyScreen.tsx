import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { fenOf } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorBanner, errorFor, Field, FormErrors, Page } from '../../app/ui';
import { CouponTemplatesBox } from './CouponTemplatesBox';

const Tiers = graphql(`
  query ConsoleTiers {
    membershipTiers { id rank name minPaidOrders minSpent windowDays discountPercent }
  }
`);

const Upsert = graphql(`
  mutation ConsoleTierUpsert($input: MembershipTierUpsertInput!) {
    membershipTierUpsert(input: $input) { membershipTier { id } userErrors { code field message } }
  }
`);

const Recompute = graphql(`
  mutation ConsoleTiersRecompute {
    membershipTiersRecompute { changed userErrors { code field message } }
  }
`);

/** Membership tiers (what each rank needs and gives) and the coupon templates. */
export function LoyaltyScreen() {
  const { t } = useI18n();
  const { formats } = useSession();
  const [{ data, error }, reload] = useQuery({ query: Tiers });
  const [saved, upsert] = useMutation(Upsert);
  const [recomputed, recompute] = useMutation(Recompute);
  const [form, setForm] = useState({ rank: '1', name: '', minPaidOrders: '1', minSpent: '0', windowDays: '365', discountPercent: '0' });
  const [badSpent, setBadSpent] = useState(false);
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });
  const errors = saved.data?.membershipTierUpsert.userErrors;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const minSpent = fenOf(form.minSpent);
    setBadSpent(minSpent === null);
    if (minSpent === null) return;
    const answer = await upsert({ input: { rank: Number(form.rank), name: form.name.trim(), minPaidOrders: Number(form.minPaidOrders), minSpent, windowDays: Number(form.windowDays), discountPercent: Number(form.discountPercent) } });
    if (answer.data?.membershipTierUpsert.membershipTier) reload({ requestPolicy: 'network-only' });
  };
  const number = (key: keyof typeof form, label: string) => (
    <Field label={label} error={errorFor(errors, key)}>{(id, d) => <input id={id} type="number" value={form[key]} aria-describedby={d} onChange={set(key)} required />}</Field>
  );
  return (
    <Page title={t('loyalty.title')}>
      <section className="box wide" aria-labelledby="tiers-title">
        <h2 id="tiers-title">{t('loyalty.tiers')}</h2>
        <table data-testid="tiers">
          <thead><tr><th>{t('loyalty.rank')}</th><th>{t('loyalty.tierName')}</th><th>{t('loyalty.minPaidOrders')}</th><th>{t('loyalty.minSpent')}</th><th>{t('loyalty.windowDays')}</th><th>{t('loyalty.discountPercent')}</th></tr></thead>
          <tbody>
            {data?.membershipTiers.map((tier) => (
              <tr key={tier.id}><td>{tier.rank}</td><td>{tier.name}</td><td>{tier.minPaidOrders}</td><td>{formats.money(tier.minSpent)}</td><td>{tier.windowDays}</td><td>{tier.discountPercent}%</td></tr>
            ))}
          </tbody>
        </table>
        <form className="entry-form" onSubmit={submit} aria-label={t('loyalty.saveTier')}>
          {number('rank', t('loyalty.rank'))}
          <Field label={t('loyalty.tierName')} error={errorFor(errors, 'name')}>{(id, d) => <input id={id} value={form.name} aria-describedby={d} onChange={set('name')} required />}</Field>
          {number('minPaidOrders', t('loyalty.minPaidOrders'))}
          <Field label={t('loyalty.minSpent')} error={badSpent ? t('error.badInput') : errorFor(errors, 'minSpent')}>{(id, d) => <input id={id} inputMode="decimal" value={form.minSpent} aria-describedby={d} onChange={set('minSpent')} required />}</Field>
          {number('windowDays', t('loyalty.windowDays'))}
          {number('discountPercent', t('loyalty.discountPercent'))}
          <button type="submit" className="primary" disabled={saved.fetching}>{t('loyalty.saveTier')}</button>
        </form>
        <ErrorBanner error={error ?? saved.error ?? recomputed.error} />
        <FormErrors errors={[...(errors ?? []), ...(recomputed.data?.membershipTiersRecompute.userErrors ?? [])]} fields={['rank', 'name', 'minPaidOrders', 'minSpent', 'windowDays', 'discountPercent']} />
        <div>
          <button type="button" onClick={() => recompute({})} disabled={recomputed.fetching}>{t('loyalty.recompute')}</button>
          {recomputed.data?.membershipTiersRecompute.changed !== undefined && recomputed.data.membershipTiersRecompute.changed !== null && <span role="status"> {t('loyalty.recomputed', { count: recomputed.data.membershipTiersRecompute.changed })}</span>}
        </div>
      </section>
      <CouponTemplatesBox />
    </Page>
  );
}
