/**
 * Paper and page geometry, in millimetres, shared by the sheet's CSS (through style props)
 * and the paginator (in CSS pixels, 96 per inch, which is what Chromium prints with).
 */
import type { Paper } from '../../../../contract/briefings.ts';

export const PX_PER_MM = 96 / 25.4;

export const PAPERS: Record<Paper, { label: string; widthMm: number; heightMm: number }> = {
  a4: { label: 'A4', widthMm: 210, heightMm: 297 },
  letter: { label: 'US Letter', widthMm: 215.9, heightMm: 279.4 },
};

/** The bands at the top and bottom hold the marking, the title, the date and the page number. */
export const MARGIN_MM = { top: 22, bottom: 22, side: 20 } as const;

/**
 * The body area is a little shorter than the space between the bands: line boxes measured on
 * screen and laid out for print can differ by a fraction of a pixel per line, and a page that
 * overflows by one pixel would print a blank sheet.
 */
const SAFETY_PX = 6;

export interface PageGeometry {
  paper: Paper;
  widthMm: number;
  heightMm: number;
  bodyWidthMm: number;
  bodyHeightMm: number;
  /** What the paginator may fill on one page. */
  bodyHeightPx: number;
}

export function pageGeometry(paper: Paper): PageGeometry {
  const { widthMm, heightMm } = PAPERS[paper];
  const bodyWidthMm = widthMm - 2 * MARGIN_MM.side;
  const bodyHeightMm = heightMm - MARGIN_MM.top - MARGIN_MM.bottom;
  return { paper, widthMm, heightMm, bodyWidthMm, bodyHeightMm, bodyHeightPx: bodyHeightMm * PX_PER_MM - SAFETY_PX };
}
