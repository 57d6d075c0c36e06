import { useTranslation } from 'react-i18next';
import { fetchVillagePlaces } from '../../../api/population.ts';
import { levelOfCode } from '../../../regions/regionCodes.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { FormField } from '../../../ui/FormField.tsx';
import type { AreaFilters } from '../../../ui/listUrl.ts';
import { useAsyncData } from '../../../ui/useAsyncData.ts';

interface AreaFilterFieldsProps {
  area: AreaFilters;
  onChange: (changes: Partial<AreaFilters>) => void;
}

/** Digits only, as RW and RT numbers are typed on a phone's number pad. */
export const numericInput = (value: string, max: number) => value.replace(/\D/g, '').slice(0, max);

const distinct = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => v !== null && v !== ''))].sort();
/** "001" is typed "1" as often as not; the list offers the number without its zeros. */
const unpadded = (value: string | null) => (value === null ? null : value.replace(/^0+(?=.)/, ''));

/**
 * The village's own dusun, RW and RT as suggestions (a datalist: typing stays possible), narrowed by what is
 * already chosen; none when the list shows more than one village.
 */
function useVillagePlaces(area: AreaFilters) {
  const { code } = useSelectedRegion();
  const isVillage = levelOfCode(code) === 'village';
  const places = useAsyncData(isVillage ? code : null, () => fetchVillagePlaces(code));
  const all = places.status === 'success' ? places.data.places : [];
  const inDusun = all.filter((p) => !area.dusun || p.dusun?.toLowerCase() === area.dusun.toLowerCase());
  const inRw = inDusun.filter((p) => !area.rw || unpadded(p.rw) === unpadded(area.rw));
  return {
    dusun: distinct(all.map((p) => p.dusun)),
    rw: distinct(inDusun.map((p) => unpadded(p.rw))),
    rt: distinct(inRw.map((p) => unpadded(p.rt))),
  };
}

function Suggestions({ id, values }: { id: string; values: string[] }) {
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  );
}

/** Dusun, RW and RT: the cells of a list's filter grid that narrow it to a part of the village. */
export function AreaFilterFields({ area, onChange }: AreaFilterFieldsProps) {
  const { t } = useTranslation();
  const places = useVillagePlaces(area);
  return (
    <>
      <Suggestions id="village-dusun" values={places.dusun} />
      <Suggestions id="village-rw" values={places.rw} />
      <Suggestions id="village-rt" values={places.rt} />
      <FormField label={t('population.fields.dusun')} name="dusun">
        {(control) => (
          <input
            {...control}
            maxLength={60}
            list="village-dusun"
            value={area.dusun}
            onChange={(event) => onChange({ dusun: event.target.value })}
          />
        )}
      </FormField>
      <FormField label="RW" name="rw">
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            list="village-rw"
            value={area.rw}
            onChange={(event) => onChange({ rw: numericInput(event.target.value, 3) })}
          />
        )}
      </FormField>
      <FormField label="RT" name="rt">
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            list="village-rt"
            value={area.rt}
            onChange={(event) => onChange({ rt: numericInput(event.target.value, 3) })}
          />
        )}
      </FormField>
    </>
  );
}
