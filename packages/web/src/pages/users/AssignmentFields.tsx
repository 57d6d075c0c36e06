import { useTranslation } from 'react-i18next';
import type { Agency, User } from '../../api/types.ts';
import type { StaffRole } from '../../api/users.ts';
import { areaDisplayName } from '../../regions/regionCodes.ts';
import { FormField } from '../../ui/FormField.tsx';
import { RegionOptionSelect } from './RegionOptionSelect.tsx';
import { AGENCIES, areaLevelForRole, needsAgency, STAFF_ROLES } from './userRules.ts';
import type { AccountDraft } from './userRules.ts';
import '../../i18n/lazy/users.ts';

interface AssignmentFieldsProps {
  draft: AccountDraft;
  /** The regency admin at work: the areas offered lie in theirs. */
  admin: User;
  errorFor: (field: string) => string | undefined;
  /** What the server said about the area, shown under the regency's fixed area too. */
  areaServerError: string | undefined;
  change: (changes: Partial<AccountDraft>, fields: string[]) => void;
}

/**
 * Role, agency and area of work, shared by "Tambah pengguna" and the account's edit form: the role decides
 * which level of area is asked for, and each area field carries the name the server's errors use.
 */
export function AssignmentFields({ draft, admin, errorFor, areaServerError, change }: AssignmentFieldsProps) {
  const { t } = useTranslation();
  const role = draft.role;
  const level = role === '' ? null : areaLevelForRole(role);
  return (
    <>
      <FormField label={t('users.fields.role')} name="role" error={errorFor('role')} required>
        {(control) => (
          <select
            {...control}
            value={role}
            data-testid="role-select"
            onChange={(e) =>
              change({ role: e.target.value as StaffRole | '' }, ['role', 'agency', 'district', 'areaCode'])
            }
          >
            <option value="">{t('forms.choose')}</option>
            {STAFF_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>

      {needsAgency(role) && (
        <FormField label={t('users.create.agency')} name="agency" error={errorFor('agency')} required>
          {(control) => (
            <select
              {...control}
              value={draft.agency}
              data-testid="agency-select"
              onChange={(e) => change({ agency: e.target.value as Agency | '' }, ['agency'])}
            >
              <option value="">{t('forms.choose')}</option>
              {AGENCIES.map((agency) => (
                <option key={agency} value={agency}>
                  {t(`agencies.${agency}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}

      {level === 'regency' && (
        <div className="field" data-field="areaCode">
          <span className="field-label">{t('users.fields.area')}</span>
          <p className="field-static">{areaDisplayName(admin)}</p>
          <p className="field-hint">{t('users.create.areaHint.regency')}</p>
          {areaServerError && (
            <p className="field-error" role="alert">
              {areaServerError}
            </p>
          )}
        </div>
      )}

      {(level === 'district' || level === 'village') && (
        <RegionOptionSelect
          label={t('users.create.district')}
          name={level === 'district' ? 'areaCode' : 'district'}
          parentCode={admin.areaCode}
          waitingLabel={t('app.loading')}
          value={draft.districtCode}
          error={errorFor(level === 'district' ? 'areaCode' : 'district')}
          hint={level === 'district' ? t('users.create.areaHint.district') : undefined}
          onChange={(districtCode) =>
            change(
              {
                districtCode,
                // A desa of another kecamatan cannot stay chosen.
                villageCode:
                  districtCode !== '' && draft.villageCode.startsWith(`${districtCode}.`)
                    ? draft.villageCode
                    : '',
              },
              ['district', 'areaCode'],
            )
          }
        />
      )}

      {level === 'village' && (
        <RegionOptionSelect
          label={t('users.create.village')}
          name="areaCode"
          parentCode={draft.districtCode}
          waitingLabel={t('users.create.chooseDistrictFirst')}
          value={draft.villageCode}
          error={errorFor('areaCode')}
          hint={t('users.create.areaHint.village')}
          onChange={(villageCode) => change({ villageCode }, ['areaCode'])}
        />
      )}

      {level === null && <p className="field-hint users-role-first">{t('users.create.chooseRoleFirst')}</p>}
      {role === 'regency_admin' && (
        <p className="notice notice-warning users-admin-warning" role="note">
          {t('users.create.adminWarning')}
        </p>
      )}
    </>
  );
}
