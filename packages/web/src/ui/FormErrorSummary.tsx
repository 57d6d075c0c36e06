import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The top-of-form alert after a refused submit: what the server said plus any problem that has no field on
 * screen. It takes focus so keyboard and screen-reader users learn at once that the form was not saved.
 */
export function FormErrorSummary({ messages, fieldCount }: { messages: string[]; fieldCount: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = messages.length > 0 || fieldCount > 0;

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, messages]);

  if (!visible) return null;
  return (
    <div ref={ref} className="notice notice-error" role="alert" tabIndex={-1} data-testid="form-errors">
      <p className="notice-title">{t('forms.notSaved')}</p>
      {messages.map((message, index) => (
        <p key={index}>{message}</p>
      ))}
      {fieldCount > 0 && <p>{t('forms.checkFields', { n: fieldCount })}</p>}
    </div>
  );
}
