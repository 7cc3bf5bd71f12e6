/** The one period of the whole dashboard screen: every widget, headline and drill-through uses it. */
import { formatDateRange } from '../format.ts';
import { PERIOD_KINDS, resolvePeriod, type PeriodChoice, type PeriodKind } from './period.ts';

interface Props {
  choice: PeriodChoice;
  onChange(choice: PeriodChoice): void;
  today: string;
  /** Years offered for "All of a year", newest first. */
  years: readonly number[];
}

export function PeriodPicker({ choice, onChange, today, years }: Props) {
  const period = resolvePeriod(choice, today);
  const change = (kind: PeriodKind) => {
    if (kind === 'year') onChange({ kind, year: choice.kind === 'year' ? choice.year : (years[0] ?? Number(today.slice(0, 4))) });
    else if (kind === 'custom') onChange({ kind, from: period.from, to: period.to });
    else onChange({ kind });
  };
  const yearChoices = choice.kind === 'year' && !years.includes(choice.year) ? [choice.year, ...years] : years;
  return (
    <fieldset className="period-picker">
      <legend className="visually-hidden">Period</legend>
      <label>
        Period{' '}
        <select aria-label="Period" value={choice.kind} onChange={(e) => change(e.target.value as PeriodKind)}>
          {PERIOD_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {choice.kind === 'year' && (
        <select aria-label="Year" value={choice.year} onChange={(e) => onChange({ kind: 'year', year: Number(e.target.value) })}>
          {yearChoices.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      )}
      {choice.kind === 'custom' ? (
        <>
          <label>
            From{' '}
            <input
              type="date"
              aria-label="From"
              value={choice.from}
              max={choice.to}
              required
              onChange={(e) => e.target.value && onChange({ ...choice, from: e.target.value })}
            />
          </label>
          <label>
            To{' '}
            <input
              type="date"
              aria-label="To"
              value={choice.to}
              min={choice.from}
              required
              onChange={(e) => e.target.value && onChange({ ...choice, to: e.target.value })}
            />
          </label>
        </>
      ) : (
        <span className="muted period-range" data-testid="period-range">
          {formatDateRange(period.from, period.to)}
        </span>
      )}
    </fieldset>
  );
}
