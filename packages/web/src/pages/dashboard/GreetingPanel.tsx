import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { roleLabel } from '../../layout/roleLabel.ts';
import { areaDisplayName } from '../../regions/regionCodes.ts';
import { greetingKey } from './greeting.ts';

export function GreetingPanel() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const areaTitle = user.role === 'citizen' ? t('dashboard.yourVillage') : t('dashboard.yourArea');

  return (
    <section className="panel greeting-panel" aria-labelledby="greeting-title">
      <h1 id="greeting-title" className="page-title">
        {t(greetingKey(new Date().getHours()), { name: user.displayName })}
      </h1>
      <p className="greeting-role">{roleLabel(user, t)}</p>
      <dl className="greeting-area">
        <div>
          <dt>{areaTitle}</dt>
          <dd>{areaDisplayName(user)}</dd>
        </div>
        {/* Area levels and region codes are the staff's tools; a citizen only needs their village's name. */}
        {user.role !== 'citizen' && (
          <>
            <div>
              <dt>{t('dashboard.areaLevel')}</dt>
              <dd>{t(`levels.${user.areaLevel}`)}</dd>
            </div>
            <div>
              <dt>{t('dashboard.regionCode')}</dt>
              <dd className="mono">{user.areaCode}</dd>
            </div>
          </>
        )}
      </dl>
    </section>
  );
}
