import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { writableVillage, writesAnywhere } from '../shared/access.ts';
import { PopulationNav } from '../shared/PopulationNav.tsx';
import { useRegionTitle } from '../shared/useRegionTitle.ts';
import type { ImportIssue, ImportReport } from './importReport.ts';
import { TemplateImportDone } from './TemplateImportDone.tsx';
import { TemplateImportIssues } from './TemplateImportIssues.tsx';
import { TemplateImportDecision, TemplateImportSummary, type ExtraCount } from './TemplateImportReview.tsx';

/** What one household template import (RTM file, Regsosek housing sheet) brings to the shared page. */
export interface TemplateImport<I extends ImportIssue, R extends ImportReport<I>> {
  /** data-testid prefix: `${testId}-page`, `-summary`, `-apply`, `-issues`, `-done`. */
  testId: string;
  title: string;
  /** Step 1 (what the file must look like, a template, the file chosen and checked). */
  fileStep: (villageCode: string, onChecked: (file: File, report: R) => void) => ReactNode;
  /** Sends the file again with commit=true. */
  apply: (villageCode: string, file: File) => Promise<R>;
  /** The fresh report of a refused commit (409 IMPORT_HAS_ERRORS), or null for any other failure. */
  reportOfRefusal: (error: unknown) => R | null;
  /** Counts beyond households created, changed and unchanged. */
  extraCounts?: (report: R) => ExtraCount[];
  doneTitle: string;
  /** Where to look at the result after applying. */
  next: { pathname: string; label: string };
  issues: {
    caption: string;
    identifier: (issue: I) => string | null | undefined;
    fieldLabel?: (field: string) => ReactNode;
  };
}

type Step<R> =
  | { kind: 'choose' }
  | { kind: 'checked'; village: string; file: File; report: R; refused: boolean }
  | { kind: 'done'; village: string; file: File; report: R };

/**
 * A spreadsheet import into the village's households: check a file, read what it would do and what is wrong
 * by line, then apply it. The server keeps nothing between the check and the apply: the same file is sent
 * again and checked again inside the transaction that applies it.
 */
export function TemplateImportPage<I extends ImportIssue, R extends ImportReport<I>>({
  config,
}: {
  config: TemplateImport<I, R>;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const village = writableVillage(user, code);
  const [chosen, setStep] = useState<Step<R>>({ kind: 'choose' });
  // A report belongs to the village it was checked for; choosing another village starts over.
  const step: Step<R> = chosen.kind !== 'choose' && chosen.village !== village ? { kind: 'choose' } : chosen;
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);

  const restart = () => {
    setApplyError(null);
    setStep({ kind: 'choose' });
  };

  const apply = (villageCode: string, file: File) => {
    setApplyError(null);
    setApplying(true);
    const checked = (report: R) =>
      setStep({ kind: 'checked', village: villageCode, file, report, refused: true });
    config.apply(villageCode, file).then(
      (report) => {
        setApplying(false);
        if (report.committed) setStep({ kind: 'done', village: villageCode, file, report });
        else checked(report);
      },
      (error: unknown) => {
        setApplying(false);
        const fresh = config.reportOfRefusal(error);
        if (fresh) checked(fresh);
        else setApplyError(error instanceof Error ? error.message : String(error));
      },
    );
  };

  if (!writesAnywhere(user)) return <StatusPage kind="forbidden" />;
  const extra = step.kind === 'choose' ? [] : (config.extraCounts?.(step.report) ?? []);
  return (
    <div className="page population-page" data-testid={`${config.testId}-page`} data-step={step.kind}>
      <header className="page-header">
        <h1 className="page-title">{config.title}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <PopulationNav />
      {village === null ? (
        <p className="notice notice-info">{t('population.forms.chooseVillage')}</p>
      ) : step.kind === 'choose' ? (
        config.fileStep(village, (file, report) =>
          setStep({ kind: 'checked', village, file, report, refused: false }),
        )
      ) : (
        <div className="form-stack">
          <p className="muted">{t('householdImport.fileLine', { name: step.file.name })}</p>
          {step.kind === 'done' ? (
            <TemplateImportDone
              report={step.report}
              title={config.doneTitle}
              extra={extra}
              next={config.next}
              testId={config.testId}
              onRestart={restart}
            />
          ) : (
            <>
              <TemplateImportSummary report={step.report} extra={extra} testId={config.testId} />
              <TemplateImportDecision
                report={step.report}
                applying={applying}
                refused={step.refused}
                error={applyError}
                onApply={() => apply(village, step.file)}
                onRestart={restart}
                testId={config.testId}
              />
            </>
          )}
          {(step.kind === 'checked' || step.report.issues.length > 0) && (
            <TemplateImportIssues
              issues={step.report.issues}
              caption={config.issues.caption}
              identifier={config.issues.identifier}
              fieldLabel={config.issues.fieldLabel}
              testId={config.testId}
            />
          )}
        </div>
      )}
    </div>
  );
}
