import { useLocation } from 'react-router';

/**
 * The confirmation a form leaves behind when it navigates here (`navigate(to, { state: { notice } })`), with
 * the warnings the record was saved with (`warnings`: texts in the reader's language), so the operator sees
 * them on the confirmation and not only later on the record.
 */
export function SuccessNotice() {
  const { state } = useLocation() as { state: unknown };
  const notice = state && typeof state === 'object' && 'notice' in state ? String(state.notice) : null;
  if (!notice) return null;
  const warnings =
    state && typeof state === 'object' && 'warnings' in state && Array.isArray(state.warnings)
      ? state.warnings.map(String)
      : [];
  return (
    <>
      <p className="notice notice-success" role="status" data-testid="success-notice">
        {notice}
      </p>
      {warnings.length > 0 && (
        <ul className="notice notice-warning" data-testid="saved-warnings">
          {warnings.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </>
  );
}
