import { useTranslation } from 'react-i18next';
import type { TargetingCounts, TargetingItem } from '../../../api/targeting.ts';
import { formatNumber } from '../../../ui/format.ts';
import { conditionLabel } from './labels.ts';
import '../../../i18n/lazy/assistance.ts';
import '../../../i18n/lazy/targeting.ts';

const COLUMNS = ['units', 'eligible', 'enrolled', 'excluded', 'included', 'incomplete'] as const;

/**
 * Each child area's figures and the total; an area's name narrows the page to it. An area some of whose
 * villages are being recounted says so beside its name.
 */
export function CountsTable({ counts, onArea }: { counts: TargetingCounts; onArea: (code: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table targeting-counts" data-testid="targeting-counts">
        <thead>
          <tr>
            <th scope="col">{t('targeting.area')}</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="numeric">
                {t(`targeting.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counts.areas.map((area) => (
            <tr key={area.code}>
              <th scope="row">
                {area.code === counts.area ? (
                  area.name
                ) : (
                  <button type="button" className="button-link" onClick={() => onArea(area.code)}>
                    {area.name}
                  </button>
                )}
                {!area.current && (
                  <span className="targeting-chip targeting-stale" data-testid="area-stale">
                    {t('assistance.freshness.area')}
                  </span>
                )}
              </th>
              {COLUMNS.map((c) => (
                <td key={c} className="numeric">
                  {formatNumber(area[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('targeting.total')}</th>
            {COLUMNS.map((c) => (
              <td key={c} className="numeric">
                {formatNumber(counts.totals[c])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** A list's rows: who, where, the decile and each condition's answer, what the verdict waits for. */
export function UnitList({
  items,
  onEnrol,
}: {
  items: TargetingItem[];
  /** Offered on the excluded list to whoever may enrol or propose in the program. */
  onEnrol?: (item: TargetingItem) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="notice notice-info">{t('targeting.listEmpty')}</p>;
  const answer = (holds: boolean | null) =>
    holds === null ? t('targeting.unknown') : holds ? t('targeting.holds') : t('targeting.fails');
  return (
    <ul className="targeting-units">
      {items.map((item) => (
        <li key={item.unitId} className="targeting-unit" data-testid="targeting-unit">
          <div className="targeting-unit-head">
            <strong>{item.name ?? item.label ?? '—'}</strong>
            <span className="muted">{item.identifierMasked ?? item.label}</span>
            <span className="targeting-chip">
              {t('targeting.decile')} {item.decile ?? t('targeting.unranked')}
            </span>
          </div>
          <div className="muted">
            {[
              item.address,
              item.rt && `RT ${item.rt}`,
              item.rw && `RW ${item.rw}`,
              item.dusun,
              item.villageName,
            ]
              .filter(Boolean)
              .join(', ')}
          </div>
          <ul className="targeting-reasons">
            {item.conditions.map((c, i) => (
              <li
                key={i}
                className={`reason reason-${c.holds === null ? 'unknown' : c.holds ? 'yes' : 'no'}`}
              >
                {conditionLabel(c.id)}: {answer(c.holds)}
              </li>
            ))}
          </ul>
          {item.missing.length > 0 && (
            <p className="notice notice-warning">
              {t('targeting.missing', {
                what: item.missing
                  .map((m) => (m === 'decile' ? t('targeting.missingDecile') : conditionLabel(m as never)))
                  .join(', '),
              })}
            </p>
          )}
          {onEnrol && (
            <button
              type="button"
              className="button button-secondary button-small"
              data-testid="targeting-enrol"
              onClick={() => onEnrol(item)}
            >
              {t('targeting.enrolThis')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
