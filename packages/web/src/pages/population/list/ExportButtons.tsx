import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { opendkExportUrl, residentExportUrl } from '../../../api/population.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { canExportFull, writableVillage } from '../shared/access.ts';
import { ReasonDialog } from '../../../ui/ReasonDialog.tsx';
import { downloadFile } from './downloadFile.ts';

/**
 * XLSX and CSV of the current list (all pages, same filters). The plain exports are masked and are ordinary
 * links; the full export (village staff only) asks for a reason first, as every full read is audited, and so
 * does the village's zip for its district's OpenDK (every resident of the village, NIK and KK in full).
 */
export function ExportButtons({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [fullOpen, setFullOpen] = useState(false);
  const [opendkOpen, setOpendkOpen] = useState(false);
  const village = writableVillage(user, useSelectedRegion().code);
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
      {canExportFull(user) && village !== null && (
        <>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setOpendkOpen(true)}
          >
            {t('population.export.opendk')}
          </button>
          <ReasonDialog
            open={opendkOpen}
            title={t('population.export.opendkTitle')}
            intro={t('population.export.opendkIntro')}
            notice={t('population.reveal.auditNotice')}
            reasonLabel={t('population.reveal.reason')}
            reasonHint={t('population.reveal.reasonHint')}
            submitLabel={t('population.export.opendkSubmit')}
            onClose={() => setOpendkOpen(false)}
            onSubmit={(reason) => downloadFile(opendkExportUrl(village, reason))}
          />
        </>
      )}
    </div>
  );
}
