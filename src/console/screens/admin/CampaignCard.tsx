import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ConsoleCampaignsQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, errorFor, Field, FormErrors } from '../../app/ui';
import { WaveRow } from './WaveRow';

type Campaign = ConsoleCampaignsQuery['campaigns']['edges'][number]['node'];

const Templates = graphql(`
  query ConsoleWaveTemplates {
    messageTemplates(first: 100) { edges { node { id name channel } } }
  }
`);

const AddWave = graphql(`
  mutation ConsoleCampaignWaveCreate($campaignId: ID!, $input: CampaignWaveInput!) {
    campaignWaveCreate(campaignId: $campaignId, input: $input) {
      wave { id }
      userErrors { code field message }
    }
  }
`);

const Lift = graphql(`
  query ConsoleCampaignLift($campaignId: ID!) {
    campaignLift(campaignId: $campaignId) { sentCustomers sentConverted sentRate holdoutCustomers holdoutConverted holdoutRate lift liftLow liftHigh significant }
  }
`);

/** One campaign: its waves, a form for the next wave, and the lift report. */
export function CampaignCard({ campaign, onChanged }: { campaign: Campaign; onChanged(): void }) {
  const { t, term } = useI18n();
  const [{ data: templates }] = useQuery({ query: Templates, requestPolicy: 'cache-first' });
  const [added, add] = useMutation(AddWave);
  const [showLift, setShowLift] = useState(false);
  const [{ data: lift }] = useQuery({ query: Lift, variables: { campaignId: campaign.id }, pause: !showLift });
  const [wave, setWave] = useState({ name: '', offsetDays: '0', sendFrom: '10:00', sendUntil: '20:00', templateId: '', tag: '' });
  const set = (key: keyof typeof wave) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setWave({ ...wave, [key]: e.target.value });
  const errors = added.data?.campaignWaveCreate.userErrors;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const audience = wave.tag.trim() ? { anyTags: [wave.tag.trim()] } : {};
    const answer = await add({ campaignId: campaign.id, input: { name: wave.name.trim(), offsetDays: Number(wave.offsetDays), sendFrom: wave.sendFrom, sendUntil: wave.sendUntil, templateId: wave.templateId, audience } });
    if (answer.data?.campaignWaveCreate.wave) {
      setWave({ ...wave, name: '', tag: '' });
      onChanged();
    }
  };
  const report = lift?.campaignLift;
  return (
    <section className="box wide" aria-label={campaign.name} data-testid="campaign">
      <h2>{campaign.name} · {campaign.eventDate} · {t('campaigns.holdoutShare', { share: Math.round(campaign.holdoutShare * 100) })}</h2>
      <table>
        <thead><tr><th>{t('campaigns.wave')}</th><th>{t('campaigns.sendsAt')}</th><th>{t('imports.status')}</th><th>{t('campaigns.audience')}</th><th>{t('campaigns.messages')}</th><th /></tr></thead>
        <tbody>{campaign.waves.map((w) => <WaveRow key={w.id} wave={w} onChanged={onChanged} />)}</tbody>
      </table>
      <form className="entry-form" onSubmit={submit} aria-label={t('campaigns.addWave')}>
        <Field label={t('campaigns.waveName')} error={errorFor(errors, 'name')}>{(id, d) => <input id={id} value={wave.name} aria-describedby={d} onChange={set('name')} required />}</Field>
        <Field label={t('campaigns.offset')} error={errorFor(errors, 'offsetDays')}>{(id, d) => <input id={id} type="number" value={wave.offsetDays} aria-describedby={d} onChange={set('offsetDays')} />}</Field>
        <Field label={t('campaigns.sendFrom')} error={errorFor(errors, 'sendFrom')}>{(id, d) => <input id={id} type="time" value={wave.sendFrom} aria-describedby={d} onChange={set('sendFrom')} />}</Field>
        <Field label={t('campaigns.sendUntil')} error={errorFor(errors, 'sendUntil')}>{(id, d) => <input id={id} type="time" value={wave.sendUntil} aria-describedby={d} onChange={set('sendUntil')} />}</Field>
        <Field label={t('field.template')} error={errorFor(errors, 'templateId')}>
          {(id, d) => (
            <select id={id} value={wave.templateId} aria-describedby={d} onChange={set('templateId')} required>
              <option value="">—</option>
              {templates?.messageTemplates.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.name} · {term('MESSAGE_CHANNEL', node.channel)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('campaigns.tag')}>{(id) => <input id={id} value={wave.tag} onChange={set('tag')} />}</Field>
        <button type="submit" disabled={added.fetching}>{t('campaigns.addWave')}</button>
      </form>
      <ErrorBanner error={added.error} />
      <FormErrors errors={errors} fields={['name', 'offsetDays', 'sendFrom', 'sendUntil', 'templateId']} />
      <div><button type="button" aria-expanded={showLift} onClick={() => setShowLift(!showLift)}>{t('campaigns.lift')}</button></div>
      {showLift && report && (
        <p data-testid="lift">
          {t('campaigns.liftReport', { sent: report.sentCustomers, sentRate: pct(report.sentRate), held: report.holdoutCustomers, heldRate: pct(report.holdoutRate), lift: pct(report.lift) })}
          {report.significant ? ` · ${t('campaigns.significant')}` : ` · ${t('campaigns.notSignificant')}`}
        </p>
      )}
    </section>
  );
}

const pct = (share: number | null | undefined) => (share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`);
