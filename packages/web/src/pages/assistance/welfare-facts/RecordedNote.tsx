// Where a unit's welfare answers last came from (an imported file, the desk, a visit) and when.
import { useTranslation } from 'react-i18next';
import '../../../i18n/lazy/welfareFacts.ts';

export interface Recorded {
  source: 'file' | 'desk' | 'visit' | null;
  updatedAt: string | null;
}

export function RecordedNote({ recorded }: { recorded: Recorded }) {
  const { t } = useTranslation();
  return (
    <p className="field-hint">
      {recorded.source
        ? t('welfareFacts.recorded', {
            source: t(`welfareFacts.sourceName.${recorded.source}`),
            date: recorded.updatedAt?.slice(0, 10),
          })
        : t('welfareFacts.nothingRecorded')}
    </p>
  );
}
