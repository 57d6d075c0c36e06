import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchImportRows, type ImportJob } from '../../api/imports.ts';
import { LoadError } from '../LoadError.tsx';
import { Pagination } from '../Pagination.tsx';
import { TabBar } from '../TabBar.tsx';
import { useAsyncData } from '../useAsyncData.ts';
import type { ImporterConfig } from './importerConfig.ts';
import { ImportRowsTable, type RowKind } from './ImportRowsTable.tsx';
import '../../i18n/lazy/importWizard.ts';

const PAGE = 50;

/**
 * The lines behind the numbers, a page at a time from the server: errors first (they block "Simpan semua"),
 * then notes and the planned changes.
 */
export function ImportRows({ job, config }: { job: ImportJob; config: ImporterConfig }) {
  const { t } = useTranslation();
  const panelId = useId();
  const initial: RowKind = job.errorRows > 0 ? 'errors' : job.warningRows > 0 ? 'warnings' : 'changes';
  const [kind, setKind] = useState<RowKind>(initial);
  const [offset, setOffset] = useState(0);
  const rows = useAsyncData(`${job.id}/${kind}/${offset}`, () =>
    fetchImportRows(job.villageCode, job.id, kind, PAGE, offset),
  );

  const select = (next: RowKind) => {
    setKind(next);
    setOffset(0);
  };

  return (
    <section className="form-stack" aria-labelledby={`${panelId}-title`}>
      <h3 id={`${panelId}-title`} className="subsection-title">
        {t('importWizard.rows.title')}
      </h3>
      <TabBar
        label={t('importWizard.rows.title')}
        panelId={panelId}
        active={kind}
        onSelect={select}
        tabs={[
          { key: 'errors', label: t('importWizard.rows.errors'), count: job.errorRows },
          { key: 'warnings', label: t('importWizard.rows.warnings'), count: job.warningRows },
          { key: 'changes', label: t('importWizard.rows.changes') },
        ]}
      />
      <div id={panelId} role="tabpanel" data-testid={`import-rows-${kind}`}>
        {rows.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
        {rows.status === 'error' && (
          <LoadError title={t('importWizard.rows.loadFailed')} error={rows.error} onRetry={rows.reload} />
        )}
        {rows.status === 'success' && rows.data.items.length === 0 && (
          <p className="muted">{t(`importWizard.rows.none.${kind}`)}</p>
        )}
        {rows.status === 'success' && rows.data.items.length > 0 && (
          <div className="form-stack">
            <ImportRowsTable rows={rows.data.items} kind={kind} config={config} />
            <Pagination total={rows.data.total} limit={PAGE} offset={offset} onChange={setOffset} />
          </div>
        )}
      </div>
    </section>
  );
}
