/** A tag's colour as a small dot; a tag without a colour shows a hollow one. */
import type { CSSProperties } from 'react';
import { TAG_COLORS } from '../../../contract/annotations.ts';
import './tags.css';

/** Names for the palette, so a colour is never told by its hue alone. */
export const COLOR_NAMES: Record<(typeof TAG_COLORS)[number], string> = {
  '#2563eb': 'blue',
  '#0891b2': 'teal',
  '#059669': 'green',
  '#65a30d': 'olive',
  '#ca8a04': 'amber',
  '#ea580c': 'orange',
  '#dc2626': 'red',
  '#db2777': 'pink',
  '#7c3aed': 'violet',
  '#64748b': 'slate',
};

export const colorName = (color: string | null): string =>
  color === null ? 'no colour' : (COLOR_NAMES[color.toLowerCase() as keyof typeof COLOR_NAMES] ?? color);

export function TagSwatch({ color, size = 10 }: { color: string | null; size?: number }) {
  const style = { '--swatch': color ?? 'transparent', width: size, height: size } as CSSProperties;
  return <span className={color ? 'tag-swatch' : 'tag-swatch is-none'} style={style} aria-hidden="true" />;
}
