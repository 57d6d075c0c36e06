import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyHouseholdImport, reportOfRefusal } from '../../../api/householdImport.ts';
import type { HouseholdImportReport } from '../../../api/householdImport.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { writableVillage, writesAnywhere } from '../shared/access.ts';
import { PopulationNav } from '../shared/PopulationNav.tsx';
import { useRegionTitle } from '../shared/useRegionTitle.ts';
import { HouseholdImportDone } from './HouseholdImportDone.tsx';
import { HouseholdImportFileStep } from './HouseholdImportFileStep.tsx';
import { HouseholdImportIssues } from './HouseholdImportIssues.tsx';
import { HouseholdImportDecision, HouseholdImportSummary } from './HouseholdImportReview.tsx';

type Step =
  | { kind: 'choose' }
  | { kind: 'checked'; village: string; file: File; report: HouseholdImportReport; refused: boolean }
  | { kind: 'done'; village: string; file: File; report: HouseholdImportReport };

/**
 * Impor rumah tangga: check an OpenSID household file (FormatImporRTM), read what it would do and what is
 * wrong by line, then apply it. The server keeps nothing between the check and the apply: the same file is
 * sent again and checked again inside the transaction that applies it.
 */
export function HouseholdImportPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const village = writableVillage(user, code);
  const [chosen, setStep] = useState<Step>({ kind: 'choose' });
  // A report belongs to the village it was checked for; choosing another village starts over.
  const step: Step = chosen.kind !== 'choose' && chosen.village !== village ? { kind: 'choose' } : chosen;
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);

  const restart = () => {
    setApplyError(null);
    setStep({ kind: 'choose' });
  };

  const apply = (villageCode: string, file: File) => {
    setApplyError(null);
    setApplying(true);
    const checked = (report: HouseholdImportReport) =>
      setStep({ kind: 'checked', village: villageCode, file, report, refused: true });
    applyHouseholdImport(villageCode, file).then(
      (report) => {
        setApplying(false);
        if (report.committed) setStep({ kind: 'done', village: villageCode, file, report });
        else checked(report);
      },
      (error: unknown) => {
        setApplying(false);
        const fresh = reportOfRefusal(error);
        if (fresh) checked(fresh);
        else setApplyError(error instanceof Error ? error.message : String(error));
      },
    );
  };

  if (!writesAnywhere(user)) return <StatusPage kind="forbidden" />;
  return (
    <div className="page population-page" data-testid="household-import-page" data-step={step.kind}>
      <header className="page-header">
        <h1 className="page-title">{t('householdImport.title')}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <PopulationNav />
      {village === null ? (
        <p className="notice notice-info">{t('population.forms.chooseVillage')}</p>
      ) : step.kind === 'choose' ? (
        <HouseholdImportFileStep
          key={village}
          villageCode={village}
          onChecked={(file, report) => setStep({ kind: 'checked', village, file, report, refused: false })}
        />
      ) : (
        <div className="form-stack">
          <p className="muted">{t('householdImport.fileLine', { name: step.file.name })}</p>
          {step.kind === 'done' ? (
            <HouseholdImportDone report={step.report} onRestart={restart} />
          ) : (
            <>
              <HouseholdImportSummary report={step.report} />
              <HouseholdImportDecision
                report={step.report}
                applying={applying}
                refused={step.refused}
                error={applyError}
                onApply={() => apply(village, step.file)}
                onRestart={restart}
              />
            </>
          )}
          {(step.kind === 'checked' || step.report.issues.length > 0) && (
            <HouseholdImportIssues issues={step.report.issues} />
          )}
        </div>
      )}
    </div>
  );
}
