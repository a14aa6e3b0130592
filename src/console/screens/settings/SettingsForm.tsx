import { useState } from 'react';
import type { CombinedError } from 'urql';
import type { MessageKey } from '../../app/messages.zh';
import { useI18n } from '../../app/i18n';
import { fenOf } from '../../app/format';
import { ErrorBanner, errorFor, Field, FormErrors, type UserErrorLike } from '../../app/ui';

/** How a setting is typed in: a whole number, yuan (kept in fen), a time of day, or yes/no. */
export type SettingKind = 'int' | 'money' | 'time' | 'bool';
export interface SettingField { key: string; kind: SettingKind; label: MessageKey }
type Values = Record<string, number | string | boolean>;

const toText = (kind: SettingKind, value: number | string | boolean) => (kind === 'money' ? String(Number(value) / 100) : String(value));

/** A box of settings saved together: each input with its userError beside it. */
export function SettingsForm({ title, fields, values, onSave, fetching, errors, error }: {
  title: string;
  fields: SettingField[];
  values: object;
  onSave(input: Values): Promise<unknown>;
  fetching: boolean;
  errors?: readonly UserErrorLike[] | null;
  error?: CombinedError;
}) {
  const { t } = useI18n();
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.key, toText(f.kind, (values as Record<string, number | string | boolean>)[f.key])])));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const input: Values = {};
    for (const f of fields) {
      const text = texts[f.key].trim();
      const value = f.kind === 'bool' ? text === 'true' : f.kind === 'money' ? fenOf(text) : f.kind === 'int' ? (/^-?\d+$/.test(text) ? Number(text) : null) : text;
      if (value === null) return setInvalid(f.key);
      input[f.key] = value;
    }
    setInvalid(null);
    setSaved(false);
    await onSave(input);
    setSaved(true);
  };
  return (
    <form className="box wide" onSubmit={submit} aria-label={title}>
      <h2>{title}</h2>
      <div className="entry-form">
        {fields.map((f) => (
          <Field key={f.key} label={t(f.label)} error={invalid === f.key ? t('error.badInput') : errorFor(errors, f.key)}>
            {(id, d) =>
              f.kind === 'bool' ? (
                <select id={id} aria-describedby={d} value={texts[f.key]} onChange={(e) => setTexts({ ...texts, [f.key]: e.target.value })}>
                  <option value="true">{t('common.yes')}</option>
                  <option value="false">{t('common.no')}</option>
                </select>
              ) : (
                <input id={id} aria-describedby={d} type={f.kind === 'time' ? 'time' : 'text'} inputMode={f.kind === 'time' ? undefined : 'decimal'} value={texts[f.key]} onChange={(e) => setTexts({ ...texts, [f.key]: e.target.value })} />
              )
            }
          </Field>
        ))}
        <button type="submit" className="primary" disabled={fetching}>{t('settings.save')}</button>
      </div>
      <ErrorBanner error={error} />
      <FormErrors errors={errors} fields={fields.map((f) => f.key)} />
      {saved && !fetching && !error && (errors ?? []).length === 0 && <p role="status" className="banner ok">{t('settings.saved')}</p>}
    </form>
  );
}
