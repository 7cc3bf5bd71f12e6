/**
 * One dashboard widget: a title, a one-line definition of what is counted, the chart, and the
 * same numbers as a real table behind "Show as table". The chart is an image to assistive
 * technology (its aria-label says what it shows); the table is the accessible way in, and
 * every number in it is a button that opens the events behind it.
 */
import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  /** What is counted, in one line ("Events by the month they start in, by category"). */
  definition?: ReactNode;
  /** The chart in one or two sentences, read out instead of the picture. */
  summary: string;
  /** Shown instead of the chart and its table when there is nothing to draw. */
  empty?: ReactNode;
  /** Under the chart, outside the image: a legend whose entries are buttons. */
  legend?: ReactNode;
  table?: ReactNode;
  className?: string;
  children: ReactNode;
  testId?: string;
}

export function ChartFrame({ title, definition, summary, empty, legend, table, className, children, testId }: Props) {
  const id = useId();
  return (
    <section className={`dash-card chart-frame${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-title`} data-testid={testId}>
      <header className="dash-card-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {definition && <p className="dash-definition">{definition}</p>}
      </header>
      {empty ? (
        <div className="dash-empty">{empty}</div>
      ) : (
        <>
          <div className="chart-body" role="img" aria-label={summary}>
            {children}
          </div>
          {legend}
          {table && (
            <details className="chart-table">
              <summary>Show as table</summary>
              {table}
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** A number in a fallback table that opens its events; zero is plain text (nothing to open). */
export function CountButton({ value, label, onClick }: { value: number; label: string; onClick?: () => void }) {
  if (value === 0 || !onClick) return <span className={value === 0 ? 'muted' : undefined}>{value.toLocaleString('en-US')}</span>;
  return (
    <button type="button" className="link-button count-button" aria-label={label} onClick={onClick}>
      {value.toLocaleString('en-US')}
    </button>
  );
}
