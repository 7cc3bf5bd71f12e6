/**
 * A link on the sheet: web links stay links (they work in the PDF); anything else is plain
 * text. Unlike the notes' SafeLink it adds no visible text, so a paragraph's characters on the
 * sheet are exactly those of its formatted text, which is what cutting paragraphs counts on.
 */
import type { ComponentProps, MouseEvent } from 'react';
import { call } from '../../api.ts';
import { webLinkUrl } from '../../markdown/links.ts';

export function PrintLink({ href, children }: ComponentProps<'a'>) {
  const url = webLinkUrl(typeof href === 'string' ? href : '');
  if (!url) return <span className="sheet-link-inert">{children}</span>;
  const open = (event: MouseEvent) => {
    event.preventDefault();
    call((api) => api.openExternal({ url: url.href })).catch(() => {});
  };
  return (
    <a href={url.href} rel="noreferrer" onClick={open}>
      {children}
    </a>
  );
}
