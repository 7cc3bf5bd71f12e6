/**
 * A single pass over JSON text that finds where each event starts (so problems can name a
 * line) and, for text JSON.parse refuses, where the first error is — V8's message gives no
 * position for some errors ("Unexpected token 'x'"). Iterative, so nesting depth is no limit.
 */
export interface JsonScan {
  /** Offsets of the elements of the events array: the top-level array, or the one under "events". */
  eventOffsets: number[];
  error: { offset: number; reason: string } | null;
}

type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'done';
interface Frame {
  object: boolean;
  events: boolean;
  key: string | null;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** End offset of the string starting at `start` (a quote), or an error. */
function scanString(text: string, start: number): { end: number } | { offset: number; reason: string } {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { end: i + 1 };
    if (c < 0x20) return { offset: i, reason: 'a control character (such as a line break) inside a string; write it as \\n, \\t or \\u00XX' };
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, reason: 'a \\u escape needs four hex digits' };
        i += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        i++;
      } else {
        return { offset: i, reason: `"\\${e ?? ''}" is not a JSON escape` };
      }
    }
  }
  return { offset: start, reason: 'a string that starts here is never closed' };
}

export function scanJson(text: string): JsonScan {
  const stack: Frame[] = [];
  let eventOffsets: number[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  const fail = (offset: number, reason: string): JsonScan => ({ eventOffsets, error: { offset, reason } });
  const afterValue = () => {
    expect = stack.length === 0 ? 'done' : 'comma-or-end';
  };

  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
    const c = text[i];
    if (expect === 'done') return c === undefined ? { eventOffsets, error: null } : fail(i, 'more text after the end of the JSON value');
    if (c === undefined) return fail(i, 'the file ends before the JSON value is complete');
    const top = stack.at(-1);

    if (expect === 'value' || expect === 'value-or-end') {
      if (c === ']' && expect === 'value-or-end') {
        stack.pop();
        i++;
        afterValue();
        continue;
      }
      if (top?.events) eventOffsets.push(i);
      if (c === '{' || c === '[') {
        const events = c === '[' && (stack.length === 0 || (stack.length === 1 && top!.object && top!.key === 'events'));
        // With "events" twice, JSON.parse keeps the last one.
        if (events) eventOffsets = [];
        stack.push({ object: c === '{', events, key: null });
        expect = c === '{' ? 'key-or-end' : 'value-or-end';
        i++;
        continue;
      }
      if (c === '"') {
        const s = scanString(text, i);
        if ('reason' in s) return fail(s.offset, s.reason);
        i = s.end;
        afterValue();
        continue;
      }
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (literal) {
        i += literal.length;
        afterValue();
        continue;
      }
      NUMBER.lastIndex = i;
      if (NUMBER.exec(text)) {
        i = NUMBER.lastIndex;
        afterValue();
        continue;
      }
      return fail(i, `expected a value (a string, number, object, array, true, false or null), found ${JSON.stringify(c)}`);
    }

    if (expect === 'key' || expect === 'key-or-end') {
      if (c === '}' && expect === 'key-or-end') {
        stack.pop();
        i++;
        afterValue();
        continue;
      }
      if (c !== '"') return fail(i, `expected a property name in double quotes, found ${JSON.stringify(c)}`);
      const s = scanString(text, i);
      if ('reason' in s) return fail(s.offset, s.reason);
      if (stack.length === 1) top!.key = JSON.parse(text.slice(i, s.end)) as string;
      i = s.end;
      expect = 'colon';
      continue;
    }

    if (expect === 'colon') {
      if (c !== ':') return fail(i, `expected ":" after the property name, found ${JSON.stringify(c)}`);
      i++;
      expect = 'value';
      continue;
    }

    // comma-or-end
    const close = top!.object ? '}' : ']';
    if (c === ',') {
      i++;
      expect = top!.object ? 'key' : 'value';
    } else if (c === close) {
      stack.pop();
      i++;
      afterValue();
    } else {
      return fail(i, `expected "," or "${close}", found ${JSON.stringify(c)}`);
    }
  }
}

/**
 * 1-based line and column (in UTF-16 units, as editors count) of offsets; cheap when asked
 * in increasing order, as the events are.
 */
export function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  let at = 0;
  let line = 1;
  let lineStart = 0;
  return (offset) => {
    if (offset < at) [at, line, lineStart] = [0, 1, 0];
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 0x0a) {
        line++;
        lineStart = at + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };
}
