import { useTranslation } from 'react-i18next';
import { EMPTY_PERSON } from './personDraft.ts';
import type { PersonDraft } from './personDraft.ts';
import { PersonFieldset } from './PersonFieldset.tsx';
import '../../../i18n/lazy/populationEvents.ts';

const MAX_MEMBERS = 30;

interface MoveInMembersProps {
  members: PersonDraft[];
  onChange: (members: PersonDraft[]) => void;
  errorFor: (field: string) => string | undefined;
}

/** One fieldset per arriving person, with add and remove; errors arrive as `members.<i>.<field>`. */
export function MoveInMembers({ members, onChange, errorFor }: MoveInMembersProps) {
  const { t } = useTranslation();
  const update = (index: number, draft: PersonDraft) =>
    onChange(members.map((m, i) => (i === index ? draft : m)));

  return (
    <div className="form-stack" data-field="members">
      <h2 className="section-title">{t('population.moveIn.members', { n: members.length })}</h2>
      {errorFor('members') && (
        <p className="field-error" role="alert">
          {errorFor('members')}
        </p>
      )}
      {members.map((member, index) => (
        <div key={index} className="member-block">
          <PersonFieldset
            legend={t('population.moveIn.member', { n: index + 1 })}
            draft={member}
            onChange={(draft) => update(index, draft)}
            prefix={`members.${index}.`}
            errorFor={errorFor}
            mode="new"
            showRelationship
          />
          {members.length > 1 && (
            <button
              type="button"
              className="button button-danger-outline button-small"
              onClick={() => onChange(members.filter((_, i) => i !== index))}
            >
              {t('population.moveIn.removeMember', { n: index + 1 })}
            </button>
          )}
        </div>
      ))}
      {members.length < MAX_MEMBERS && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange([...members, { ...EMPTY_PERSON, relationship: '' }])}
        >
          {t('population.moveIn.addMember')}
        </button>
      )}
    </div>
  );
}
