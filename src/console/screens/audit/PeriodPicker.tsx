import { daysIn } from '../../app/period';
import { useSession } from '../../app/session';
import { useI18n } from '../../app/i18n';

export function PeriodPicker({ from, to, onChange }: { from: string; to: string; onChange(period: { from: string; to: string }): void }) {
  const { t } = useI18n();
  const dayInput = daysIn(useSession().viewer.shop.timezone);
  return (
    <div className="toolbar" role="group" aria-label={t('period.label')}>
      <label>
        {t('period.from')} <input type="date" value={dayInput.of(from)} onChange={(e) => e.target.value && onChange({ from: dayInput.from(e.target.value), to })} />
      </label>
      <label>
        {t('period.to')} <input type="date" value={dayInput.ofEnd(to)} onChange={(e) => e.target.value && onChange({ from, to: dayInput.end(e.target.value) })} />
      </label>
    </div>
  );
}
