import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ContactChannel, FollowUpOutcome } from '../../gql/graphql';
import { CHANNELS, OUTCOMES } from '../../app/enums';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, errorFor, Field, FormErrors } from '../../app/ui';

const Complete = graphql(`
  mutation ConsoleFollowUpTaskComplete($id: ID!, $input: FollowUpTaskCompleteInput!) {
    followUpTaskComplete(id: $id, input: $input) {
      task { id status outcome completedAt onTime }
      nextTask { id dueAt kind }
      userErrors { code field message }
    }
  }
`);

/** Completing one follow-up: how the customer was reached and what came of it. */
export function CompleteFollowUp({ taskId, onDone }: { taskId: string; onDone(): void }) {
  const { t, term } = useI18n();
  const [outcome, setOutcome] = useState<FollowUpOutcome>('ORDERED');
  const [channel, setChannel] = useState<ContactChannel>('WANGWANG');
  const [note, setNote] = useState('');
  const [result, complete] = useMutation(Complete);
  const errors = result.data?.followUpTaskComplete.userErrors;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answer = await complete({ id: taskId, input: { outcome, channel, note: note.trim() || null } });
    if (answer.data?.followUpTaskComplete.task) onDone();
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('queue.complete')}>
      <ErrorBanner error={result.error} />
      <Field label={t('field.outcome')}>
        {(id) => (
          <select id={id} value={outcome} onChange={(e) => setOutcome(e.target.value as FollowUpOutcome)}>
            {OUTCOMES.map((o) => <option key={o} value={o}>{term('OUTCOME', o)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('field.channel')}>
        {(id) => (
          <select id={id} value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)}>
            {CHANNELS.map((c) => <option key={c} value={c}>{term('CHANNEL', c)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('field.note')} error={errorFor(errors, 'note')}>
        {(id, described) => <input id={id} value={note} aria-describedby={described} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <FormErrors errors={errors} fields={['note']} onReload={onDone} />
      <button type="submit" className="primary" disabled={result.fetching}>{t('queue.complete')}</button>
    </form>
  );
}
