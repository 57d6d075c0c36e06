import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatBreakdownRow } from '../../../api/populationTypes.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { labelText } from '../../../ui/codeLabel.ts';
import type { CodeListName } from '../../../ui/codeLists.ts';
import { formatNumber } from '../../../ui/format.ts';

interface BreakdownChartProps {
  title: string;
  rows: StatBreakdownRow[];
  /** Show only the largest rows until "show all" (occupation has 89 codes). */
  limit?: number;
  /** The code list the rows count ('agama', 'pekerjaan' …): its labels are shown as everywhere else. */
  list: CodeListName;
}

/** A horizontal bar chart that is also the table of its numbers: category, total with bar, men, women. */
export function BreakdownChart({ title, rows, limit, list }: BreakdownChartProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [showAll, setShowAll] = useState(false);
  const language = currentLanguage();
  const nonEmpty = rows.filter((row) => row.total > 0);
  const visible = limit && !showAll ? nonEmpty.slice(0, limit) : nonEmpty;
  const max = Math.max(1, ...nonEmpty.map((row) => row.total));
  const sum = nonEmpty.reduce((total, row) => total + row.total, 0);

  return (
    <section className="panel chart-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      {nonEmpty.length === 0 ? (
        <p className="muted">{t('population.stats.noData')}</p>
      ) : (
        <table className="breakdown">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('population.stats.category')}</th>
              <th scope="col" className="num">
                {t('population.stats.total')}
              </th>
              <th scope="col" className="num">
                <abbr title={t('population.stats.male')}>{t('population.stats.maleShort')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={t('population.stats.female')}>{t('population.stats.femaleShort')}</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.code}>
                <th scope="row" className="breakdown-label">
                  <span>{labelText({ id: row.labelId, en: row.labelEn }, language, list)}</span>
                  <span className="bar-track" aria-hidden="true">
                    <span className="bar bar-total" style={{ width: `${(row.total / max) * 100}%` }} />
                  </span>
                </th>
                <td className="num">
                  {formatNumber(row.total)}
                  <span className="muted breakdown-share"> {Math.round((row.total / sum) * 100)}%</span>
                </td>
                <td className="num">{formatNumber(row.male)}</td>
                <td className="num">{formatNumber(row.female)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {limit !== undefined && nonEmpty.length > limit && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? t('population.stats.showFewer') : t('population.stats.showAll', { n: nonEmpty.length })}
        </button>
      )}
    </section>
  );
}
