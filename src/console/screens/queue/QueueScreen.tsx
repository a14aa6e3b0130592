import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { MyFindings } from '../audit/MyFindings';
import { graphql } from '../../gql';
import type { ConsoleFollowUpQueueQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, Page, Pager, usePaging } from '../../app/ui';
import { CompleteFollowUp } from './CompleteFollowUp';

const Tasks = graphql(`
  query ConsoleFollowUpQueue($filter: FollowUpTaskFilter, $after: String) {
    followUpTasks(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id kind cycle dueAt overdue status
          assignee { id name }
          customer { id platform platformHandle displayName stage }
        }
      }
    }
  }
`);

const Assigned = graphql(`
  subscription ConsoleFollowUpTaskAssigned {
    followUpTaskAssigned { id }
  }
`);

type Task = ConsoleFollowUpQueueQuery['followUpTasks']['edges'][number]['node'];

function whenOf(task: Task, endOfToday: number): 'overdue' | 'today' | 'upcoming' {
  if (task.overdue) return 'overdue';
  return Date.parse(task.dueAt) < endOfToday ? 'today' : 'upcoming';
}

/** End of today in the shop's zone, as an instant: the zone's offset read from Intl. */
function endOfShopDay(timeZone: string): number {
  const now = new Date();
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(now).map((p) => [p.type, p.value]));
  const shopClock = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const offset = shopClock - Math.floor(now.getTime() / 1000) * 1000;
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day + 1) - offset;
}

/**
 * A rep's queue (their open follow-ups) or a lead's team queue: overdue, due today, upcoming,
 * updated live when the review department hands a customer over.
 */
export function QueueScreen({ team = false }: { team?: boolean }) {
  const { t, term } = useI18n();
  const { viewer, formats } = useSession();
  const paging = usePaging();
  const filter = team ? { status: 'OPEN' as const, teamId: viewer.team?.id } : { status: 'OPEN' as const, assigneeId: viewer.id };
  const [{ data, error }, reload] = useQuery({ query: Tasks, variables: { filter, after: paging.after } });
  const [live] = useSubscription({ query: Assigned }, (count: number = 0) => {
    reload({ requestPolicy: 'network-only' });
    return count + 1;
  });
  const [completing, setCompleting] = useState<string | null>(null);
  const endOfToday = endOfShopDay(viewer.shop.timezone);
  const tasks = data?.followUpTasks.edges.map((e) => e.node) ?? [];
  const groups = (['overdue', 'today', 'upcoming'] as const).map((when) => ({ when, tasks: tasks.filter((task) => whenOf(task, endOfToday) === when) }));

  return (
    <Page title={team ? t('queue.teamTitle') : t('queue.title')} actions={<span className="muted" aria-live="polite">{live.data ? t('queue.liveUpdated', { count: live.data }) : t('queue.live')}</span>}>
      {!team && <MyFindings />}
      <ErrorBanner error={error} />
      {data && tasks.length === 0 && <Empty text={t('queue.empty')} />}
      {groups.map(({ when, tasks: group }) =>
        group.length === 0 ? null : (
          <section key={when} aria-labelledby={`queue-${when}`} data-testid={`queue-${when}`}>
            <h2 id={`queue-${when}`} className={when === 'overdue' ? 'danger' : undefined}>{t(`queue.${when}`)} ({group.length})</h2>
            <ul className="cards">
              {group.map((task) => (
                <li key={task.id} className="card" data-testid="follow-up">
                  <div className="card-head">
                    <Link to={`/customers/${task.customer?.id}`}>{task.customer?.platformHandle ?? '—'}</Link>
                    <span className="muted">{term('PLATFORM', task.customer?.platform)} · {term('KIND', task.kind)} · {t('queue.cycle', { cycle: task.cycle })}</span>
                    <span>{t('queue.due', { at: formats.dateTime(task.dueAt) })}</span>
                    {team && <span>{task.assignee.name}</span>}
                    {completing !== task.id && (
                      <button type="button" onClick={() => setCompleting(task.id)}>{t('queue.complete')}</button>
                    )}
                  </div>
                  {completing === task.id && (
                    <CompleteFollowUp taskId={task.id} onDone={() => { setCompleting(null); reload({ requestPolicy: 'network-only' }); }} />
                  )}
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
      <Pager paging={paging} pageInfo={data?.followUpTasks.pageInfo} total={data?.followUpTasks.totalCount} />
    </Page>
  );
}
