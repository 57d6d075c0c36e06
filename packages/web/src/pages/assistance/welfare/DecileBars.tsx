import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';
import '../../../i18n/lazy/welfare.ts';

/** Households per decile as ten small bars (desil 1 first), with the numbers written for screen readers. */
export function DecileBars({ counts, label }: { counts: readonly number[]; label: string }) {
  const { t } = useTranslation();
  const highest = Math.max(1, ...counts);
  return (
    <figure className="decile-bars" aria-label={label}>
      <ol>
        {counts.map((count, index) => (
          <li key={index} title={`${t('welfare.runs.decile', { n: index + 1 })}: ${formatNumber(count)}`}>
            <span className="decile-bar" style={{ height: `${Math.round((count / highest) * 100)}%` }} />
            <span className="decile-number">{index + 1}</span>
            <span className="visually-hidden">{`: ${formatNumber(count)}`}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
