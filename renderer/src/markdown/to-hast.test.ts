import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Nodes, Root } from 'hast';
import { isWebLink } from './links.ts';
import { MAX_FORMAT_CHARS, tooLargeToFormat } from './limits.ts';
import { capContainerMarkers, MAX_BLOCK_DEPTH, markdownToHast } from './to-hast.ts';

/** Every node with its element depth, iteratively (the trees under test may be deep). */
function nodes(tree: Root): Array<{ node: Nodes; depth: number }> {
  const out: Array<{ node: Nodes; depth: number }> = [];
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    out.push(item);
    if ('children' in item.node) for (const child of item.node.children) stack.push({ node: child, depth: item.depth + (child.type === 'element' ? 1 : 0) });
  }
  return out;
}

const elements = (tree: Root, tag?: string): Element[] =>
  nodes(tree)
    .map(({ node }) => node)
    .filter((n): n is Element => n.type === 'element' && (tag === undefined || n.tagName === tag));

const text = (tree: Root): string =>
  nodes(tree)
    .reverse()
    .map(({ node }) => (node.type === 'text' ? node.value : ''))
    .join('');

/** Blockquote/list nesting: the number of blockquote/ul/ol ancestors of the deepest element. */
function blockDepth(tree: Root): number {
  let max = 0;
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    max = Math.max(max, item.depth);
    if (!('children' in item.node)) continue;
    for (const child of item.node.children) {
      const nests = child.type === 'element' && ['blockquote', 'ul', 'ol'].includes(child.tagName);
      stack.push({ node: child, depth: item.depth + (nests ? 1 : 0) });
    }
  }
  return max;
}

function assertInert(tree: Root): void {
  const types = new Set(nodes(tree).map(({ node }) => node.type));
  assert.ok(!types.has('raw'), 'no raw node survives');
  for (const tag of ['img', 'script', 'svg', 'iframe', 'style']) assert.equal(elements(tree, tag).length, 0, `no <${tag}>`);
  for (const el of elements(tree)) {
    for (const name of Object.keys(el.properties)) assert.doesNotMatch(name, /^on/i, `no event handler attribute on <${el.tagName}>`);
  }
}

test('inline and block raw HTML is shown as literal text, never as elements', () => {
  for (const source of ['<img src=x onerror=alert(1)>', 'Before <img src=x onerror=alert(1)> after']) {
    const tree = markdownToHast(source);
    assertInert(tree);
    assert.ok(text(tree).includes('<img src=x onerror=alert(1)>'), source);
  }
  const svg = markdownToHast('<svg><script>alert(1)</script></svg>');
  assertInert(svg);
  assert.ok(text(svg).includes('<svg><script>alert(1)</script></svg>'));
  const block = markdownToHast('<div>\n<script>alert(1)</script>\n<iframe src="https://evil.example"></iframe>\n</div>');
  assertInert(block);
  assert.ok(text(block).includes('<script>alert(1)</script>\n<iframe src="https://evil.example"></iframe>'));
});

test('link targets are kept as data, whatever the scheme', () => {
  for (const href of ['javascript:alert(1)', 'file:///etc/passwd', 'https://example.org/a?b=1', 'data:text/html,hi']) {
    const links = elements(markdownToHast(`[x](<${href}>)`), 'a');
    assert.equal(links.length, 1, href);
    assert.ok(String(links[0]?.properties.href).length > 0, href);
  }
  assert.equal(elements(markdownToHast('[x](javascript:alert(1))'), 'a')[0]?.properties.href, 'javascript:alert(1)');
  assert.equal(elements(markdownToHast('[x](file:///etc/passwd)'), 'a')[0]?.properties.href, 'file:///etc/passwd');
});

test('images become inert text with their description and address', () => {
  const tree = markdownToHast('See ![the map](https://example.org/map.png "t") and ![](file:///x.png)');
  assert.equal(elements(tree, 'img').length, 0);
  assert.ok(text(tree).includes('[image: the map — https://example.org/map.png]'));
  assert.ok(text(tree).includes('[image: file:///x.png]'));
});

test('only http and https are web links, however the scheme is disguised', () => {
  for (const url of ['http://example.org', 'https://example.org/path?q=1#h', 'HTTPS://EXAMPLE.ORG', ' https://example.org']) {
    assert.equal(isWebLink(url), true, url);
  }
  for (const url of [
    'javascript:alert(1)',
    ' javascript:alert(1)',
    '\u0001\u0000javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:a@example.org',
    '/relative/path',
    '#user-content-fn-1',
    '//example.org/protocol-relative',
    'https:',
    '',
  ]) {
    assert.equal(isWebLink(url), false, JSON.stringify(url));
  }
});

