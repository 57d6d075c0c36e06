import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index.ts';
import { splitServerErrors } from '../../../ui/formErrors.ts';
import { downloadFile } from '../list/downloadFile.ts';
import { householdExportQuery, type HouseholdFilters } from './householdListQuery.ts';

type Format = 'xlsx' | 'csv';

interface HouseholdExportButtonsProps {
  filters: HouseholdFilters;
  region: string;
  /** Why a download was refused (too many households for one file, too many downloads); [] when it starts. */
  onProblems: (messages: string[]) => void;
}

/**
 * XLSX and CSV of the household list as filtered (every page; the head's NIK masked). Downloaded through
 * fetch like the resident list's full export, so a refusal can be shown on the page instead of as a file.
 */
export function HouseholdExportButtons({ filters, region, onProblems }: HouseholdExportButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);

  const download = (format: Format) => {
    setBusy(format);
    onProblems([]);
    const query = householdExportQuery(filters, region, format);
    downloadFile(`/api/population/households/export?${query.toString()}`).then(
      () => setBusy(null),
      (failure: unknown) => {
        setBusy(null);
        // The specific reasons ("narrow the filter") say more than the problem's general message.
        const { general } = splitServerErrors(failure, currentLanguage(), () => null);
        onProblems(general.length > 1 ? general.slice(1) : general);
      },
    );
  };

  return (
    <div className="export-buttons" role="group" aria-label={t('population.householdList.export.label')}>
      {(['xlsx', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button-secondary button-small"
          disabled={busy !== null}
          aria-busy={busy === format}
          data-testid={`household-export-${format}`}
          onClick={() => download(format)}
        >
          {busy === format
            ? t('population.householdList.export.busy')
            : t(`population.householdList.export.${format}`)}
        </button>
      ))}
    </div>
  );
}

/** The refusal of the last download, under the list's count. */
export function HouseholdExportProblems({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid="household-export-problems">
      <p>{t('population.householdList.export.failed')}</p>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
