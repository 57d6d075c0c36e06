import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/language.ts';
import { formatDateTime } from '../../ui/format.ts';
import '../../i18n/lazy/assistance.ts';

/** What is behind among the stored figures a page shows: how many villages, and when the oldest was counted. */
export interface Staleness {
  /** Villages (or figures) not current: the server is recounting them. */
  pending: number;
  /** When the oldest of them was counted; null: none of them was counted yet. */
  countedAt: string | null;
}

/**
 * Says in words that some stored figures shown are being recounted and when they were last counted, and that
 * the page updates itself (it asks again until they are current). Nothing when every figure is current.
 */
export function FreshnessNote({ staleness, detail }: { staleness: Staleness; detail?: string }) {
  const { t, i18n } = useTranslation();
  if (staleness.pending === 0) return null;
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  return (
    <p className="notice notice-info freshness-note" role="status" data-testid="freshness-note">
      {staleness.countedAt
        ? t('assistance.freshness.stale', { time: formatDateTime(staleness.countedAt, language) })
        : t('assistance.freshness.notYet')}{' '}
      {detail && <>{detail}. </>}
      {t('assistance.freshness.updates')}
    </p>
  );
}
