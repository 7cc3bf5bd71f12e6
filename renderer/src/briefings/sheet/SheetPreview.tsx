/**
 * PLACEHOLDER being replaced: the paginated briefing sheet as it will print.
 */
import type { Briefing } from '../../../../contract/briefings.ts';

export interface SheetPreviewProps {
  briefing: Briefing;
  /** Bumped by the composer after any change that the store saved, so the sheet reads sources/chronology again. */
  revision: number;
}

export function SheetPreview({ briefing }: SheetPreviewProps) {
  return <div className="sheet-preview">{briefing.title}</div>;
}
