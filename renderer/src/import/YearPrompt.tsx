/**
 * Asked once per document when entries give no year and nothing around them does: the
 * analyst's year dates them all (the months' turn into January carries it on).
 */
import { useState } from 'react';
import { formatCount } from '../format.ts';

export function YearPrompt(props: { needed: number; given: number | null; disabled: boolean; onYear(year: number): Promise<void> }) {
  const { needed, given, disabled, onYear } = props;
  const [year, setYear] = useState(given ? String(given) : '');
  const valid = /^\d{4}$/.test(year) && +year >= 1000 && +year <= 2100;
  if (needed === 0 && given === null) return null;
  return (
    <form
      className="notice notice-ask year-prompt"
      aria-label="Year of the undated entries"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void onYear(+year);
      }}
    >
      {needed > 0 ? (
        <p>
          <strong>
            {formatCount(needed)} {needed === 1 ? 'entry gives' : 'entries give'} no year
          </strong>
          , and neither does anything around them (no period line, heading or title). In which year does the chronology begin?
        </p>
      ) : (
        <p role="status">Entries without a year are dated from the year you gave, {given}; each says so in its warnings.</p>
      )}
      <label>
        Year{' '}
        <input inputMode="numeric" pattern="\d{4}" size={6} value={year} disabled={disabled} onChange={(e) => setYear(e.target.value.trim())} aria-invalid={year !== '' && !valid} />
      </label>{' '}
      <button type="submit" className={needed > 0 ? 'primary' : ''} disabled={disabled || !valid || +year === given}>
        {needed > 0 ? 'Date these entries' : 'Change the year'}
      </button>
      {year !== '' && !valid && <span className="warn-text"> A year from 1000 to 2100, written in four digits.</span>}
    </form>
  );
}
