import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CouponPurpose, DiscountType } from '../../gql/graphql';
import { COUPON_PURPOSES } from '../../app/enums';
import { fenOf } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorBanner, errorFor, Field, FormErrors, Pager, usePaging } from '../../app/ui';

const Templates = graphql(`
  query ConsoleCouponTemplates($after: String) {
    couponTemplates(first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id name purpose discountType discountValue minSpend validDays validUntil totalQuantity perCustomerLimit issuedCount active } }
    }
  }
`);

const Create = graphql(`
  mutation ConsoleCouponTemplateCreate($input: CouponTemplateInput!) {
    couponTemplateCreate(input: $input) { couponTemplate { id } userErrors { code field message } }
  }
`);

const SetActive = graphql(`
  mutation ConsoleCouponTemplateActive($id: ID!, $input: CouponTemplateInput!) {
    couponTemplateUpdate(id: $id, input: $input) { couponTemplate { id active } userErrors { code field message } }
  }
`);

/** Coupon templates: purpose, discount, conditions, stock; on or off. */
export function CouponTemplatesBox() {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const paging = usePaging();
  const [{ data, error }, reload] = useQuery({ query: Templates, variables: { after: paging.after } });
  const [created, create] = useMutation(Create);
  const [toggled, toggle] = useMutation(SetActive);
  const [form, setForm] = useState({ name: '', purpose: 'PROMOTION' as CouponPurpose, discountType: 'AMOUNT_OFF' as DiscountType, discountValue: '20', minSpend: '0', validDays: '14', totalQuantity: '', perCustomerLimit: '1' });
  const [bad, setBad] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [key]: e.target.value });
  const errors = created.data?.couponTemplateCreate.userErrors;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const value = form.discountType === 'AMOUNT_OFF' ? fenOf(form.discountValue) : /^\d+$/.test(form.discountValue) ? Number(form.discountValue) : null;
    const minSpend = fenOf(form.minSpend);
    setBad(value === null ? 'discountValue' : minSpend === null ? 'minSpend' : null);
    if (value === null || minSpend === null) return;
    const answer = await create({
      input: {
        name: form.name.trim(), purpose: form.purpose, discountType: form.discountType, discountValue: value, minSpend,
        validDays: Number(form.validDays), totalQuantity: form.totalQuantity ? Number(form.totalQuantity) : null, perCustomerLimit: Number(form.perCustomerLimit),
      },
    });
    if (answer.data?.couponTemplateCreate.couponTemplate) {
      setForm({ ...form, name: '' });
      reload({ requestPolicy: 'network-only' });
    }
  };
  const errorOf = (key: string) => (bad === key ? t('error.badInput') : errorFor(errors, key));
  return (
    <section className="box wide" aria-labelledby="coupon-templates-title">
      <h2 id="coupon-templates-title">{t('loyalty.couponTemplates')}</h2>
      <table data-testid="coupon-templates">
        <thead><tr><th>{t('loyalty.couponName')}</th><th>{t('loyalty.purpose')}</th><th>{t('loyalty.discount')}</th><th>{t('loyalty.minSpend')}</th><th>{t('loyalty.validDays')}</th><th>{t('loyalty.issued')}</th><th /></tr></thead>
        <tbody>
          {data?.couponTemplates.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{node.name}</td>
              <td>{term('COUPON_PURPOSE', node.purpose)}</td>
              <td>{node.discountType === 'AMOUNT_OFF' ? formats.money(node.discountValue) : `${node.discountValue}%`}</td>
              <td>{formats.money(node.minSpend)}</td>
              <td>{node.validDays ?? formats.date(node.validUntil)}</td>
              <td>{node.issuedCount}{node.totalQuantity !== null && node.totalQuantity !== undefined ? ` / ${node.totalQuantity}` : ''}</td>
              <td><label className="check"><input type="checkbox" checked={node.active} onChange={(e) => toggle({ id: node.id, input: { active: e.target.checked } })} /> {t('staff.active')}</label></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager paging={paging} pageInfo={data?.couponTemplates.pageInfo} />
      <form className="entry-form" onSubmit={submit} aria-label={t('loyalty.addCouponTemplate')}>
        <Field label={t('loyalty.couponName')} error={errorOf('name')}>{(id, d) => <input id={id} value={form.name} aria-describedby={d} onChange={set('name')} required />}</Field>
        <Field label={t('loyalty.purpose')} error={errorOf('purpose')}>{(id, d) => <select id={id} value={form.purpose} aria-describedby={d} onChange={set('purpose')}>{COUPON_PURPOSES.map((p) => <option key={p} value={p}>{term('COUPON_PURPOSE', p)}</option>)}</select>}</Field>
        <Field label={t('loyalty.discountType')} error={errorOf('discountType')}>
          {(id, d) => <select id={id} value={form.discountType} aria-describedby={d} onChange={set('discountType')}><option value="AMOUNT_OFF">{t('loyalty.amountOff')}</option><option value="PERCENT_OFF">{t('loyalty.percentOff')}</option></select>}
        </Field>
        <Field label={form.discountType === 'AMOUNT_OFF' ? t('loyalty.discountYuan') : t('loyalty.discountPercent')} error={errorOf('discountValue')}>{(id, d) => <input id={id} inputMode="decimal" value={form.discountValue} aria-describedby={d} onChange={set('discountValue')} required />}</Field>
        <Field label={t('loyalty.minSpend')} error={errorOf('minSpend')}>{(id, d) => <input id={id} inputMode="decimal" value={form.minSpend} aria-describedby={d} onChange={set('minSpend')} />}</Field>
        <Field label={t('loyalty.validDays')} error={errorOf('validDays')}>{(id, d) => <input id={id} type="number" value={form.validDays} aria-describedby={d} onChange={set('validDays')} />}</Field>
        <Field label={t('loyalty.totalQuantity')} error={errorOf('totalQuantity')}>{(id, d) => <input id={id} type="number" value={form.totalQuantity} aria-describedby={d} onChange={set('totalQuantity')} />}</Field>
        <Field label={t('loyalty.perCustomerLimit')} error={errorOf('perCustomerLimit')}>{(id, d) => <input id={id} type="number" value={form.perCustomerLimit} aria-describedby={d} onChange={set('perCustomerLimit')} />}</Field>
        <button type="submit" className="primary" disabled={created.fetching}>{t('loyalty.addCouponTemplate')}</button>
      </form>
      <ErrorBanner error={error ?? created.error ?? toggled.error} />
      <FormErrors errors={[...(errors ?? []), ...(toggled.data?.couponTemplateUpdate.userErrors ?? [])]} fields={['name', 'purpose', 'discountType', 'discountValue', 'minSpend', 'validDays', 'totalQuantity', 'perCustomerLimit']} />
    </section>
  );
}
