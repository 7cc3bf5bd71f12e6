/**
 * Note markdown → hast, as inert data. Pure and synchronous: it runs inside the markdown
 * worker (and in Node tests); the page only ever receives the finished tree.
 *
 * What comes out is safe to hand to React as-is:
 *  - raw HTML is kept as literal text (nothing dropped, nothing parsed as markup);
 *  - images become text ("[image: alt — url]"): a note never loads anything;
 *  - link targets stay as `href` data; SafeLink decides what, if anything, opens;
 *  - nesting is capped, so neither structured clone nor React recurses deeply.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** Blockquote/list levels kept; anything deeper is shown as its text. */
export const MAX_BLOCK_DEPTH = 40;
/** Any element deeper than this (e.g. emphasis inside emphasis inside…) is shown as its text. */
const MAX_ELEMENT_DEPTH = 120;

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });

export function markdownToHast(text: string): Root {
  const tree = processor.runSync(processor.parse(capContainerMarkers(text)));
  delete tree.position;
  tidyChildren(tree, 0, 0);
  return tree;
}

/**
 * micromark and mdast-util-to-hast recurse once per container level, so one line of 10,000
 * `>` (or `- `) overflows the stack, and ten thousand lines of growing depth exhaust memory.
 * Beyond MAX_BLOCK_DEPTH markers a line would be flattened later anyway, so the extra leading
 * `>` / list markers are removed before parsing. Lines with fewer markers are untouched. (A line
 * inside a fenced code block that starts with more than 40 such markers is shortened too; that
 * is the price of not tracking fences here.)
 */
export function capContainerMarkers(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const capped = capLine(lines[i] ?? '');
    if (capped !== lines[i]) {
      lines[i] = capped;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

function capLine(line: string): string {
  let at = 0;
  let count = 0;
  let keepUntil = 0;
  for (;;) {
    const end = markerEnd(line, at);
    if (end < 0) break;
    count++;
    if (count === MAX_BLOCK_DEPTH) keepUntil = end;
    at = end;
  }
  return count > MAX_BLOCK_DEPTH ? line.slice(0, keepUntil) + line.slice(at) : line;
}

/** End of the container marker (with its leading blanks) starting at `from`, or -1. */
function markerEnd(line: string, from: number): number {
  let i = from;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const c = line[i];
  if (c === '>') return i + 1;
  let end = -1;
  if (c === '-' || c === '+' || c === '*') end = i + 1;
  else {
    let j = i;
    while (j - i < 9 && isDigit(line[j])) j++;
    if (j > i && (line[j] === '.' || line[j] === ')')) end = j + 1;
  }
  // A list marker needs a blank (or the end of the line) after it; "-x" and "1.5" are text.
  if (end < 0) return -1;
  const next = line[end];
  return next === undefined || next === ' ' || next === '\t' || next === '\r' ? end : -1;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

const NESTING_TAGS = new Set(['blockquote', 'ul', 'ol']);
/** Blocks that get dir="auto", so an Arabic or Hebrew paragraph reads right to left on its own. */
const DIR_AUTO_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'th', 'td', 'pre']);
/** Where a raw HTML block sits between blocks rather than inside a paragraph. */
const FLOW_PARENTS = new Set(['blockquote', 'li', 'section', 'div']);

type Parent = Root | Element;

/** Recursion here is bounded by MAX_ELEMENT_DEPTH: deeper subtrees are flattened without recursion. */
function tidyChildren(parent: Parent, blockDepth: number, depth: number): void {
  const flow = parent.type === 'root' || FLOW_PARENTS.has(parent.tagName);
  const kept: RootContent[] = [];
  for (const child of parent.children) {
    const tidied = tidyNode(child, flow, blockDepth, depth);
    if (tidied) kept.push(tidied);
  }
  parent.children = kept as ElementContent[];
}

function tidyNode(node: RootContent, flow: boolean, blockDepth: number, depth: number): RootContent | null {
  // Positions are only weight to clone across the worker boundary.
  delete node.position;
  if (node.type === 'raw') return flow ? block('md-raw', node.value) : { type: 'text', value: node.value };
  if (node.type !== 'element') return node;

  if (node.tagName === 'img') return { type: 'text', value: imageLabel(node) };
  // Footnote links jump within the page, which notes do not do: keep the number, drop the jump.
  if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined) return null;
  if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined) {
    node.tagName = 'span';
    node.properties = {};
  }
  // Several notes share one page: generated ids would collide (and could clobber DOM globals).
  delete node.properties.id;
  delete node.properties.ariaDescribedBy;

  const nextBlockDepth = blockDepth + (NESTING_TAGS.has(node.tagName) ? 1 : 0);
  if (nextBlockDepth > MAX_BLOCK_DEPTH || depth >= MAX_ELEMENT_DEPTH) {
    const text = textOf(node);
    return NESTING_TAGS.has(node.tagName) ? block('md-flattened', text) : { type: 'text', value: text };
  }
  if (DIR_AUTO_TAGS.has(node.tagName)) node.properties.dir = 'auto';
  tidyChildren(node, nextBlockDepth, depth + 1);
  return node;
}

function block(className: string, value: string): Element {
  return { type: 'element', tagName: 'div', properties: { className: [className], dir: 'auto' }, children: [{ type: 'text', value }] };
}

function imageLabel(img: Element): string {
  const alt = typeof img.properties.alt === 'string' ? img.properties.alt : '';
  const src = typeof img.properties.src === 'string' ? img.properties.src : '';
  return alt ? `[image: ${alt} — ${src}]` : `[image: ${src}]`;
}

/** Text of a subtree of any depth, iteratively. mdast-util-to-hast already puts "\n" between blocks. */
function textOf(root: Element): string {
  let out = '';
  const stack: RootContent[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text' || node.type === 'raw') out += node.value;
    else if (node.type === 'element') {
      if (node.tagName === 'img') out += imageLabel(node);
      else if (node.tagName === 'br') out += '\n';
      else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
    }
  }
  return out.replace(/\n{2,}/g, '\n').trim();
}
