import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CareKind, CareRuleInput } from '../../gql/graphql';
import { CARE_KINDS } from '../../app/enums';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, FormErrors } from '../../app/ui';

const Rules = graphql(`
  query ConsoleCareRules {
    careRules { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } }
    messageTemplates(first: 100) { edges { node { id name channel } } }
    couponTemplates(first: 100) { edges { node { id name active } } }
  }
`);

const SetRule = graphql(`
  mutation ConsoleCareRuleSet($input: CareRuleInput!) {
    careRuleSet(input: $input) { careRule { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } } userErrors { code field message } }
  }
`);

/** Care rules: for each moment (unpaid, late delivery, signed for, bad review, out of stock), the message, coupon, delay and switch. */
export function CareRulesBox() {
  const { t, term } = useI18n();
  // An empty list names no type, so urql would not know a new template or rule concerns this query.
  const context = useMemo(() => ({ additionalTypenames: ['CareRule', 'MessageTemplate', 'CouponTemplate'] }), []);
  const [{ data, error }] = useQuery({ query: Rules, context });
  const [saved, save] = useMutation(SetRule);
  const ruleOf = (kind: CareKind) => data?.careRules.find((r) => r.kind === kind);
  const change = (kind: CareKind, input: Omit<CareRuleInput, 'kind'>) => save({ input: { kind, ...input } });
  return (
    <section className="box wide" aria-labelledby="care-title">
      <h2 id="care-title">{t('messaging.careRules')}</h2>
      <table data-testid="care-rules">
        <thead><tr><th>{t('messaging.moment')}</th><th>{t('field.template')}</th><th>{t('messaging.coupon')}</th><th>{t('messaging.delayHours')}</th><th>{t('staff.active')}</th></tr></thead>
        <tbody>
          {CARE_KINDS.map((kind) => {
            const rule = ruleOf(kind);
            const name = term('CARE', kind);
            return (
              <tr key={kind}>
                <td>{name}</td>
                <td>
                  <select aria-label={t('messaging.templateOf', { name })} value={rule?.template?.id ?? ''} onChange={(e) => change(kind, { templateId: e.target.value || null })}>
                    <option value="">—</option>
                    {data?.messageTemplates.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.name} · {term('MESSAGE_CHANNEL', node.channel)}</option>)}
                  </select>
                </td>
                <td>
                  <select aria-label={t('messaging.couponOf', { name })} value={rule?.couponTemplate?.id ?? ''} onChange={(e) => change(kind, { couponTemplateId: e.target.value || null })}>
                    <option value="">—</option>
                    {data?.couponTemplates.edges.filter(({ node }) => node.active || node.id === rule?.couponTemplate?.id).map(({ node }) => <option key={node.id} value={node.id}>{node.name}</option>)}
                  </select>
                </td>
                <td>
                  <input aria-label={t('messaging.delayOf', { name })} type="number" min={0} defaultValue={rule?.delayHours ?? 0} key={`${kind}-${rule?.delayHours}`} onBlur={(e) => Number(e.target.value) !== (rule?.delayHours ?? 0) && change(kind, { delayHours: Number(e.target.value) })} />
                </td>
                <td>
                  <input type="checkbox" aria-label={t('messaging.enabledOf', { name })} checked={rule?.enabled ?? false} onChange={(e) => change(kind, { enabled: e.target.checked })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorBanner error={error ?? saved.error} />
      <FormErrors errors={saved.data?.careRuleSet.userErrors} />
    </section>
  );
}
