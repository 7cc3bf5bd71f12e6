/**
 * The headline figures of a dashboard, each with its change on the previous period of the same
 * length: "34 events · +42% on the previous period"; "new" when there was nothing before,
 * "—" when there is nothing either time.
 */
import type { DashboardPeriod, Headline } from '../../../contract/dashboards.ts';
import { changeDirection, changeText } from './figures.ts';
import { periodLabel } from './period.ts';

interface Props {
  headlines: readonly Headline[];
  previousPeriod: DashboardPeriod;
  /** Headline keys that open the table (events), with what they open. */
  onSelect?: Partial<Record<Headline['key'], () => void>>;
  compact?: boolean;
}

export function Headlines({ headlines, previousPeriod, onSelect, compact }: Props) {
  const before = periodLabel(previousPeriod);
  return (
    <ul className={`headlines${compact ? ' headlines-compact' : ''}`} aria-label="Headline figures">
      {headlines.map((h) => {
        const change = changeText(h.value, h.previous);
        const direction = changeDirection(h.value, h.previous);
        const open = onSelect?.[h.key];
        const value = <span className="headline-value">{h.value.toLocaleString('en-US')}</span>;
        return (
          <li key={h.key} className="headline" data-key={h.key}>
            {open && h.value > 0 ? (
              <button type="button" className="headline-open" onClick={open} aria-label={`Open the ${h.value} ${h.label}`}>
                {value}
              </button>
            ) : (
              value
            )}
            <span className="headline-label">{h.label}</span>
            <span className={`headline-change change-${change === '—' ? 'none' : direction}`}>
              {change === '—' || change === 'new' ? change : `${change} on the previous period`}
            </span>
            <span className="headline-previous" title={`${before}: ${h.previous.toLocaleString('en-US')}`}>
              {compact ? 'Previous' : before}: {h.previous.toLocaleString('en-US')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
