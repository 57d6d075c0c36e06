import '../shared/badges.css';
import { useTranslation } from 'react-i18next';
import type { HouseholdListItem } from '../../../api/populationTypes.ts';
import { completenessBadges } from './completeness.ts';

/** Map pin, head, housing facts: a word and a colour each (green: done, yellow: still missing). */
export function CompletenessBadges({ household }: { household: HouseholdListItem }) {
  const { t } = useTranslation();
  const housing = { answered: household.housingAnswered, total: household.housingTotal };
  return (
    <ul className="badge-list" data-testid="completeness">
      {completenessBadges(household).map(({ gap, complete }) => (
        <li
          key={gap}
          className={complete ? 'badge badge-done' : 'badge badge-missing'}
          title={gap === 'housing' ? t('population.householdList.badges.housingTitle', housing) : undefined}
        >
          {gap === 'housing'
            ? t('population.householdList.badges.housing', housing)
            : t(`population.householdList.badges.${gap}${complete ? 'Done' : 'Missing'}`)}
        </li>
      ))}
    </ul>
  );
}
