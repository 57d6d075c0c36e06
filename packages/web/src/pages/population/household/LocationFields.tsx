import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/TextField.tsx';
import { formatCoordinate, parseCoordinate, splitCoordinatePair } from './coordinates.ts';
import { useDeviceLocation } from './deviceLocation.ts';
import type { VillageTest } from './householdDraft.ts';

// The same lazily loaded map as the household page: MapLibre downloads only when a map is on screen.
const HouseholdMap = lazy(() => import('./HouseholdMap.tsx'));

export interface LocationDraft {
  latitude: string;
  longitude: string;
}

interface LocationFieldsProps {
  villageCode: string;
  villageName: string;
  value: LocationDraft;
  onChange: (value: LocationDraft) => void;
  errorFor: (field: string) => string | undefined;
  inVillage: VillageTest;
}

/**
 * Where the house is: tap the village map (or drag the pin), take the device's own position, or type the
 * two numbers. All three write the same two fields, which are what gets saved.
 */
export function LocationFields(props: LocationFieldsProps) {
  const { villageCode, villageName, value, onChange, errorFor, inVillage } = props;
  const { t } = useTranslation();
  const setPoint = (latitude: number, longitude: number) =>
    onChange({ latitude: formatCoordinate(latitude), longitude: formatCoordinate(longitude) });
  const device = useDeviceLocation(setPoint);

  const latitude = parseCoordinate(value.latitude);
  const longitude = parseCoordinate(value.longitude);
  const located = latitude !== null && longitude !== null;
  const outside = located && inVillage(latitude, longitude) === false && !errorFor('latitude');

  const typeLatitude = (text: string) => {
    device.reset();
    // "-8.2193, 114.3692" copied from a map app fills both fields at once.
    const pair = splitCoordinatePair(text);
    onChange(pair ? { latitude: pair[0], longitude: pair[1] } : { ...value, latitude: text });
  };

  return (
    <fieldset className="form-section form-stack" data-field="location">
      <legend>{t('population.householdLocation.legend')}</legend>
      <p className="field-hint">{t('population.householdLocation.intro')}</p>
      <div className="action-buttons">
        <button
          type="button"
          className="button button-primary"
          onClick={device.locate}
          disabled={device.status.state === 'busy'}
        >
          {device.status.state === 'busy'
            ? t('population.householdLocation.locating')
            : t('population.householdLocation.useMyLocation')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={value.latitude === '' && value.longitude === ''}
          onClick={() => {
            device.reset();
            onChange({ latitude: '', longitude: '' });
          }}
        >
          {t('population.householdLocation.clear')}
        </button>
      </div>
      <div role="status" className="location-status">
        {device.status.state === 'done' && (
          <p className="notice notice-success">
            {t('population.householdLocation.located', { m: device.status.accuracyMetres })}
          </p>
        )}
        {device.status.state === 'error' && (
          <p className="notice notice-warning">
            {t(`population.householdLocation.errors.${device.status.problem}`)}
          </p>
        )}
      </div>
      <Suspense
        fallback={
          <div className="household-map household-map-loading">{t('population.household.mapLoading')}</div>
        }
      >
        <HouseholdMap
          villageCode={villageCode}
          latitude={located ? latitude : null}
          longitude={located ? longitude : null}
          onPick={(point) => {
            device.reset();
            setPoint(point.latitude, point.longitude);
          }}
        />
      </Suspense>
      <p className="field-hint">{t('population.householdLocation.legendEdit', { village: villageName })}</p>
      {outside && (
        <p className="notice notice-warning" role="alert">
          {t('population.householdLocation.outside', { village: villageName })}
        </p>
      )}
      <div className="form-grid coordinate-grid">
        <TextField
          label={t('population.householdLocation.latitude')}
          name="latitude"
          hint={t('population.householdLocation.latitudeHint')}
          error={errorFor('latitude')}
          // A text keyboard: the numeric ones of many Android phones have no minus sign, and it is needed.
          autoComplete="off"
          maxLength={40}
          value={value.latitude}
          onChange={typeLatitude}
        />
        <TextField
          label={t('population.householdLocation.longitude')}
          name="longitude"
          hint={t('population.householdLocation.longitudeHint')}
          error={errorFor('longitude')}
          autoComplete="off"
          maxLength={20}
          value={value.longitude}
          onChange={(longitudeText) => {
            device.reset();
            onChange({ ...value, longitude: longitudeText });
          }}
        />
      </div>
      <p className="field-hint">{t('population.householdLocation.pasteHint')}</p>
    </fieldset>
  );
}
