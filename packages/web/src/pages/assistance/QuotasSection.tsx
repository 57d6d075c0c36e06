import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setProgramQuotas, type Program } from '../../api/assistance.ts';
import { formatNumber } from '../../ui/format.ts';
import '../../i18n/lazy/assistance.ts';

interface Row {
  areaCode: string;
  quota: string;
}

/** A regency-run program's quotas per district or village: read by everyone, set by whoever decides it. */
export function QuotasSection({ program }: { program: Program }) {
  const { t } = useTranslation();
  const id = useId();
  const initial = program.quotas.map((q) => ({ areaCode: q.areaCode, quota: String(q.quota) }));
  const [rows, setRows] = useState<Row[]>(initial);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = program.canManage && program.level !== 'village';

  const update = (index: number, key: keyof Row, value: string) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const save = () => {
    setBusy(true);
    setMessage(null);
    const quotas = rows
      .filter((row) => row.areaCode.trim() !== '')
      .map((row) => ({ areaCode: row.areaCode.trim(), quota: Number(row.quota || 0) }));
    setProgramQuotas(program.id, { quotas }).then(
      () => {
        setBusy(false);
        // The saved rows are what the section shows; reloading the page would lose the notice.
        setMessage({ kind: 'success', text: t('assistance.quotas.saved') });
      },
      (e: unknown) => {
        setBusy(false);
        setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
      },
    );
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="program-quotas">
      <h2 id={`${id}-title`}>{t('assistance.quotas.title')}</h2>
      {program.level === 'village' ? (
        <p className="muted">{t('assistance.quotas.villageProgram')}</p>
      ) : !editable ? (
        program.quotas.length === 0 ? (
          <p className="muted">{t('assistance.quotas.none')}</p>
        ) : (
          <dl className="fact-list">
            {program.quotas.map((q) => (
              <div key={q.areaCode} className="fact">
                <dt className="mono">{q.areaCode}</dt>
                <dd>{formatNumber(q.quota)}</dd>
              </div>
            ))}
          </dl>
        )
      ) : (
        <>
          {rows.length === 0 && <p className="muted">{t('assistance.quotas.none')}</p>}
          <ul className="quota-rows">
            {rows.map((row, index) => (
              <li key={index} className="quota-row">
                <div className="field">
                  <label htmlFor={`${id}-area-${index}`}>{t('assistance.quotas.area')}</label>
                  <input
                    id={`${id}-area-${index}`}
                    className="mono"
                    value={row.areaCode}
                    placeholder="35.10.01"
                    maxLength={13}
                    onChange={(e) => update(index, 'areaCode', e.target.value)}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-quota-${index}`}>{t('assistance.quotas.quota')}</label>
                  <input
                    id={`${id}-quota-${index}`}
                    inputMode="numeric"
                    value={row.quota}
                    onChange={(e) => update(index, 'quota', e.target.value.replace(/[^0-9]/g, ''))}
                  />
                </div>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                >
                  {t('assistance.quotas.remove')}
                </button>
              </li>
            ))}
          </ul>
          <div className="action-buttons">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setRows((current) => [...current, { areaCode: '', quota: '' }])}
            >
              {t('assistance.quotas.add')}
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={save}>
              {t('assistance.quotas.save')}
            </button>
          </div>
          {message && (
            <p
              className={`notice notice-${message.kind}`}
              role={message.kind === 'error' ? 'alert' : 'status'}
            >
              {message.text}
            </p>
          )}
        </>
      )}
    </section>
  );
}
