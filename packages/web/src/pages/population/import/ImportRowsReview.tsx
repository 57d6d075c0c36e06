import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchImportRows } from '../../../api/imports.ts';
import type { ImportJob } from '../../../api/imports.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { TabBar } from '../../../ui/TabBar.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { ImportChangesTable } from './ImportChangesTable.tsx';
import { ImportIssuesTable } from './ImportIssuesTable.tsx';

type Kind = 'errors' | 'warnings' | 'changes';
const PAGE = 50;

/** The rows behind the numbers: errors first (they block "Impor semua"), then warnings and planned changes. */
export function ImportRowsReview({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const panelId = useId();
  const initial: Kind = job.errorRows > 0 ? 'errors' : job.warningRows > 0 ? 'warnings' : 'changes';
  const [kind, setKind] = useState<Kind>(initial);
  const [offset, setOffset] = useState(0);
  const rows = useAsyncData(`${job.id}/${kind}/${offset}`, () =>
    fetchImportRows(job.villageCode, job.id, kind, PAGE, offset),
  );

  const select = (next: Kind) => {
    setKind(next);
    setOffset(0);
  };

  return (
    <section className="panel form-stack" aria-labelledby="rows-title">
      <h2 id="rows-title" className="section-title">
        {t('import.rows.title')}
      </h2>
      <TabBar
        label={t('import.rows.title')}
        panelId={panelId}
        active={kind}
        onSelect={select}
        tabs={[
          { key: 'errors', label: t('import.rows.errors'), count: job.errorRows },
          { key: 'warnings', label: t('import.rows.warnings'), count: job.warningRows },
          { key: 'changes', label: t('import.rows.changes'), count: job.insertRows + job.updateRows },
        ]}
      />
      <div id={panelId} role="tabpanel" data-testid={`import-rows-${kind}`}>
        {rows.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
        {rows.status === 'error' && (
          <LoadError title={t('import.rows.loadFailed')} error={rows.error} onRetry={rows.reload} />
        )}
        {rows.status === 'success' && rows.data.items.length === 0 && (
          <p className="muted">{t(`import.rows.none.${kind}`)}</p>
        )}
        {rows.status === 'success' && rows.data.items.length > 0 && (
          <>
            {kind === 'changes' ? (
              <ImportChangesTable rows={rows.data.items} />
            ) : (
              <ImportIssuesTable rows={rows.data.items} kind={kind} />
            )}
            <Pagination total={rows.data.total} limit={PAGE} offset={offset} onChange={setOffset} />
          </>
        )}
      </div>
    </section>
  );
}
