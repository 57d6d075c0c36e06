import { useTranslation } from 'react-i18next';
import type { RevealedResident } from '../../../api/populationTypes.ts';

type Key = Exclude<keyof RevealedResident, 'id'>;
const FIELDS: Key[] = [
  'nik',
  'kkNumber',
  'fatherNik',
  'motherNik',
  'birthCertificateNo',
  'passportNo',
  'kitasNo',
  'insuranceNo',
  'phone',
];

/** The audited full identifiers, clearly marked as such; the button next to the NIK hides them again. */
export function RevealedIdentifiers({ revealed }: { revealed: RevealedResident }) {
  const { t } = useTranslation();
  return (
    <section
      className="panel revealed-panel"
      aria-labelledby="revealed-title"
      data-testid="revealed-identifiers"
    >
      <h2 id="revealed-title" className="section-title">
        {t('population.reveal.shownTitle')}
      </h2>
      <p className="field-hint">{t('population.reveal.shownNote')}</p>
      <dl className="facts facts-compact">
        {FIELDS.map((key) => (
          <div key={key}>
            <dt>{t(`population.revealed.${key}`)}</dt>
            <dd className="mono">{revealed[key] ?? '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
