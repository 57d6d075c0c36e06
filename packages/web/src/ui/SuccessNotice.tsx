import { useLocation } from 'react-router';

/** The confirmation a form leaves behind when it navigates here (`navigate(to, { state: { notice } })`). */
export function SuccessNotice() {
  const { state } = useLocation() as { state: unknown };
  const notice = state && typeof state === 'object' && 'notice' in state ? String(state.notice) : null;
  if (!notice) return null;
  return (
    <p className="notice notice-success" role="status" data-testid="success-notice">
      {notice}
    </p>
  );
}
