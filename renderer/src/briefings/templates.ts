import type { BriefingTemplate, Paper } from '../../../contract/briefings.ts';
import { subjectLine } from './subject-order.ts';

export const TEMPLATES: readonly { value: BriefingTemplate; label: string; hint: string }[] = [
  { value: 'client-note', label: 'Client note', hint: 'Two pages: key points, then short sections.' },
  { value: 'briefing-book', label: 'Briefing book', hint: 'Cover, contents, sections and a chronology appendix.' },
];

export const templateLabel = (t: BriefingTemplate) => TEMPLATES.find((x) => x.value === t)?.label ?? t;

export const PAPERS: readonly { value: Paper; label: string }[] = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
];

export const MARKINGS = ['UNCLASSIFIED', 'CLIENT CONFIDENTIAL', 'CONFIDENTIAL — FOR CLIENT USE ONLY', 'INTERNAL', 'DRAFT'] as const;

/** "Japan – United States" (in the order the title names them) when the names are known, the codes otherwise; "—" for no subject. */
export const subjectText = (subject: readonly string[] | null, title: string, names: ReadonlyMap<string, string> = new Map()) =>
  subject && subject.length > 0 ? subjectLine(subject, title, names) : '—';
