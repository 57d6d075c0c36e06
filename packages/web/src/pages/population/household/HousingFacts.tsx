import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../../ui/useCodeLists.ts';
import { shownHousingFacts } from './housingGroups.ts';

/**
 * Housing facts as coded in Regsosek 2022 section III, each with its label from the code lists; a second or
 * third electricity meter only when the house has one.
 */
export function HousingFacts({ housing }: { housing: Record<string, number | null> }) {
  const { t } = useTranslation();
  const { label } = useCodeLists();
  return (
    <section className="panel" aria-labelledby="housing-title">
      <h2 id="housing-title" className="section-title">
        {t('population.housing.title')}
      </h2>
      <dl className="facts">
        {shownHousingFacts(housing).map((key) => {
          const value = housing[key] ?? null;
          const text =
            value === null
              ? '—'
              : key === 'floor_area_m2'
                ? t('population.housing.squareMetres', { n: value })
                : label(key, value);
          return (
            <div key={key}>
              <dt>{t(`population.housing.${key}`)}</dt>
              <dd>{text}</dd>
            </div>
          );
        })}
      </dl>
      <p className="field-hint">{t('population.housing.source')}</p>
    </section>
  );
}
