import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResidentDetail, RevealedResident } from '../../../api/populationTypes.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { toTitleCaseIfShouting } from '../../../regions/regionCodes.ts';
import { formatDate, formatRtRw } from '../../../ui/format.ts';
import { useCodeLists } from '../../../ui/useCodeLists.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';

interface Fact {
  label: string;
  value: ReactNode;
  mono?: boolean;
}

function FactGroup({ title, facts }: { title: string; facts: Fact[] }) {
  return (
    <section className="panel fact-group" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      <dl className="facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd className={fact.mono ? 'mono' : undefined}>{fact.value ?? '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Every recorded field, coded values shown with their labels in the reader's language. */
export function ResidentFacts({
  resident,
  revealed,
}: {
  resident: ResidentDetail;
  revealed: RevealedResident | null;
}) {
  const { t } = useTranslation();
  const { label } = useCodeLists();
  const search = useRegionSearch();
  const language = currentLanguage();
  const family = resident.family;

  const personal: Fact[] = [
    { label: t('population.fields.nik'), value: revealed?.nik ?? resident.nikMasked, mono: true },
    { label: t('population.fields.fullName'), value: resident.fullName },
    { label: t('population.fields.sex'), value: label('sex', resident.sex) },
    { label: t('population.fields.birthPlace'), value: resident.birthPlace },
    {
      label: t('population.fields.birthDate'),
      value: `${formatDate(resident.birthDate, language)} (${t('population.ageYears', { age: resident.age })})`,
    },
    { label: t('population.fields.religion'), value: label('agama', resident.religion) },
    { label: t('population.fields.bloodType'), value: label('golongan_darah', resident.bloodType) },
    { label: t('population.fields.citizenship'), value: label('warganegara', resident.citizenship) },
    { label: t('population.fields.disability'), value: label('cacat', resident.disability) },
  ];
  const work: Fact[] = [
    { label: t('population.fields.educationKk'), value: label('pendidikan_kk', resident.educationKk) },
    {
      label: t('population.fields.educationCurrent'),
      value: label('pendidikan_sedang', resident.educationCurrent),
    },
    { label: t('population.fields.occupation'), value: label('pekerjaan', resident.occupation) },
  ];
  const familyFacts: Fact[] = [
    {
      label: t('population.fields.kkNumber'),
      mono: true,
      value: family ? (
        <Link to={{ pathname: `/keluarga/${resident.villageCode}/${family.id}`, search }}>
          {revealed?.kkNumber ?? family.kkMasked}
        </Link>
      ) : null,
    },
    { label: t('population.fields.relationship'), value: label('kk_level', resident.relationship) },
    { label: t('population.fields.maritalStatus'), value: label('status_kawin', resident.maritalStatus) },
    { label: t('population.fields.fatherName'), value: resident.fatherName },
    { label: t('population.fields.motherName'), value: resident.motherName },
  ];
  const address: Fact[] = [
    { label: t('population.fields.address'), value: family?.address },
    { label: t('population.fields.dusun'), value: family?.dusun },
    { label: 'RT / RW', value: family ? formatRtRw(family.rt, family.rw) : null },
    { label: t('population.fields.village'), value: toTitleCaseIfShouting(resident.villageName) },
    {
      label: t('population.fields.household'),
      value: family?.householdId ? (
        <Link to={{ pathname: `/rumah-tangga/${resident.villageCode}/${family.householdId}`, search }}>
          {t('population.resident.openHousehold')}
        </Link>
      ) : null,
    },
    { label: t('population.fields.phone'), value: revealed?.phone ?? resident.phone, mono: true },
  ];
  const status: Fact[] = [
    {
      label: t('population.fields.statusDate'),
      value: resident.statusDate && formatDate(resident.statusDate, language),
    },
    { label: t('population.fields.voidedReason'), value: resident.voidedReason },
  ];

  return (
    <div className="fact-groups">
      <FactGroup title={t('population.resident.personal')} facts={personal} />
      <FactGroup title={t('population.resident.family')} facts={familyFacts} />
      <FactGroup title={t('population.resident.address')} facts={address} />
      <FactGroup title={t('population.resident.work')} facts={work} />
      {resident.status !== 'present' && (
        <FactGroup title={t('population.resident.statusTitle')} facts={status} />
      )}
    </div>
  );
}
