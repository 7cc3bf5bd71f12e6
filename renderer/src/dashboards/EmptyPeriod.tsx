/** A period with nothing to show: a calm sentence where the charts would be, never an empty axis box. */
import type { ReactNode } from 'react';

export function EmptyPeriod({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <section className={`dash-card dash-empty-period${className ? ` ${className}` : ''}`} role="status">
      <p>{children}</p>
      <p className="muted small">The period applies to every figure on this screen; change it above.</p>
    </section>
  );
}
