import './importWizard.css';
import { useSearchParams } from 'react-router';
import { ImportFileStep } from './ImportFileStep.tsx';
import type { ImporterConfig } from './importerConfig.ts';
import { ImportJobView } from './ImportJobView.tsx';
import { RecentImports } from './RecentImports.tsx';
import { WizardSteps } from './WizardSteps.tsx';

const JOB_PARAM = 'job';

/**
 * One import, from the file to the result, for any importer (its config says which). The job id sits in the
 * URL, so a reload or a dropped connection resumes the same import where the server has it.
 */
export function ImportWizard({ config, villageCode }: { config: ImporterConfig; villageCode: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const jobId = searchParams.get(JOB_PARAM);

  const setJob = (id: string | null) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (id) next.set(JOB_PARAM, id);
      else next.delete(JOB_PARAM);
      return next;
    });

  return (
    <div className="import-wizard" data-importer={config.importer}>
      {jobId ? (
        <ImportJobView
          key={`${villageCode}/${jobId}`}
          villageCode={villageCode}
          jobId={jobId}
          config={config}
          onRestart={() => setJob(null)}
        />
      ) : (
        <div className="form-stack">
          <WizardSteps view={{ step: 'choose' }} />
          <ImportFileStep key={villageCode} config={config} villageCode={villageCode} onUploaded={setJob} />
          <RecentImports config={config} villageCode={villageCode} onOpen={setJob} />
        </div>
      )}
    </div>
  );
}