test('10,000 nested quotes on one line: a tree, quickly, at most 40 deep', () => {
  const started = performance.now();
  const tree = markdownToHast(`${'>'.repeat(10_000)} deep`);
  const ms = performance.now() - started;
  assert.ok(ms < 5000, `${ms} ms`);
  assert.equal(blockDepth(tree), MAX_BLOCK_DEPTH);
  assert.ok(text(tree).includes('deep'));
});

test('10,000 lines of growing quote depth (50 MB): a tree within seconds, at most 40 deep', () => {
  const source = Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(i + 1)} line ${i}`).join('\n');
  const started = performance.now();
  const tree = markdownToHast(source);
  const ms = performance.now() - started;
  // About 2.5 s on an idle machine; without the marker cap this input exhausted the heap.
  assert.ok(ms < 15_000, `${ms} ms`);
  assert.ok(blockDepth(tree) <= MAX_BLOCK_DEPTH);
  assert.ok(text(tree).includes('line 9999'));
});

test('10,000 list markers on one line do not overflow the stack', () => {
  const tree = markdownToHast(`${'- '.repeat(10_000)}x`);
  assert.ok(blockDepth(tree) <= MAX_BLOCK_DEPTH);
});

test('lists nested deeper than 40 levels by indentation are flattened into their text', () => {
  const source = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
  const tree = markdownToHast(source);
  assert.equal(blockDepth(tree), MAX_BLOCK_DEPTH);
  const flattened = elements(tree).filter((el) => String(el.properties.className) === 'md-flattened');
  assert.equal(flattened.length, 1);
  for (const i of [0, 39, 40, 59]) assert.ok(text(tree).includes(`item ${i}`), `item ${i}`);
});

test('container markers are capped only on lines with more than 40 of them', () => {
  const ordinary = '> quote\n- a\n  - b\n1. one\n* * *\n-not a list\n' + '> '.repeat(40) + 'forty';
  assert.equal(capContainerMarkers(ordinary), ordinary);
  assert.equal(capContainerMarkers(`${'>'.repeat(41)} x`), `${'>'.repeat(40)} x`);
  assert.equal(capContainerMarkers(`${'- '.repeat(50)}x\r\nnext`), `${'- '.repeat(39)}- x\r\nnext`);
});

test('right-to-left text and emoji survive unchanged, with dir="auto" on blocks', () => {
  const arabic = 'مذكرة: الاجتماع في القاهرة 🇪🇬 — تمت الموافقة ✅';
  const hebrew = 'הערה: פגישה בירושלים 👩🏽‍💼';
  const tree = markdownToHast(`${arabic}\n\n- ${hebrew}\n\n> 😀 mixed עברית and English`);
  const all = text(tree);
  assert.ok(all.includes(arabic));
  assert.ok(all.includes(hebrew));
  assert.ok(all.includes('😀 mixed עברית and English'));
  for (const tag of ['p', 'li', 'blockquote', 'ul']) {
    for (const el of elements(tree, tag)) assert.equal(el.properties.dir, 'auto', tag);
  }
});

test('ordinary markdown still formats: emphasis, code, tables, task lists', () => {
  const tree = markdownToHast('# Brief\n\n**Bold** and `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n```\nx = 1\n```');
  for (const tag of ['h1', 'strong', 'code', 'table', 'td', 'pre', 'input']) assert.ok(elements(tree, tag).length > 0, tag);
  assert.ok(nodes(tree).every(({ node }) => node.position === undefined), 'positions are not sent to the page');
});

test('a note over the size limit is not sent to the worker', () => {
  const fiveMb = 'plain words '.repeat(Math.ceil((5 * 1024 * 1024) / 12));
  assert.match(tooLargeToFormat(fiveMb) ?? '', /too long to format \(5,24\d,\d{3} characters/);
  assert.equal(tooLargeToFormat('x'.repeat(MAX_FORMAT_CHARS)), null);
  assert.notEqual(tooLargeToFormat('x'.repeat(MAX_FORMAT_CHARS + 1)), null);
  assert.equal(tooLargeToFormat(''), null);
});
