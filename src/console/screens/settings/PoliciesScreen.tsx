import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, Loading, Page } from '../../app/ui';
import { SettingsForm, type SettingField } from './SettingsForm';

const Policies = graphql(`
  query ConsolePolicies {
    viewer {
      id
      shop {
        id sheetGraceHours unpaidReminderHours conversionDays
        marketingCapPerDay marketingCapPerWeek transactionalCapPerDay transactionalCapPerWeek quietHoursFrom quietHoursUntil openQuietHoursOnPromotionDays
        followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool }
        segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent }
      }
    }
  }
`);

const Cycles = graphql(`
  mutation ConsoleFollowUpPolicyUpdate($input: FollowUpPolicyInput!) {
    followUpPolicyUpdate(input: $input) { followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool } userErrors { code field message } }
  }
`);

const Segments = graphql(`
  mutation ConsoleSegmentPolicyUpdate($input: SegmentPolicyInput!) {
    segmentPolicyUpdate(input: $input) { segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent } userErrors { code field message } }
  }
`);

const ShopRules = graphql(`
  mutation ConsoleShopUpdate($input: ShopUpdateInput!) {
    shopUpdate(input: $input) { shop { id } userErrors { code field message } }
  }
`);

const CYCLE_FIELDS: SettingField[] = [
  { key: 'firstCycleDays', kind: 'int', label: 'settings.firstCycleDays' },
  { key: 'retryCycleDays', kind: 'int', label: 'settings.retryCycleDays' },
  { key: 'maxRetryCycles', kind: 'int', label: 'settings.maxRetryCycles' },
  { key: 'revisitCycleDays', kind: 'int', label: 'settings.revisitCycleDays' },
  { key: 'reclaimToPool', kind: 'bool', label: 'settings.reclaimToPool' },
];
const SEGMENT_FIELDS: SettingField[] = [
  { key: 'activeDays', kind: 'int', label: 'settings.activeDays' },
  { key: 'sleepingDays', kind: 'int', label: 'settings.sleepingDays' },
  { key: 'churnDays', kind: 'int', label: 'settings.churnDays' },
  { key: 'keyMinOrders', kind: 'int', label: 'settings.keyMinOrders' },
  { key: 'keyMinSpent', kind: 'money', label: 'settings.keyMinSpent' },
  { key: 'bottomMaxSpent', kind: 'money', label: 'settings.bottomMaxSpent' },
];
const SHOP_FIELDS: SettingField[] = [
  { key: 'sheetGraceHours', kind: 'int', label: 'settings.sheetGraceHours' },
  { key: 'unpaidReminderHours', kind: 'int', label: 'settings.unpaidReminderHours' },
  { key: 'conversionDays', kind: 'int', label: 'settings.conversionDays' },
  { key: 'marketingCapPerDay', kind: 'int', label: 'settings.marketingCapPerDay' },
  { key: 'marketingCapPerWeek', kind: 'int', label: 'settings.marketingCapPerWeek' },
  { key: 'transactionalCapPerDay', kind: 'int', label: 'settings.transactionalCapPerDay' },
  { key: 'transactionalCapPerWeek', kind: 'int', label: 'settings.transactionalCapPerWeek' },
  { key: 'quietHoursFrom', kind: 'time', label: 'settings.quietHoursFrom' },
  { key: 'quietHoursUntil', kind: 'time', label: 'settings.quietHoursUntil' },
  { key: 'openQuietHoursOnPromotionDays', kind: 'bool', label: 'settings.openQuietHoursOnPromotionDays' },
];

/** The shop's rules: follow-up cycles, segment thresholds, deadlines, message caps and quiet hours. */
export function PoliciesScreen() {
  const { t } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: Policies, requestPolicy: 'network-only' });
  const [cycles, saveCycles] = useMutation(Cycles);
  const [segments, saveSegments] = useMutation(Segments);
  const [shopRules, saveShop] = useMutation(ShopRules);
  const shop = data?.viewer.shop;
  if (!shop) return <Page title={t('settings.policiesTitle')}>{fetching ? <Loading /> : <ErrorBanner error={error} />}</Page>;
  return (
    <Page title={t('settings.policiesTitle')}>
      <SettingsForm title={t('settings.cycles')} fields={CYCLE_FIELDS} values={shop.followUpPolicy} onSave={(input) => saveCycles({ input })}
        fetching={cycles.fetching} error={cycles.error} errors={cycles.data?.followUpPolicyUpdate.userErrors} />
      <SettingsForm title={t('settings.segments')} fields={SEGMENT_FIELDS} values={shop.segmentPolicy} onSave={(input) => saveSegments({ input })}
        fetching={segments.fetching} error={segments.error} errors={segments.data?.segmentPolicyUpdate.userErrors} />
      <SettingsForm title={t('settings.shopRules')} fields={SHOP_FIELDS} values={shop} onSave={(input) => saveShop({ input })}
        fetching={shopRules.fetching} error={shopRules.error} errors={shopRules.data?.shopUpdate.userErrors} />
    </Page>
  );
}
