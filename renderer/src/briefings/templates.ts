import type { BriefingTemplate, Paper } from '../../../contract/briefings.ts';

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

/** "Japan – United States" when the names are known, the codes otherwise; "—" for no subject. */
export const subjectText = (subject: readonly string[] | null, names?: ReadonlyMap<string, string>) =>
  subject && subject.length > 0 ? subject.map((c) => names?.get(c) ?? c).join(' – ') : '—';
