import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

/**
 * A step of the wizard as a titled panel. The step it replaced is gone, so its title takes focus when it
 * appears: keyboard and screen-reader users land on what changed.
 */
export function StepSection({
  title,
  testId,
  live,
  children,
}: {
  title: string;
  testId: string;
  /** Announce changes inside (progress) to screen readers. */
  live?: boolean;
  children: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section
      className="panel form-stack"
      aria-labelledby={titleId}
      aria-live={live ? 'polite' : undefined}
      data-testid={testId}
    >
      <h2 id={titleId} ref={ref} tabIndex={-1} className="section-title focus-target">
        {title}
      </h2>
      {children}
    </section>
  );
}
