import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, errorFor, Field, FormErrors, Page, Pager, usePaging } from '../../app/ui';
import { CampaignCard } from './CampaignCard';

const Campaigns = graphql(`
  query ConsoleCampaigns($after: String) {
    campaigns(first: 10, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id name eventDate holdoutShare conversionDays
          waves {
            id name status offsetDays sendFrom sendUntil sendsAt audienceSize holdoutSize version
            template { name }
            messageCounts { status rule count }
          }
        }
      }
    }
  }
`);

const Create = graphql(`
  mutation ConsoleCampaignCreate($input: CampaignInput!) {
    campaignCreate(input: $input) {
      campaign { id }
      userErrors { code field message }
    }
  }
`);

/** Campaigns and their waves: audience preview, scheduling, what was sent and skipped, and the lift over the holdout. */
export function CampaignsScreen() {
  const { t } = useI18n();
  const paging = usePaging();
  const [{ data, error }, reload] = useQuery({ query: Campaigns, variables: { after: paging.after } });
  const [created, create] = useMutation(Create);
  const [name, setName] = useState('');
  const [eventDate, setEventDate] = useState('');
  const [holdout, setHoldout] = useState('5');
  const errors = created.data?.campaignCreate.userErrors;
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { name: name.trim(), eventDate, holdoutShare: Number(holdout) / 100 } });
    if (answer.data?.campaignCreate.campaign) {
      setName('');
      refresh();
    }
  };
  return (
    <Page title={t('campaigns.title')}>
      <form className="entry-form" onSubmit={submit} aria-label={t('campaigns.create')}>
        <Field label={t('campaigns.name')} error={errorFor(errors, 'name')}>{(id, d) => <input id={id} value={name} aria-describedby={d} onChange={(e) => setName(e.target.value)} required />}</Field>
        <Field label={t('campaigns.eventDate')} error={errorFor(errors, 'eventDate')}>{(id, d) => <input id={id} type="date" value={eventDate} aria-describedby={d} onChange={(e) => setEventDate(e.target.value)} required />}</Field>
        <Field label={t('campaigns.holdout')} error={errorFor(errors, 'holdoutShare')}>{(id, d) => <input id={id} type="number" min={0} max={50} value={holdout} aria-describedby={d} onChange={(e) => setHoldout(e.target.value)} />}</Field>
        <button type="submit" className="primary" disabled={created.fetching}>{t('campaigns.create')}</button>
      </form>
      <ErrorBanner error={error ?? created.error} />
      <FormErrors errors={errors} fields={['name', 'eventDate', 'holdoutShare']} />
      {data?.campaigns.edges.map(({ node }) => <CampaignCard key={node.id} campaign={node} onChanged={refresh} />)}
      <Pager paging={paging} pageInfo={data?.campaigns.pageInfo} />
    </Page>
  );
}
