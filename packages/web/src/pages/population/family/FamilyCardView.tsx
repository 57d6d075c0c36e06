import './familyCard.css';
import { useTranslation } from 'react-i18next';
import type { FamilyCard, RevealedFamily } from '../../../api/populationTypes.ts';
import { useAppConfig } from '../../../config/ConfigContext.ts';
import { toTitleCaseIfShouting } from '../../../regions/regionCodes.ts';
import { formatRtRw } from '../../../ui/format.ts';
import { FamilyMemberTable } from './FamilyMemberTable.tsx';

interface FamilyCardViewProps {
  family: FamilyCard;
  revealed: RevealedFamily | null;
  /** Staff open each member's page; a citizen sees the card only. */
  linkMembers: boolean;
}

/** Laid out like the printed Kartu Keluarga: title and number, the address block, then the members. */
export function FamilyCardView({ family, revealed, linkMembers }: FamilyCardViewProps) {
  const { t } = useTranslation();
  const config = useAppConfig();
  const present = family.members.filter((m) => m.status === 'present');
  const former = family.members.filter((m) => m.status !== 'present');
  const head = present.find((m) => m.relationship === 1) ?? family.members.find((m) => m.relationship === 1);
  const niks = new Map(revealed?.members.map((m) => [m.id, m.nik]));

  const header: [string, string | null][] = [
    [t('population.kk.headName'), head?.fullName ?? null],
    [t('population.kk.address'), family.address],
    ['RT / RW', formatRtRw(family.rt, family.rw)],
    [t('population.fields.dusun'), family.dusun],
    [t('population.kk.village'), toTitleCaseIfShouting(family.villageName)],
    [t('population.kk.district'), toTitleCaseIfShouting(family.districtName)],
    [t('population.kk.regency'), config ? toTitleCaseIfShouting(config.regencyName) : null],
    [t('population.kk.province'), family.villageCode.startsWith('35.') ? 'Jawa Timur' : null],
  ];

  return (
    <article className="panel kk-card" aria-labelledby="kk-title" data-testid="family-card">
      <header className="kk-title-block">
        <h1 id="kk-title" className="kk-title">
          {t('population.kk.title')}
        </h1>
        <p className="kk-number">
          {t('population.kk.number')}{' '}
          <span className={revealed ? 'mono identifier revealed' : 'mono identifier'} data-testid="kk-number">
            {revealed?.kkNumber ?? family.kkMasked}
          </span>
        </p>
        {!family.active && <p className="badge status-badge status-voided">{t('population.kk.inactive')}</p>}
      </header>
      <dl className="kk-header">
        {header.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? '—'}</dd>
          </div>
        ))}
      </dl>
      <FamilyMemberTable
        caption={t('population.kk.members')}
        members={present}
        villageCode={family.villageCode}
        niks={niks}
        linkMembers={linkMembers}
      />
      {former.length > 0 && (
        <details className="kk-former">
          <summary>{t('population.kk.former', { n: former.length })}</summary>
          <FamilyMemberTable
            caption={t('population.kk.formerCaption')}
            members={former}
            villageCode={family.villageCode}
            niks={niks}
            linkMembers={linkMembers}
            showStatus
          />
        </details>
      )}
    </article>
  );
}
