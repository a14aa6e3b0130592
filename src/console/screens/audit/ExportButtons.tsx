import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ExportFormat, ExportKind } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, FormErrors } from '../../app/ui';

const CreateLink = graphql(`
  mutation ConsoleExportLinkCreate($input: ExportLinkCreateInput!) {
    exportLinkCreate(input: $input) {
      link { url expiresAt }
      userErrors { code field message }
    }
  }
`);

/** CSV and XLSX of what the screen shows: the API makes a short-lived link, the browser fetches it. */
export function ExportButtons({ kind, from, to, checkId }: { kind: ExportKind; from?: string; to?: string; checkId?: string }) {
  const { t } = useI18n();
  const [result, create] = useMutation(CreateLink);
  const download = async (format: ExportFormat) => {
    const answer = await create({ input: { kind, format, from, to, checkId } });
    const url = answer.data?.exportLinkCreate.link?.url;
    if (url) window.location.assign(url);
  };
  return (
    <span className="export-buttons">
      <ErrorBanner error={result.error} />
      <FormErrors errors={result.data?.exportLinkCreate.userErrors} />
      <button type="button" onClick={() => download('CSV')} disabled={result.fetching}>{t('export.csv')}</button>
      <button type="button" onClick={() => download('XLSX')} disabled={result.fetching}>{t('export.xlsx')}</button>
    </span>
  );
}
