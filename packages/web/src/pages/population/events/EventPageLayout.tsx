import type { ReactNode } from 'react';
import { BackLink } from '../../../ui/BackLink.tsx';
import '../../../i18n/lazy/populationEvents.ts';

interface EventPageLayoutProps {
  title: string;
  subtitle?: string;
  backTo: string;
  backLabel: string;
  children: ReactNode;
  testId?: string;
}

/** Frame of every registry form page: way back, title, what it is about, then the form. */
export function EventPageLayout({
  title,
  subtitle,
  backTo,
  backLabel,
  children,
  testId,
}: EventPageLayoutProps) {
  return (
    <div className="page form-page" data-testid={testId}>
      <BackLink to={backTo} label={backLabel} />
      <header className="page-header">
        <h1 className="page-title">{title}</h1>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </header>
      {children}
    </div>
  );
}
