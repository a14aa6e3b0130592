import { useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Platform, ProspectNote } from '../../gql/graphql';
import { PLATFORMS, PROSPECT_NOTES } from '../../app/enums';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, errorFor, Field, FormErrors, Page } from '../../app/ui';
import { useDuplicateWarning } from './useDuplicateWarning';

const MySheet = graphql(`
  query ConsoleMySheet($authorId: ID!) {
    registrationSheets(filter: { authorId: $authorId, status: DRAFT }, first: 1) {
      edges {
        node {
          id status periodStart periodEnd entryCount
          entries(first: 100) {
            edges { node { id kind productWanted prospectNotes customer { id platform platformHandle displayName } } }
          }
        }
      }
    }
  }
`);

const AddEntry = graphql(`
  mutation ConsoleRegistrationEntryAdd($input: RegistrationEntryAddInput!) {
    registrationEntryAdd(input: $input) {
      entry { id }
      sheet { id entryCount }
      userErrors { code field message existingId }
    }
  }
`);

const Submit = graphql(`
  mutation ConsoleRegistrationSheetSubmit($id: ID!) {
    registrationSheetSubmit(id: $id) {
      sheet { id status submittedAt late }
      userErrors { code field message }
    }
  }
`);

/** Customer service: this week's registration sheet, entered from the keyboard, then submitted. */
export function RegistrationScreen() {
  const { t, term } = useI18n();
  const { viewer, formats } = useSession();
  const [{ data, error }, reload] = useQuery({ query: MySheet, variables: { authorId: viewer.id } });
  const [added, add] = useMutation(AddEntry);
  const [submitted, submit] = useMutation(Submit);
  const [platform, setPlatform] = useState<Platform>('TAOBAO');
  const [handle, setHandle] = useState('');
  const [product, setProduct] = useState('');
  const [notes, setNotes] = useState<ProspectNote[]>([]);
  const handleInput = useRef<HTMLInputElement>(null);
  const sheet = data?.registrationSheets.edges[0]?.node;
  const matches = useDuplicateWarning(platform, handle, sheet?.entryCount ?? 0);
  const errors = added.data?.registrationEntryAdd.userErrors;

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const answer = await add({
      input: { kind: 'INQUIRY', customer: { platform, platformHandle: handle.trim() }, productWanted: product.trim() || null, prospectNotes: notes },
    });
    if (answer.data?.registrationEntryAdd.entry) {
      setHandle('');
      setProduct('');
      setNotes([]);
      reload({ requestPolicy: 'network-only' });
      handleInput.current?.focus();
    }
  };
  const toggle = (note: ProspectNote) => setNotes(notes.includes(note) ? notes.filter((n) => n !== note) : [...notes, note]);

  return (
    <Page
      title={t('registration.title')}
      actions={
        sheet && (
          <button type="button" className="primary" disabled={submitted.fetching || sheet.entryCount === 0} onClick={async () => { await submit({ id: sheet.id }); reload({ requestPolicy: 'network-only' }); }}>
            {t('registration.submit', { count: sheet.entryCount })}
          </button>
        )
      }
    >
      <ErrorBanner error={error ?? added.error ?? submitted.error} />
      <FormErrors errors={submitted.data?.registrationSheetSubmit.userErrors} />
      {submitted.data?.registrationSheetSubmit.sheet?.submittedAt && (
        <p role="status" className="banner ok">{t('registration.submitted', { at: formats.dateTime(submitted.data.registrationSheetSubmit.sheet.submittedAt) })}</p>
      )}
      <form className="entry-form" onSubmit={save} aria-label={t('registration.add')}>
        <Field label={t('field.platform')}>
          {(id) => (
            <select id={id} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
              {PLATFORMS.map((p) => <option key={p} value={p}>{term('PLATFORM', p)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('field.handle')} error={errorFor(errors, 'platformHandle')}>
          {(id, described) => <input id={id} ref={handleInput} autoFocus value={handle} aria-describedby={described} onChange={(e) => setHandle(e.target.value)} required />}
        </Field>
        <Field label={t('field.productWanted')} error={errorFor(errors, 'productWanted')}>
          {(id, described) => <input id={id} value={product} aria-describedby={described} onChange={(e) => setProduct(e.target.value)} />}
        </Field>
        <fieldset className="notes">
          <legend>{t('field.prospectNotes')}</legend>
          {PROSPECT_NOTES.map((note) => (
            <label key={note}>
              <input type="checkbox" checked={notes.includes(note)} onChange={() => toggle(note)} /> {term('PROSPECT', note)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={added.fetching}>{t('registration.add')}</button>
      </form>
      {matches.length > 0 && (
        <div role="status" className="banner warn" data-testid="duplicate-warning">
          {t('registration.duplicate')}{' '}
          {matches.map((m) => `${m.customer.platformHandle} (${term('STAGE', m.customer.stage)}${m.customer.owner ? ` · ${m.customer.owner.name}` : ''})`).join(', ')}
        </div>
      )}
      <FormErrors errors={errors} fields={['platformHandle', 'productWanted']} />
      {sheet ? (
        <>
          <h2>{t('registration.sheet', { from: formats.date(sheet.periodStart), to: formats.date(sheet.periodEnd) })}</h2>
          <table>
            <thead><tr><th>{t('field.platform')}</th><th>{t('field.handle')}</th><th>{t('field.productWanted')}</th><th>{t('field.prospectNotes')}</th></tr></thead>
            <tbody>
              {sheet.entries.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{term('PLATFORM', node.customer?.platform)}</td>
                  <td>{node.customer?.platformHandle ?? '—'}</td>
                  <td>{node.productWanted ?? '—'}</td>
                  <td>{node.prospectNotes.map((n) => term('PROSPECT', n)).join('、') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        data && <Empty text={t('registration.noSheet')} />
      )}
    </Page>
  );
}
