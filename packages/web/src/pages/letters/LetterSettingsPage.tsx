import {
  DEFAULT_NUMBER_FORMAT,
  OFFICIAL_POSITIONS,
  checkNumberFormat,
  defaultVillageShortCode,
  formatLetterNumber,
  positionLabel,
} from '@smart-kampung/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchLetterType, type LetterType } from '../../api/letters.ts';
import { saveLetterTypeSettings, type LetterTypeSettings } from '../../api/lettersAdmin.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { isRegionCode } from '../../regions/regionCodes.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { FormErrorSummary } from '../../ui/FormErrorSummary.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { splitServerErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { StatusPage } from '../StatusPage.tsx';
import { KlasifikasiPicker } from './KlasifikasiPicker.tsx';
import './letters.css';
import '../../i18n/lazy/lettersAdmin.ts';

export function LetterSettingsRoute() {
  const { village = '', type = '' } = useParams();
  if (!isRegionCode(village) || type === '') return <StatusPage kind="notFound" />;
  return <LetterSettingsPage key={`${village}/${type}`} villageCode={village} typeCode={type} />;
}

const settingsOf = (type: LetterType): LetterTypeSettings => ({
  enabled: type.enabled,
  numberFormat: type.numberFormat,
  sequenceScope: type.sequenceScope,
  klasifikasi: type.klasifikasi,
  signingPosition: type.signingPosition,
  serviceDays: type.serviceDays,
});

/** Today's letter number under `format`, as the domain formats it; null when the format cannot number. */
function exampleNumber(settings: LetterTypeSettings, type: LetterType, villageCode: string): string | null {
  const format = settings.numberFormat || DEFAULT_NUMBER_FORMAT;
  if (checkNumberFormat(format, settings.sequenceScope).length > 0) return null;
  return formatLetterNumber(format, {
    sequence: 7,
    klasifikasi: settings.klasifikasi || type.klasifikasi,
    typeCode: type.numberCode,
    villageShortCode: defaultVillageShortCode(villageCode),
    letterDate: new Date().toISOString().slice(0, 10),
  });
}

/** Pengaturan jenis surat: on or off, number format with a live example, sequence, classification, signer. */
function LetterSettingsPage({ villageCode, typeCode }: { villageCode: string; typeCode: string }) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const loaded = useAsyncData(`${villageCode}/${typeCode}`, () => fetchLetterType(villageCode, typeCode));
  const [settings, setSettings] = useState<LetterTypeSettings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded.status === 'success' && !settings) setSettings(settingsOf(loaded.data));
  }, [loaded, settings]);

  if (loaded.status === 'error')
    return (
      <div className="page">
        <LoadError title={t('letters.types.loadFailed')} error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  if (loaded.status === 'loading' || !settings)
    return (
      <div className="page" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </div>
    );
  const type = loaded.data;
  const set = (patch: Partial<LetterTypeSettings>) => setSettings({ ...settings, ...patch });
  const example = exampleNumber(settings, type, villageCode);
  const kind = villageCode.split('.').at(-1)!.startsWith('1') ? 'kelurahan' : 'desa';

  const submit = async () => {
    setBusy(true);
    try {
      await saveLetterTypeSettings(villageCode, typeCode, {
        ...settings,
        numberFormat: settings.numberFormat?.trim() || null,
      });
      setNotice(t('lettersAdmin.settings.saved'));
      setErrors({});
      setGeneral([]);
    } catch (error) {
      const split = splitServerErrors(error, currentLanguage(), (field) => field);
      setErrors(split.fields);
      setGeneral(split.general);
      setNotice('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page letters-page" data-testid="letter-settings-page">
      <BackLink to={`/surat/jenis${search}`} label={t('letters.types.title')} />
      <div className="page-header">
        <h1 className="page-title">{type.name}</h1>
        <p className="page-subtitle">{t('lettersAdmin.settings.heading')}</p>
        <Link
          className="button button-secondary"
          to={{ pathname: `/surat/jenis/${villageCode}/${typeCode}/templat`, search }}
        >
          {t('lettersAdmin.settings.editTemplate')}
        </Link>
      </div>
      <form
        className="panel letter-form"
        onSubmit={(event) => (event.preventDefault(), void submit())}
        noValidate
      >
        <FormErrorSummary messages={general} fieldCount={Object.keys(errors).length} />
        {notice && (
          <p className="notice notice-success" role="status">
            {notice}
          </p>
        )}
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => set({ enabled: e.target.checked })}
          />{' '}
          {t('lettersAdmin.settings.enabled')}
        </label>
        <FormField
          label={t('lettersAdmin.settings.numberFormat')}
          name="numberFormat"
          error={errors.numberFormat}
          hint={t('lettersAdmin.settings.numberHint')}
        >
          {(control) => (
            <input
              {...control}
              value={settings.numberFormat ?? ''}
              placeholder={DEFAULT_NUMBER_FORMAT}
              maxLength={120}
              onChange={(e) => set({ numberFormat: e.target.value })}
            />
          )}
        </FormField>
        <p className="field-hint" data-testid="number-example" aria-live="polite">
          {example
            ? t('lettersAdmin.settings.example', { number: example })
            : t('lettersAdmin.settings.exampleInvalid')}
        </p>
        <FormField label={t('lettersAdmin.settings.scope')} name="sequenceScope">
          {(control) => (
            <select
              {...control}
              value={settings.sequenceScope}
              onChange={(e) => set({ sequenceScope: e.target.value as 'village' | 'type' })}
            >
              <option value="village">{t('lettersAdmin.settings.scopeVillage')}</option>
              <option value="type">{t('lettersAdmin.settings.scopeType')}</option>
            </select>
          )}
        </FormField>
        <KlasifikasiPicker
          value={settings.klasifikasi}
          catalogueCode={type.klasifikasi}
          error={errors.klasifikasi}
          onChange={(klasifikasi) => set({ klasifikasi })}
        />
        <FormField
          label={t('lettersAdmin.settings.serviceDays')}
          name="serviceDays"
          error={errors.serviceDays}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={60}
              value={settings.serviceDays ?? ''}
              placeholder={String(type.serviceDays)}
              onChange={(e) => set({ serviceDays: e.target.value === '' ? null : Number(e.target.value) })}
            />
          )}
        </FormField>
        <FormField label={t('lettersAdmin.settings.signingPosition')} name="signingPosition">
          {(control) => (
            <select
              {...control}
              value={settings.signingPosition}
              onChange={(e) =>
                set({ signingPosition: e.target.value as LetterTypeSettings['signingPosition'] })
              }
            >
              {OFFICIAL_POSITIONS.map((position) => (
                <option key={position} value={position}>
                  {positionLabel(position, kind)[currentLanguage()]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('lettersAdmin.settings.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
