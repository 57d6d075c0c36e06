// Bantuan sosial › Impor peserta: the shared import wizard with the program file formats, for the village
// chosen at the top (its writers only; the server decides).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import type { ImporterConfig } from '../../../ui/importWizard/importerConfig.ts';
import { ImportWizard } from '../../../ui/importWizard/ImportWizard.tsx';
import { writableVillage, writesAnywhere } from '../../population/shared/access.ts';
import { StatusPage } from '../../StatusPage.tsx';
import {
  useDistributionImporter,
  useOpendkProgramImporter,
  useOpensidProgramImporter,
  usePlainProgramImporter,
} from './importers.tsx';
import '../../../i18n/lazy/assistanceFiles.ts';

const FORMATS = ['plain', 'opensid', 'opendk', 'distributions'] as const;
type ProgramFormat = (typeof FORMATS)[number];

export function AssistanceImportPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const village = writableVillage(user, code);
  const [format, setFormat] = useState<ProgramFormat>('plain');
  const configs: Record<ProgramFormat, ImporterConfig> = {
    plain: usePlainProgramImporter(),
    opensid: useOpensidProgramImporter(),
    opendk: useOpendkProgramImporter(),
    distributions: useDistributionImporter(),
  };
  if (!writesAnywhere(user)) return <StatusPage kind="forbidden" />;
  return (
    <div className="page" data-testid="import-page" data-importer={configs[format].importer}>
      <header className="page-header">
        <h1 className="page-title">{t('assistanceFiles.importTitle')}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      {village === null ? (
        <p className="notice notice-info">{t('assistanceFiles.chooseVillage')}</p>
      ) : (
        <>
          <fieldset className="form-field import-format-choice" data-testid="import-format">
            <legend>{t('assistanceFiles.formats.label')}</legend>
            {FORMATS.map((value) => (
              <label key={value} className="radio-option">
                <input
                  type="radio"
                  name="import-format"
                  value={value}
                  checked={format === value}
                  onChange={() => setFormat(value)}
                />{' '}
                {t(`assistanceFiles.formats.${value}`)}
              </label>
            ))}
          </fieldset>
          <ImportWizard key={configs[format].importer} config={configs[format]} villageCode={village} />
        </>
      )}
    </div>
  );
}
