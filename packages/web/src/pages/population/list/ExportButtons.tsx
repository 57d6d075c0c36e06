import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { residentExportUrl } from '../../../api/population.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canExportFull } from '../shared/access.ts';
import { ReasonDialog } from '../../../ui/ReasonDialog.tsx';
import { downloadFile } from './downloadFile.ts';

/**
 * XLSX and CSV of the current list (all pages, same filters). The plain exports are masked and are ordinary
 * links; the full export (village staff only) asks for a reason first, as every full read is audited.
 */
export function ExportButtons({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [fullOpen, setFullOpen] = useState(false);
  const url = (format: 'xlsx' | 'csv', extra: Record<string, string> = {}) => {
    const params = new URLSearchParams(query);
    params.set('format', format);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return residentExportUrl(params);
  };

  return (
    <div className="export-buttons" role="group" aria-label={t('population.export.label')}>
      <a className="button button-secondary button-small" href={url('xlsx')} download>
        {t('population.export.xlsx')}
      </a>
      <a className="button button-secondary button-small" href={url('csv')} download>
        {t('population.export.csv')}
      </a>
      {canExportFull(user) && (
        <>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setFullOpen(true)}
          >
            {t('population.export.full')}
          </button>
          <ReasonDialog
            open={fullOpen}
            title={t('population.export.fullTitle')}
            intro={t('population.export.fullIntro')}
            notice={t('population.reveal.auditNotice')}
            reasonLabel={t('population.reveal.reason')}
            reasonHint={t('population.reveal.reasonHint')}
            submitLabel={t('population.export.fullSubmit')}
            onClose={() => setFullOpen(false)}
            onSubmit={(reason) => downloadFile(url('xlsx', { full: 'true', reason }))}
          />
        </>
      )}
    </div>
  );
}
