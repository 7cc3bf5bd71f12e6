/**
 * The tag colours (TAG_COLORS) and "No colour", as a row of buttons. Used in the swatch
 * popover of a tag and in the new-tag form.
 */
import { TAG_COLORS } from '../../../contract/annotations.ts';
import { COLOR_NAMES, TagSwatch } from './TagSwatch.tsx';

interface Props {
  value: string | null;
  onChange(color: string | null): void;
  label: string;
  disabled?: boolean;
}

export function ColorPalette({ value, onChange, label, disabled = false }: Props) {
  const current = value?.toLowerCase() ?? null;
  return (
    <div role="group" aria-label={label} className="color-palette">
      {TAG_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className="color-choice"
          aria-label={COLOR_NAMES[c]}
          title={COLOR_NAMES[c]}
          aria-pressed={current === c}
          disabled={disabled}
          onClick={() => onChange(c)}
        >
          <TagSwatch color={c} size={14} />
        </button>
      ))}
      <button type="button" className="color-choice color-none" aria-pressed={current === null} disabled={disabled} onClick={() => onChange(null)}>
        <TagSwatch color={null} size={14} /> No colour
      </button>
    </div>
  );
}
