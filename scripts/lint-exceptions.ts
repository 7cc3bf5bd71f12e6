/**
 * The reviewed exceptions to the injection-sink rules: every place in the project's own code
 * where an eslint-disable comment switches off one of them, and why that place is safe.
 * scripts/lint-exceptions.test.ts fails when a disable comment for a sink rule is added,
 * moved to another file or removed without this list changing with it.
 */
export const SINK_RULES = ['no-restricted-syntax', 'no-restricted-properties', 'no-eval', 'no-implied-eval', 'no-new-func', 'no-script-url'] as const;

export interface LintException {
  file: string;
  rule: (typeof SINK_RULES)[number];
  /** Why it is safe, as reviewed. */
  why: string;
}

export const REVIEWED_EXCEPTIONS: readonly LintException[] = [
  {
    file: 'electron/print-window.ts',
    rule: 'no-restricted-properties',
    why: 'executeJavaScript runs a constant (READ_SHEET_STATUS) that reads three attributes of the print page; no page data or input goes into it.',
  },
  {
    file: 'e2e/security-checklist.spec.ts',
    rule: 'no-eval',
    why: 'a test that calls eval in the page to prove the content security policy refuses it.',
  },
  {
    file: 'e2e/security-checklist.spec.ts',
    rule: 'no-new-func',
    why: 'a test that calls new Function in the page to prove the content security policy refuses it.',
  },
];
