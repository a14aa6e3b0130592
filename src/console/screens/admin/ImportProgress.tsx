import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';

const Progress = graphql(`
  subscription ConsoleBulkImportProgress($id: ID) {
    bulkImportProgress(id: $id) { id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt }
  }
`);

const Import = graphql(`
  query ConsoleBulkImport($id: ID!) {
    bulkImport(id: $id) {
      id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt
      errors(first: 20) { totalCount edges { node { line column code message } } }
    }
  }
`);

/** One import, live: the bar moves with the queue's progress events; the refused rows when it ends. */
export function ImportProgress({ id, onFinished }: { id: string; onFinished(): void }) {
  const { t, term } = useI18n();
  const { token } = useSession();
  const [{ data }, reload] = useQuery({ query: Import, variables: { id } });
  const [live] = useSubscription({ query: Progress, variables: { id } });
  const current = live.data?.bulkImportProgress ?? data?.bulkImport;
  const finished = current && !['QUEUED', 'RUNNING'].includes(current.status);
  useEffect(() => {
    if (finished) {
      reload({ requestPolicy: 'network-only' });
      onFinished();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished]);
  if (!current) return null;
  const share = current.totalBytes > 0 ? current.bytesRead / current.totalBytes : 0;
  const errors = data?.bulkImport?.errors;
  const downloadErrors = async () => {
    const response = await fetch(`/bulk-imports/${id}/errors.csv`, { headers: { authorization: `Bearer ${token}` } });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `bulk-import-errors.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <section className="box" aria-labelledby="import-progress" data-testid="import-progress">
      <h2 id="import-progress">{t('imports.progress')} · <span data-testid="import-status">{term('IMPORT_STATUS', current.status)}</span></h2>
      <progress max={1} value={finished ? 1 : share} aria-label={t('imports.progress')} />
      <p>
        {t('imports.counts', { rows: current.rowsRead, created: current.created, updated: current.updated, unchanged: current.unchanged, failed: current.failed })}
        {current.rowsPerSecond ? ` · ${Math.round(current.rowsPerSecond)} ${t('imports.perSecond')}` : ''}
      </p>
      {current.failure && <p role="alert" className="banner error">{current.failure}</p>}
      {errors && errors.totalCount > 0 && (
        <>
          <h3>{t('imports.errors', { count: errors.totalCount })}</h3>
          <table data-testid="import-errors">
            <thead><tr><th>{t('imports.line')}</th><th>{t('imports.column')}</th><th>{t('imports.problem')}</th></tr></thead>
            <tbody>
              {errors.edges.map(({ node }, i) => (
                <tr key={i}><td>{node.line}</td><td>{node.column ?? '—'}</td><td>{node.message}</td></tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={downloadErrors}>{t('imports.errorsCsv')}</button>
        </>
      )}
    </section>
  );
}
