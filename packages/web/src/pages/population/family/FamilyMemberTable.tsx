import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FamilyMember } from '../../../api/populationTypes.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { useCodeLists } from '../../../ui/useCodeLists.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';

/**
 * A code label that may wrap after each "/" ("PELAJAR/<wbr>MAHASISWA"): the card's long labels are single words
 * to the browser otherwise, and would push the last columns behind the table's scroll on a laptop.
 */
function wrappable(text: string | null): ReactNode {
  if (text === null) return '—';
  return text.split('/').flatMap((part, i) => (i === 0 ? [part] : ['/', <wbr key={i} />, part]));
}

interface FamilyMemberTableProps {
  caption: string;
  members: FamilyMember[];
  villageCode: string;
  /** Full NIKs after an audited reveal, by resident id. */
  niks: Map<string, string>;
  linkMembers: boolean;
  showStatus?: boolean;
}

/** The members' table of a family card, in the card's column order; cards on a phone. */
/** The lists the member table labels from: a citizen's card asks for these five only. */
const MEMBER_LISTS = ['sex', 'kk_level', 'pendidikan_kk', 'pekerjaan', 'status_kawin'] as const;

export function FamilyMemberTable(props: FamilyMemberTableProps) {
  const { caption, members, villageCode, niks, linkMembers, showStatus } = props;
  const { t } = useTranslation();
  const { label } = useCodeLists(MEMBER_LISTS);
  const search = useRegionSearch();
  const language = currentLanguage();

  if (members.length === 0) return <p className="muted">{t('population.kk.noMembers')}</p>;
  // Nine columns: on a narrow laptop the table scrolls inside the card instead of widening the page.
  return (
    <div className="table-scroll">
      <table className="data-table responsive-table kk-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('population.kk.no')}</th>
            <th scope="col">{t('population.fields.fullName')}</th>
            {/* The birth date right beside the masked NIK: together they tell two members apart. */}
            <th scope="col">{t('population.fields.nik')}</th>
            <th scope="col">{t('population.fields.birthDate')}</th>
            <th scope="col">{t('population.fields.sex')}</th>
            <th scope="col">{t('population.kk.shdk')}</th>
            <th scope="col">{t('population.fields.educationKk')}</th>
            <th scope="col">{t('population.fields.occupation')}</th>
            <th scope="col">{t('population.fields.maritalStatus')}</th>
            {showStatus && <th scope="col">{t('population.fields.status')}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => (
            <tr key={member.id}>
              <td data-label={t('population.kk.no')} className="cell-number">
                {index + 1}
              </td>
              <th scope="row" className="cell-title">
                {linkMembers ? (
                  <Link to={{ pathname: `/penduduk/${villageCode}/${member.id}`, search }}>
                    {member.fullName}
                  </Link>
                ) : (
                  member.fullName
                )}
              </th>
              <td data-label={t('population.fields.nik')} className="mono">
                {niks.get(member.id) ?? member.nikMasked}
              </td>
              <td data-label={t('population.fields.birthDate')}>
                <span>
                  {formatDate(member.birthDate, language)}{' '}
                  <span className="muted">({t('population.ageYears', { age: member.age })})</span>
                </span>
              </td>
              <td data-label={t('population.fields.sex')}>{label('sex', member.sex)}</td>
              <td data-label={t('population.kk.shdk')}>{label('kk_level', member.relationship) ?? '—'}</td>
              <td data-label={t('population.fields.educationKk')}>
                {wrappable(label('pendidikan_kk', member.education))}
              </td>
              <td data-label={t('population.fields.occupation')}>
                {wrappable(label('pekerjaan', member.occupation))}
              </td>
              <td data-label={t('population.fields.maritalStatus')}>
                {wrappable(label('status_kawin', member.maritalStatus))}
              </td>
              {showStatus && (
                <td data-label={t('population.fields.status')}>
                  <StatusBadge status={member.status} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
