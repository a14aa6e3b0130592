import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { BulkImportFormat, FileEncoding } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorBanner, FormErrors, Page, Pager, usePaging } from '../../app/ui';
import { ImportProgress } from './ImportProgress';

const Imports = graphql(`
  query ConsoleBulkImports($after: String) {
    bulkImports(first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id format status createdAt rowsRead created updated unchanged failed } }
    }
  }
`);

const Start = graphql(`
  mutation ConsoleBulkImportStart($input: BulkImportStartInput!) {
    bulkImportStart(input: $input) {
      bulkImport { id status }
      userErrors { code field message }
    }
  }
`);

const FORMATS: BulkImportFormat[] = ['TAOBAO_ORDER_CSV', 'JSONL', 'CHAT_RECORD_CSV'];

/** An admin's imports: upload a platform's file, start it, watch it live, read the refused rows. */
export function ImportsScreen() {
  const { t, term } = useI18n();
  const { token, formats } = useSession();
  const paging = usePaging();
  const [{ data, error }, reload] = useQuery({ query: Imports, variables: { after: paging.after } });
  const [started, start] = useMutation(Start);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<BulkImportFormat>('TAOBAO_ORDER_CSV');
  const [encoding, setEncoding] = useState<FileEncoding>('AUTO');
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [watching, setWatching] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setUploadError(null);
    setUploading(true);
    try {
      const response = await fetch(`/uploads?name=${encodeURIComponent(file.name)}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: file });
      const body = (await response.json()) as { uploadId?: string; errors?: { message: string }[] };
      if (!body.uploadId) return setUploadError(body.errors?.[0]?.message ?? t('error.network'));
      const answer = await start({ input: { uploadId: body.uploadId, format, encoding } });
      const id = answer.data?.bulkImportStart.bulkImport?.id;
      if (id) {
        setWatching(id);
        reload({ requestPolicy: 'network-only' });
      }
    } catch {
      setUploadError(t('error.network'));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Page title={t('imports.title')}>
      <form className="entry-form" onSubmit={submit} aria-label={t('imports.start')}>
        <label>
          {t('imports.file')} <input type="file" accept=".csv,.jsonl,.txt" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
        </label>
        <label>
          {t('imports.format')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as BulkImportFormat)}>
            {FORMATS.map((f) => <option key={f} value={f}>{term('IMPORT_FORMAT', f)}</option>)}
          </select>
        </label>
        <label>
          {t('imports.encoding')}{' '}
          <select value={encoding} onChange={(e) => setEncoding(e.target.value as FileEncoding)}>
            <option value="AUTO">{t('imports.auto')}</option>
            <option value="UTF8">UTF-8</option>
            <option value="GB18030">GB18030</option>
          </select>
        </label>
        <button type="submit" className="primary" disabled={!file || uploading || started.fetching}>{t('imports.start')}</button>
      </form>
      {uploadError && <p role="alert" className="banner error">{uploadError}</p>}
      <ErrorBanner error={error ?? started.error} />
      <FormErrors errors={started.data?.bulkImportStart.userErrors} />
      {watching && <ImportProgress id={watching} onFinished={() => reload({ requestPolicy: 'network-only' })} />}
      <h2>{t('imports.history')}</h2>
      <table data-testid="imports">
        <thead><tr><th>{t('field.createdAt')}</th><th>{t('imports.format')}</th><th>{t('imports.status')}</th><th>{t('imports.rows')}</th><th>{t('imports.created')}</th><th>{t('imports.updated')}</th><th>{t('imports.failed')}</th><th /></tr></thead>
        <tbody>
          {data?.bulkImports.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{formats.dateTime(node.createdAt)}</td>
              <td>{term('IMPORT_FORMAT', node.format)}</td>
              <td>{term('IMPORT_STATUS', node.status)}</td>
              <td>{node.rowsRead}</td><td>{node.created}</td><td>{node.updated}</td><td>{node.failed}</td>
              <td><button type="button" onClick={() => setWatching(node.id)}>{t('imports.open')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager paging={paging} pageInfo={data?.bulkImports.pageInfo} />
    </Page>
  );
}
