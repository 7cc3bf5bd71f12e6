/** One block of the sheet, the same in the measuring column and on its page. */
import type { Element } from 'hast';
import type { ReactNode } from 'react';
import type { CitationSnapshot } from '../../../../contract/briefings.ts';
import { formatDateRange } from '../../format.ts';
import { periodLabel } from '../../dashboards/period.ts';
import { subjectLine } from '../subject-order.ts';
import type { Block } from './blocks.ts';
import type { SheetDocument } from './document.ts';
import { SheetText } from './SheetText.tsx';

interface Props {
  block: Block;
  doc: SheetDocument;
  /** The part of a cut paragraph to show instead of the whole. */
  node?: Element;
  /** Page numbers of the anchors, once laid out (the table of contents shows them). */
  pageOf?: ReadonlyMap<string, number>;
}

export const snapshotDate = (s: Pick<CitationSnapshot, 'dateStart' | 'dateEnd' | 'precision'>) => formatDateRange(s.dateStart, s.dateEnd, s.precision);

export const subjectLabel = (doc: SheetDocument): string => subjectLine(doc.briefing.subject ?? [], doc.briefing.title, doc.countryNames);

export function BlockView({ block, doc, node, pageOf }: Props): ReactNode {
  const { briefing } = doc;
  switch (block.kind) {
    case 'cover':
      return <Cover doc={doc} />;
    case 'masthead':
      return (
        <header className="sheet-masthead">
          <h1 className="sheet-title">{briefing.title}</h1>
          {briefing.subtitle && <p className="sheet-subtitle">{briefing.subtitle}</p>}
          <p className="sheet-meta">{metaLine(doc).join(' · ')}</p>
        </header>
      );
    case 'toc-title':
      return <h1 className="sheet-h1">Contents</h1>;
    case 'toc-entry':
      return (
        <a className="sheet-toc-entry" href={`#${block.target}`} onClick={(e) => jumpTo(e, block.target)}>
          <span className="sheet-toc-label">{block.label}</span>
          <span className="sheet-toc-leader" aria-hidden="true" />
          <span className="sheet-toc-page">{pageOf?.get(block.target) ?? '0'}</span>
        </a>
      );
    case 'heading': {
      const Tag = `h${block.level}` as 'h1' | 'h2';
      return <Tag className={`sheet-h${block.level}`}>{block.text}</Tag>;
    }
    case 'label':
      return <p className="sheet-label">{block.text}</p>;
    case 'key-point':
      return (
        <ul className="sheet-key-points">
          <li>{block.text}</li>
        </ul>
      );
    case 'md': {
      const shown = node ?? block.node;
      const tone = `sheet-md sheet-md-${block.tone}`;
      if (block.list) {
        const List = block.list.ordered ? 'ol' : 'ul';
        return (
          <List className={tone} start={block.list.ordered ? block.list.start : undefined}>
            <SheetText node={shown} />
          </List>
        );
      }
      return (
        <div className={tone}>
          <SheetText node={shown} />
        </div>
      );
    }
    case 'citation': {
      const s = block.citation.snapshot;
      const notes = block.citation.withNote ? s.notes : [];
      return (
        <div className="sheet-citation">
          <span className="sheet-citation-date">{snapshotDate(s)}</span>
          <span className="sheet-citation-text">
            {s.summary}
            {s.location && <span className="sheet-citation-place"> ({s.location})</span>}
            {notes.length > 0 && <span className="sheet-citation-notes"> Analyst’s note{notes.length > 1 ? 's' : ''} ({[...new Set(notes.map((n) => n.author))].join(', ')}):</span>}
          </span>
        </div>
      );
    }
    case 'chart': {
      const data = doc.charts.get(block.sectionId);
      const { ChartView } = doc;
      if (typeof data === 'object' && ChartView) return <ChartView data={data} />;
      return <p className="sheet-empty">The chart could not be drawn: {typeof data === 'string' ? data : 'its figures are missing'}.</p>;
    }
    case 'chrono-head':
      return (
        <div className="sheet-chrono sheet-chrono-head" aria-hidden="true">
          <span>Date</span>
          <span>Event</span>
          <span>Source</span>
        </div>
      );
    case 'chrono-row': {
      const s = block.entry.snapshot;
      return (
        <div className="sheet-chrono">
          <span className="sheet-chrono-date">{snapshotDate(s)}</span>
          <span>
            {s.summary}
            {s.location && <span className="sheet-citation-place"> ({s.location})</span>}
          </span>
          <span className="sheet-chrono-source">{s.source ?? '—'}</span>
        </div>
      );
    }
    case 'source': {
      const { source } = block;
      const details = [source.publication, source.issue].filter(Boolean).join(', ');
      return (
        <p className="sheet-source">
          <span className="sheet-source-n">{block.index + 1}.</span> <span className="sheet-source-title">{source.title}</span>
          {details && <>. {details}</>}
          {source.url && (
            <>
              . <span className="sheet-source-url">{source.url}</span>
            </>
          )}
          <span className="sheet-source-count">
            {' '}
            — {source.citations} {source.citations === 1 ? 'citation' : 'citations'}
          </span>
        </p>
      );
    }
    case 'empty':
      return <p className="sheet-empty">{block.text}</p>;
  }
}

function metaLine(doc: SheetDocument): string[] {
  const { briefing } = doc;
  return [subjectLabel(doc), briefing.period ? periodLabel(briefing.period) : '', formatDateRange(briefing.date, null), briefing.author].filter(Boolean);
}

function Cover({ doc }: { doc: SheetDocument }) {
  const { briefing } = doc;
  const subject = subjectLabel(doc);
  return (
    <div className="sheet-cover">
      <p className="sheet-cover-kind">Briefing book</p>
      <h1 className="sheet-cover-title">{briefing.title}</h1>
      {briefing.subtitle && <p className="sheet-cover-subtitle">{briefing.subtitle}</p>}
      <dl className="sheet-cover-facts">
        {subject && (
          <>
            <dt>Subject</dt>
            <dd>{subject}</dd>
          </>
        )}
        {briefing.period && (
          <>
            <dt>Period</dt>
            <dd>{periodLabel(briefing.period)}</dd>
          </>
        )}
        <dt>Prepared by</dt>
        <dd>{briefing.author}</dd>
        <dt>Date</dt>
        <dd>{formatDateRange(briefing.date, null)}</dd>
      </dl>
    </div>
  );
}

/** On screen, a contents entry scrolls the preview; in the PDF the link itself does the work. */
function jumpTo(event: React.MouseEvent, target: string): void {
  const el = document.getElementById(target);
  if (!el) return;
  event.preventDefault();
  el.scrollIntoView({ block: 'start' });
}
