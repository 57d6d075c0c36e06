import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import type { ImporterConfig } from '../../../ui/importWizard/importerConfig.ts';
import { ImportWizard } from '../../../ui/importWizard/ImportWizard.tsx';
import { StatusPage } from '../../StatusPage.tsx';
import { writableVillage, writesAnywhere } from '../shared/access.ts';
import { PopulationNav } from '../shared/PopulationNav.tsx';
import { useState, type ReactNode } from 'react';
import { useBipImporter, useSiakImporter } from './formatImporters.tsx';
import {
  useHouseholdImporter,
  useHousingImporter,
  useOpendkImporter,
  useResidentImporter,
} from './importers.tsx';
import {
  useRegsosekFamiliesImporter,
  useRegsosekMembersImporter,
} from '../../assistance/welfare-facts/welfareImporters.tsx';
import '../../../i18n/lazy/welfareFacts.ts';
import '../../../i18n/lazy/imports.ts';

/** Penduduk › Impor data: the module's tabs, the importers' tabs, and the wizard for the village chosen. */
function PopulationImportPage({
  title,
  config,
  formatChoice,
}: {
  title: string;
  config: ImporterConfig;
  formatChoice?: ReactNode;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const village = writableVillage(user, code);

  if (!writesAnywhere(user)) return <StatusPage kind="forbidden" />;
  return (
    <div className="page population-page" data-testid="import-page" data-importer={config.importer}>
      <header className="page-header">
        <h1 className="page-title">{title}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <PopulationNav />
      {village === null ? (
        <p className="notice notice-info">{t('population.forms.chooseVillage')}</p>
      ) : (
        <>
          {formatChoice}
          <ImportWizard key={config.importer} config={config} villageCode={village} />
        </>
      )}
    </div>
  );
}

type ResidentFormat = 'opensid' | 'siak' | 'bip' | 'opendk';

/** /penduduk/impor: OpenSID's "Data Penduduk" file, SIAK's export, a BIP or OpenDK's exchange zip (each its own importer). */
export function ImportPage() {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ResidentFormat>('opensid');
  const configs: Record<ResidentFormat, ImporterConfig> = {
    opensid: useResidentImporter(),
    siak: useSiakImporter(),
    bip: useBipImporter(),
    opendk: useOpendkImporter(),
  };
  const formatChoice = (
    <fieldset className="form-field import-format-choice" data-testid="import-format">
      <legend>{t('imports.formats.label')}</legend>
      {(['opensid', 'siak', 'bip', 'opendk'] as const).map((value) => (
        <label key={value} className="radio-option">
          <input
            type="radio"
            name="import-format"
            value={value}
            checked={format === value}
            onChange={() => setFormat(value)}
          />{' '}
          {t(`imports.formats.${value}`)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <PopulationImportPage
      title={t('imports.residents.title')}
      config={configs[format]}
      formatChoice={formatChoice}
    />
  );
}

/** /penduduk/impor-rumah-tangga: OpenSID's household file (FormatImporRTM). */
export function HouseholdImportPage() {
  const { t } = useTranslation();
  return <PopulationImportPage title={t('imports.households.title')} config={useHouseholdImporter()} />;
}

/** /penduduk/impor-perumahan: the housing sheet of the DTKS/Regsosek 2022 workbook. */
export function HousingImportPage() {
  const { t } = useTranslation();
  return <PopulationImportPage title={t('imports.housing.title')} config={useHousingImporter()} />;
}

/** /penduduk/impor-regsosek-anggota: section IV of the DTKS/Regsosek 2022 workbook. */
export function RegsosekMembersImportPage() {
  const { t } = useTranslation();
  return (
    <PopulationImportPage
      title={t('welfareFacts.import.members.title')}
      config={useRegsosekMembersImporter()}
    />
  );
}

/** /penduduk/impor-regsosek-keluarga: section V of the DTKS/Regsosek 2022 workbook. */
export function RegsosekFamiliesImportPage() {
  const { t } = useTranslation();
  return (
    <PopulationImportPage
      title={t('welfareFacts.import.families.title')}
      config={useRegsosekFamiliesImporter()}
    />
  );
}
