/**
 * A link inside a note. Its target is always visible next to the text, because a note's
 * link text can say anything. Only http(s) targets open, and only in the system browser
 * through the shell (which checks again); anything else is inert text.
 */
import type { ComponentProps, MouseEvent } from 'react';
import { call } from '../api.ts';
import { shortTarget, webLinkUrl } from './links.ts';

export const NOT_OPENED_TITLE = 'Not opened: only web links (http, https) open from notes';
/** A data: URL can be megabytes; the visible target is for reading, not for copying. */
const MAX_SHOWN_TARGET = 300;

export function SafeLink({ href, title, children }: ComponentProps<'a'>) {
  const target = typeof href === 'string' ? href : '';
  const url = webLinkUrl(target);

  if (!url) {
    const shown = target.length > MAX_SHOWN_TARGET ? `${target.slice(0, MAX_SHOWN_TARGET)}…` : target;
    return (
      <span className="md-link md-link-inert" title={NOT_OPENED_TITLE}>
        {children} <span className="md-link-target" dir="ltr">({shown || 'no target'})</span>
      </span>
    );
  }

  const open = (event: MouseEvent) => {
    event.preventDefault();
    // The shell refuses anything that is not a web link and reports only `opened`; a failure
    // here leaves nothing for the reader to act on.
    call((api) => api.openExternal({ url: url.href })).catch(() => {});
  };
  return (
    <span className="md-link">
      <a href={url.href} title={title ?? url.href} rel="noreferrer" onClick={open} onAuxClick={(event) => event.preventDefault()}>
        {children}
      </a>{' '}
      <span className="md-link-target" dir="ltr">({shortTarget(url)})</span>
    </span>
  );
}
