import { useMutation, useQuery } from 'urql';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { ConsoleCampaignsQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorBanner, FormErrors } from '../../app/ui';

type Wave = ConsoleCampaignsQuery['campaigns']['edges'][number]['node']['waves'][number];

const Preview = graphql(`
  query ConsoleWavePreview($id: ID!) {
    campaignWavePreview(id: $id) { matching excludedByTag recentlyMessaged withoutConsent optedOut snapshot expectedHoldout }
  }
`);

const Schedule = graphql(`
  mutation ConsoleWaveSchedule($id: ID!) {
    campaignWaveSchedule(id: $id) { wave { id status audienceSize holdoutSize } userErrors { code field message } }
  }
`);

const Pause = graphql(`
  mutation ConsoleWavePause($id: ID!) {
    campaignWavePause(id: $id) { wave { id status } userErrors { code field message } }
  }
`);

const Resume = graphql(`
  mutation ConsoleWaveResume($id: ID!) {
    campaignWaveResume(id: $id) { wave { id status } userErrors { code field message } }
  }
`);

const Cancel = graphql(`
  mutation ConsoleWaveCancel($id: ID!) {
    campaignWaveCancel(id: $id) { wave { id status } userErrors { code field message } }
  }
`);

/** One wave: when it goes, to whom (previewed before it is scheduled), and what became of its messages. */
export function WaveRow({ wave, onChanged }: { wave: Wave; onChanged(): void }) {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const [previewing, setPreviewing] = useState(false);
  const [{ data: preview }] = useQuery({ query: Preview, variables: { id: wave.id }, pause: !previewing, requestPolicy: 'network-only' });
  const [scheduled, schedule] = useMutation(Schedule);
  const [paused, pause] = useMutation(Pause);
  const [resumed, resume] = useMutation(Resume);
  const [cancelled, cancel] = useMutation(Cancel);
  const act = async (run: () => Promise<unknown>) => { await run(); onChanged(); };
  const p = preview?.campaignWavePreview;
  return (
    <tr data-testid="wave">
      <td>{wave.name}<br /><span className="muted">{wave.template?.name}</span></td>
      <td>{formats.dateTime(wave.sendsAt)} ({wave.sendFrom}–{wave.sendUntil})</td>
      <td>{term('WAVE_STATUS', wave.status)}</td>
      <td>
        {wave.audienceSize !== null && wave.audienceSize !== undefined ? t('campaigns.snapshot', { size: wave.audienceSize, held: wave.holdoutSize ?? 0 }) : '—'}
        {p && <div data-testid="wave-preview">{t('campaigns.preview', { matching: p.matching, snapshot: p.snapshot, noConsent: p.withoutConsent, excluded: p.excludedByTag + p.recentlyMessaged + p.optedOut, held: p.expectedHoldout })}</div>}
      </td>
      <td>{wave.messageCounts.map((c) => `${term('MESSAGE_STATUS', c.status)}${c.rule ? `/${term('RULE', c.rule)}` : ''} ${c.count}`).join(' · ') || '—'}</td>
      <td className="actions">
        <ErrorBanner error={scheduled.error ?? paused.error ?? resumed.error ?? cancelled.error} />
        <FormErrors errors={[...(scheduled.data?.campaignWaveSchedule.userErrors ?? []), ...(paused.data?.campaignWavePause.userErrors ?? []), ...(resumed.data?.campaignWaveResume.userErrors ?? []), ...(cancelled.data?.campaignWaveCancel.userErrors ?? [])]} onReload={onChanged} />
        {wave.status === 'DRAFT' && <button type="button" onClick={() => setPreviewing(true)}>{t('campaigns.previewAction')}</button>}
        {wave.status === 'DRAFT' && <button type="button" className="primary" onClick={() => act(() => schedule({ id: wave.id }))}>{t('campaigns.schedule')}</button>}
        {wave.status === 'SCHEDULED' && <button type="button" onClick={() => act(() => pause({ id: wave.id }))}>{t('campaigns.pause')}</button>}
        {wave.status === 'PAUSED' && <button type="button" onClick={() => act(() => resume({ id: wave.id }))}>{t('campaigns.resume')}</button>}
        {wave.status !== 'CANCELLED' && <button type="button" onClick={() => act(() => cancel({ id: wave.id }))}>{t('campaigns.cancel')}</button>}
      </td>
    </tr>
  );
}
