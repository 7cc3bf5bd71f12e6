/**
 * The briefing as printed pages. Blocks are first drawn in a hidden column exactly as wide as a
 * page's body, measured once the fonts have loaded, laid out by the paginator, and then drawn
 * on their pages. The preview and the PDF both show this component, so what the analyst sees
 * is what prints.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { buildBlocks } from './blocks.ts';
import { BlockView } from './BlockView.tsx';
import type { SheetDocument } from './document.ts';
import { pageGeometry } from './geometry.ts';
import { layOut, type SheetLayout } from './layout.ts';
import { PageFrame } from './PageFrame.tsx';
import './fonts.ts';
import './sheet.css';

interface Props {
  doc: SheetDocument;
  /** Called after each layout with its page count (or why it failed). */
  onLaidOut?(outcome: { pages: number } | { error: string }): void;
  /** The zoom of the pages on screen (printing is always 1:1). */
  zoom?: number;
}

export function BriefingSheet({ doc, onLaidOut, zoom = 1 }: Props) {
  const geometry = pageGeometry(doc.briefing.paper);
  const blocks = useMemo(() => buildBlocks(doc), [doc]);
  const column = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<SheetLayout | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const measuring = layout?.blocks !== blocks;

  useLayoutEffect(() => {
    let cancelled = false;
    // Text drawn in the column asked for its fonts during layout; measure once they are in.
    void document.fonts.ready.then(() => {
      if (cancelled || !column.current) return;
      try {
        performance.mark('sheet:measure');
        setLayout(layOut(blocks, column.current, geometry.bodyHeightPx));
        performance.mark('sheet:laid-out');
        setFailure(null);
      } catch (e) {
        setFailure((e as Error).message);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [blocks, geometry.bodyHeightPx]);

  const report = useRef(onLaidOut);
  report.current = onLaidOut;
  useEffect(() => {
    if (failure) report.current?.({ error: `The sheet could not be laid out: ${failure}` });
    else if (layout && !measuring) report.current?.({ pages: layout.pages.length });
  }, [layout, measuring, failure]);

  const book = doc.briefing.template === 'briefing-book';
  return (
    <div className={`sheet-root sheet-${doc.briefing.template}`} data-paper={geometry.paper}>
      {layout && (
        <div className="sheet-pages" style={zoom === 1 ? undefined : { zoom }}>
          {layout.pages.map((page, p) => (
            <PageFrame key={p} doc={doc} geometry={geometry} number={p + 1} total={layout.pages.length} kind={p > 0 ? 'body' : book ? 'cover' : 'first'}>
              {page.map((part, k) => {
                const block = layout.blocks[part.block]!;
                return (
                  <div
                    key={`${block.key}-${part.continued ? 'c' : ''}${k}`}
                    className={`sheet-block sheet-block-${block.kind}${part.clipped ? ' sheet-block-clipped' : ''}`}
                    id={!part.continued ? block.anchor : undefined}
                    style={k > 0 && block.gap ? { marginTop: block.gap } : undefined}
                  >
                    <BlockView block={block} doc={doc} node={part.node} pageOf={layout.pageOf} />
                    {part.clipped && <p className="sheet-empty">This entry is longer than a page and is shortened here.</p>}
                  </div>
                );
              })}
            </PageFrame>
          ))}
        </div>
      )}
      {measuring && (
        <div className="sheet-measure" ref={column} aria-hidden="true" style={{ width: `${geometry.bodyWidthMm}mm` }}>
          {blocks.map((block) => (
            <div key={block.key} className={`sheet-block sheet-block-${block.kind}`}>
              <BlockView block={block} doc={doc} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
