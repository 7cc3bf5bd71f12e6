/**
 * What the import is filed under: the document's title and its relationship file, as the table,
 * the dashboards and a briefing's sources will name it. Suggested from the headings, the file's
 * name and the countries the entries name most; the analyst may write anything.
 */
import { useId, useState } from 'react';
import type { PreviewSummary } from '../../../contract/imports.ts';
import { CountryPicker, type CountryChoice } from '../countries/CountryPicker.tsx';

interface Props {
  preview: PreviewSummary;
  countries: readonly CountryChoice[];
  disabled: boolean;
  onName(title: string, fileCountries: string[]): Promise<void>;
}

export function NamingPanel({ preview, countries, disabled, onName }: Props) {
  const id = useId();
  const unnamed = !preview.titleFound && !preview.named;
  const [title, setTitle] = useState(unnamed ? (preview.suggestions.titles[0] ?? '') : preview.title);
  const [file, setFile] = useState<string[]>(preview.fileCountries.length > 0 ? preview.fileCountries : (preview.suggestions.files[0] ?? []));
  const nameOf = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const changed = title.trim() !== preview.title || file.join(' ') !== preview.fileCountries.join(' ');

  return (
    <form
      className="naming"
      aria-label="Filed under"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) void onName(title.trim(), file);
      }}
    >
      {unnamed && (
        <p className="warn-text small" role="note">
          The reader found no title it recognises, so this would be filed under “{preview.title}”. Name the document and its relationship file.
        </p>
      )}
      <div className="naming-row">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={title}
          list={`${id}-titles`}
          maxLength={300}
          disabled={disabled}
          onChange={(e) => setTitle(e.target.value)}
        />
        <datalist id={`${id}-titles`}>
          {preview.suggestions.titles.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </div>
      {preview.suggestions.titles.length > 0 && (
        <div className="naming-row naming-offers" role="group" aria-label="Suggested titles">
          <span className="muted small">Suggested:</span>
          {preview.suggestions.titles.slice(0, 4).map((t) => (
            <button key={t} type="button" className="link" disabled={disabled} onClick={() => setTitle(t)}>
              {t}
            </button>
          ))}
        </div>
      )}
      <div className="naming-row">
        <span id={`${id}-file`}>Relationship file</span>
        <div className="naming-file" role="group" aria-labelledby={`${id}-file`}>
          <CountryPicker countries={countries} chosen={file} onChange={setFile} label="Add a country to the file" />
        </div>
      </div>
      {preview.suggestions.files.length > 0 && (
        <div className="naming-row naming-offers" role="group" aria-label="Suggested files">
          <span className="muted small">Suggested:</span>
          {preview.suggestions.files.slice(0, 3).map((codes) => (
            <button key={codes.join('-')} type="button" className="link" disabled={disabled} onClick={() => setFile(codes)}>
              {codes.map(nameOf).join('–')}
            </button>
          ))}
        </div>
      )}
      <div className="naming-row">
        <button type="submit" disabled={disabled || !title.trim() || (!changed && !unnamed)}>
          File under this name
        </button>
        {preview.named && !changed && <span className="muted small">Named by you.</span>}
      </div>
    </form>
  );
}
