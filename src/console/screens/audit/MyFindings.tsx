import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorBanner, FormErrors } from '../../app/ui';

const Mine = graphql(`
  query ConsoleMyFindings {
    viewer {
      id
      auditFindings(first: 20) {
        edges { node { id code severity comment response createdAt correctiveTask { dueAt } } }
      }
    }
  }
`);

const Respond = graphql(`
  mutation ConsoleAuditFindingRespond($id: ID!, $input: AuditFindingRespondInput!) {
    auditFindingRespond(id: $id, input: $input) { auditFinding { id response respondedAt } userErrors { code field message } }
  }
`);

/** Findings about the signed-in person that still wait for their answer (a signed-off check refuses answers, shown beside it). */
export function MyFindings() {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const [{ data }] = useQuery({ query: Mine });
  const waiting = (data?.viewer.auditFindings?.edges ?? []).filter(({ node }) => !node.response);
  if (waiting.length === 0) return null;
  return (
    <section className="box wide" aria-labelledby="my-findings" data-testid="my-findings">
      <h2 id="my-findings">{t('audits.myFindings')}</h2>
      {waiting.map(({ node }) => (
        <FindingAnswer key={node.id} id={node.id} text={`${formats.dateTime(node.createdAt)} · ${term('FINDING', node.code)} · ${term('SEVERITY', node.severity)}${node.comment ? ` · ${node.comment}` : ''}${node.correctiveTask ? ` · ${t('audits.correctiveDue')} ${formats.dateTime(node.correctiveTask.dueAt)}` : ''}`} />
      ))}
    </section>
  );
}

function FindingAnswer({ id, text }: { id: string; text: string }) {
  const { t } = useI18n();
  const [answered, respond] = useMutation(Respond);
  const [response, setResponse] = useState('');
  if (answered.data?.auditFindingRespond.auditFinding?.response) return <p className="muted">{text} · {answered.data.auditFindingRespond.auditFinding.response}</p>;
  return (
    <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void respond({ id, input: { response: response.trim() } }); }}>
      <span>{text}</span>
      <label>{t('audits.answer')} <input value={response} onChange={(e) => setResponse(e.target.value)} required /></label>
      <button type="submit" disabled={answered.fetching}>{t('audits.respond')}</button>
      <ErrorBanner error={answered.error} />
      <FormErrors errors={answered.data?.auditFindingRespond.userErrors} fields={[]} />
    </form>
  );
}
