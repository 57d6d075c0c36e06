import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { addProgramCycles, fetchProgram, fetchRecipients, type Program } from '../../api/assistance.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { levelOfCode } from '../../regions/regionCodes.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { useRegionTitle } from '../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { formatDate, formatShortAddress } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { EnrolDialog } from './EnrolDialog.tsx';
import { ProgramEditDialog } from './ProgramEditDialog.tsx';
import { QuotasSection } from './QuotasSection.tsx';
import {
  benefitLabel,
  cycleLabel,
  exitLabel,
  fundLabel,
  levelLabel,
  rupiah,
  statusLabel,
  unitLabel,
} from './labels.ts';
import './assistance.css';
import '../../i18n/lazy/assistance.ts';

const LIMIT = 25;
const STATUS_FILTERS = ['open', 'proposed', 'verified', 'active', 'suspended', 'exited'] as const;

export function ProgramRoute() {
  const { id = '' } = useParams();
  return <ProgramPage key={id} id={id} />;
}

function ProgramFacts({ program }: { program: Program }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const period =
    program.periodStart || program.periodEnd
      ? `${formatDate(program.periodStart, language) || '…'} – ${formatDate(program.periodEnd, language) || t('assistance.program.open')}`
      : t('assistance.program.open');
  const facts: [string, string][] = [
    [t('assistance.programs.level'), levelLabel(program.level)],
    [t('assistance.program.fundSource'), fundLabel(program.fundSource)],
    [t('assistance.programs.target'), unitLabel(program.targetUnit)],
    [
      t('assistance.programs.benefit'),
      `${benefitLabel(program.benefitKind)}${program.benefitAmount !== null ? ` · ${t('assistance.program.amountPerCycle', { amount: rupiah(program.benefitAmount) })}` : ''}`,
    ],
    [t('assistance.program.cycle'), cycleLabel(program.cycle)],
    [t('assistance.program.period'), period],
  ];
  return (
    <dl className="fact-list">
      {facts.map(([term, value]) => (
        <div key={term} className="fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {program.benefitNote && <p className="field-hint">{program.benefitNote}</p>}
    </dl>
  );
}

/** A program: its facts, cycles and recipients in the selected area (masked), and enrolling from a village. */
function ProgramPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const search = useRegionSearch();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'open';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const program = useAsyncData(id, () => fetchProgram(id));
  const query = new URLSearchParams({ region: code, status, limit: String(LIMIT), offset: String(offset) });
  const recipients = useAsyncData(`${id}?${query.toString()}`, () => fetchRecipients(id, query));
  const [enrolling, setEnrolling] = useState(false);
  const [editing, setEditing] = useState(false);
  const isVillage = levelOfCode(code) === 'village';
  const setParam = (name: string, value: string) =>
    setParams((current) => {
      current.set(name, value);
      if (name !== 'offset') current.delete('offset');
      return current;
    });

  if (program.status === 'error')
    return (
      <div className="page">
        <LoadError
          title={t('assistance.program.loadFailed')}
          error={program.error}
          onRetry={program.reload}
        />
      </div>
    );
  if (program.status === 'loading') return <p className="muted page">{t('app.loading')}</p>;
  const p = program.data;
  const year = new Date().getFullYear();
  const mayEnrol = p.active && (p.canEnrol || p.canPropose);

  return (
    <div className="page assistance-page" data-testid="program-page">
      <BackLink to="/bantuan-sosial" label={t('assistance.program.back')} />
      <section className="panel" aria-labelledby="program-title">
        <div className="assistance-section-header">
          <h1 id="program-title" className="page-title">
            {p.name} <span className="program-code mono">{p.code}</span>
          </h1>
          {p.canManage && (
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {t('assistance.edit.open')}
            </button>
          )}
        </div>
        <ProgramFacts program={p} />
      </section>
      <QuotasSection key={p.id} program={p} />
      <section className="panel" aria-labelledby="cycles-title">
        <h2 id="cycles-title">{t('assistance.program.cycles')}</h2>
        {p.cycles.length === 0 ? (
          <p className="muted">{t('assistance.program.noCycles')}</p>
        ) : (
          <ul className="cycle-chips">
            {p.cycles.map((cycle) => (
              <li key={cycle.label} className="cycle-chip mono">
                {cycle.label}
              </li>
            ))}
          </ul>
        )}
        {p.canManage && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void addProgramCycles(p.id, year).then(program.reload)}
          >
            {t('assistance.program.addCycles', { year })}
          </button>
        )}
      </section>
      <section
        className="panel"
        aria-labelledby="recipients-title"
        aria-busy={recipients.status === 'loading'}
      >
        <div className="assistance-section-header">
          <h2 id="recipients-title">{t('assistance.program.recipients', { region: regionTitle })}</h2>
          {mayEnrol &&
            (isVillage ? (
              <button type="button" className="button button-primary" onClick={() => setEnrolling(true)}>
                {p.canEnrol ? t('assistance.program.enrol') : t('assistance.program.propose')}
              </button>
            ) : (
              <p className="field-hint">{t('assistance.program.chooseVillage')}</p>
            ))}
        </div>
        <div className="field">
          <label htmlFor="recipient-status">{t('assistance.program.statusFilter')}</label>
          <select id="recipient-status" value={status} onChange={(e) => setParam('status', e.target.value)}>
            {STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {value === 'open' ? t('assistance.program.openStatuses') : statusLabel(value)}
              </option>
            ))}
          </select>
        </div>
        {recipients.status === 'error' ? (
          <LoadError
            title={t('assistance.program.loadFailed')}
            error={recipients.error}
            onRetry={recipients.reload}
          />
        ) : recipients.status === 'loading' ? (
          <p className="muted">{t('app.loading')}</p>
        ) : recipients.data.items.length === 0 ? (
          <p className="notice notice-info">{t('assistance.program.noRecipients')}</p>
        ) : (
          <>
            <ul className="recipient-list">
              {recipients.data.items.map((item) => (
                <li key={item.id} className="recipient-item" data-testid="recipient-row">
                  <div className="program-item-main">
                    <Link
                      to={{ pathname: `/bantuan-sosial/${item.villageCode}/kepesertaan/${item.id}`, search }}
                    >
                      {item.name ?? '—'}
                    </Link>
                    <span className={`status-badge status-${item.status}`}>
                      {statusLabel(item.status)}
                      {item.exitReason && ` · ${exitLabel(item.exitReason)}`}
                    </span>
                  </div>
                  <div className="program-item-meta">
                    <span className="mono">{item.identifierMasked}</span> ·{' '}
                    {formatShortAddress(item.dusun, item.rw, item.rt)}
                    {item.cardNumber && ` · ${t('assistance.program.card')} ${item.cardNumber}`} ·{' '}
                    {t('assistance.program.since')} {formatDate(item.since.slice(0, 10), language)}
                  </div>
                </li>
              ))}
            </ul>
            <Pagination
              total={recipients.data.total}
              limit={LIMIT}
              offset={offset}
              onChange={(next) => setParam('offset', String(next))}
            />
          </>
        )}
      </section>
      {editing && (
        <ProgramEditDialog
          program={p}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            program.reload();
            recipients.reload();
          }}
        />
      )}
      {enrolling && (
        <EnrolDialog
          program={p}
          villageCode={code}
          onClose={() => setEnrolling(false)}
          onDone={() => {
            setEnrolling(false);
            recipients.reload();
          }}
        />
      )}
    </div>
  );
}
