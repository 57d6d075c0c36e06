import { useTranslation } from 'react-i18next';
import type { ProposalItem } from '../../../../api/proposals.ts';
import '../../../../i18n/lazy/proposals.ts';

const HINTS = ['alreadyEnrolled', 'unknownFamily', 'otherOpenDispute', 'notRecipient'] as const;

/** What the operator's check should look at, found by the server in the registry and the enrolments. */
export function ItemHints({ item }: { item: ProposalItem }) {
  const { t } = useTranslation();
  const found = HINTS.filter((hint) => item.hints[hint]);
  return (
    <section className="panel form-stack" data-testid="item-hints">
      <h2 className="section-title">{t('proposals.item.hints')}</h2>
      {found.length === 0 ? (
        <p className="muted">{t('proposals.item.noHints')}</p>
      ) : (
        <ul className="notice notice-warning proposal-hints">
          {found.map((hint) => (
            <li key={hint}>{t(`proposals.item.hint.${hint}`)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
