/** Chosen countries as removable chips, and a field to add one by name or code. */
import { useId, useState } from 'react';

export interface CountryChoice {
  code: string;
  name: string;
}

interface Props {
  countries: readonly CountryChoice[];
  chosen: readonly string[];
  onChange(codes: string[]): void;
  label?: string;
}

export function CountryPicker({ countries, chosen, onChange, label = 'Add a country' }: Props) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const byCode = new Map(countries.map((c) => [c.code, c.name]));

  const add = (text: string) => {
    const wanted = text.trim().toLowerCase();
    const found = countries.find((c) => c.code.toLowerCase() === wanted || c.name.toLowerCase() === wanted);
    if (!found) return;
    // Chosen already (the list's Enter writes a name it has just taken again): nothing is left to do, so nothing is left in the box.
    setTyped('');
    if (!chosen.includes(found.code)) onChange([...chosen, found.code]);
  };

  return (
    <>
      <div className="chips" role="group" aria-label="Chosen countries">
        {chosen.map((code) => (
          <button key={code} type="button" className="chip chip-removable" aria-label={`Remove ${byCode.get(code) ?? code}`} onClick={() => onChange(chosen.filter((c) => c !== code))}>
            {byCode.get(code) ?? code} <span aria-hidden="true">×</span>
          </button>
        ))}
      </div>
      <input
        aria-label={label}
        // Until the list arrives a typed name cannot be matched and would be lost: the field waits for it.
        disabled={countries.length === 0}
        placeholder={countries.length === 0 ? 'Reading the list of countries…' : `${label} (e.g. Japan or JP)`}
        list={`${id}-countries`}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          // Picking from the list fills in the whole name: take it at once.
          if (countries.some((c) => c.name === e.target.value)) add(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(typed);
          }
        }}
      />
      <datalist id={`${id}-countries`}>
        {countries.map((c) => (
          <option key={c.code} value={c.name}>
            {c.code}
          </option>
        ))}
      </datalist>
    </>
  );
}
