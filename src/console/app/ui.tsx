import { useId, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorCode } from './client';
import { useI18n } from './i18n';
import type { MessageKey } from './messages.zh';

export interface UserErrorLike {
  code: string;
  field?: readonly string[] | null;
  message: string;
}

export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-head">
        <h1 id="page-title">{title}</h1>
        {actions && <div className="actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

/** An operation that failed as a whole (refused, throttled, the network): said in words. */
export function ErrorBanner({ error }: { error?: CombinedError }) {
  const { t } = useI18n();
  const code = errorCode(error);
  if (!error) return null;
  const known: Record<string, MessageKey> = {
    FORBIDDEN: 'error.forbidden',
    UNAUTHENTICATED: 'error.unauthenticated',
    THROTTLED: 'error.throttled',
    NETWORK: 'error.network',
    BAD_USER_INPUT: 'error.badInput',
  };
  const text = code && known[code] ? t(known[code]) : (error.graphQLErrors[0]?.message ?? t('error.network'));
  return (
    <p role="alert" className="banner error">
      {text}
    </p>
  );
}

/** userErrors not tied to a field the form shows, and the stale-version explanation. */
export function FormErrors({ errors, fields = [], onReload }: { errors?: readonly UserErrorLike[] | null; fields?: string[]; onReload?: () => void }) {
  const { t } = useI18n();
  const rest = (errors ?? []).filter((e) => !fields.includes(fieldName(e)));
  if (rest.length === 0) return null;
  return (
    <div role="alert" className="banner error">
      {rest.map((e, i) =>
        e.code === 'STALE_VERSION' ? (
          <p key={i}>
            {t('error.stale')} {onReload && <button type="button" onClick={onReload}>{t('action.reload')}</button>}
          </p>
        ) : (
          <p key={i}>{e.message}</p>
        ),
      )}
    </div>
  );
}

/** The input field a userError names: its path after `input` (`["input", "platformHandle"]` → `platformHandle`). */
export function fieldName(error: UserErrorLike): string {
  const path = (error.field ?? []).filter((part) => part !== 'input' && part !== 'customer');
  return path[path.length - 1] ?? '';
}

export function errorFor(errors: readonly UserErrorLike[] | null | undefined, field: string): string | undefined {
  return (errors ?? []).find((e) => fieldName(e) === field)?.message;
}

/** A labelled input with its userError beside it. */
export function Field({ label, error, children, hint }: { label: string; error?: string; hint?: string; children: (id: string, described?: string) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, error ? errorId : undefined)}
      {hint && !error && <small className="hint">{hint}</small>}
      {error && (
        <small id={errorId} className="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** Relay cursor paging: forward with endCursor, back through the cursors already seen. */
export function usePaging() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  return {
    after,
    page: cursors.length,
    next: (pageInfo: PageInfoLike) => pageInfo.endCursor && setCursors([...cursors, pageInfo.endCursor]),
    previous: () => cursors.length > 1 && setCursors(cursors.slice(0, -1)),
    reset: () => setCursors([null]),
  };
}

export function Pager({ paging, pageInfo, total }: { paging: ReturnType<typeof usePaging>; pageInfo?: PageInfoLike; total?: number }) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" disabled={paging.page === 1} onClick={paging.previous}>
        {t('pager.previous')}
      </button>
      <span>{t('pager.page', { page: paging.page })}{total !== undefined ? ` · ${t('pager.total', { total })}` : ''}</span>
      <button type="button" disabled={!pageInfo?.hasNextPage} onClick={() => pageInfo && paging.next(pageInfo)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <p className="muted" aria-live="polite">{t('common.loading')}</p>;
}

export function Empty({ text }: { text?: string }) {
  const { t } = useI18n();
  return <p className="muted">{text ?? t('common.empty')}</p>;
}
