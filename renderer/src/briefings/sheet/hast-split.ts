/**
 * Cuts a formatted paragraph (a hast element) in two at a character offset of its text, so a
 * long paragraph can run on to the next page with its emphasis and links intact. Offsets count
 * the characters of the element's text nodes in document order, as the page's DOM lays them out.
 */
import type { Element, ElementContent } from 'hast';

export function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((n, c) => n + textLength(c), 0);
  return 0;
}

/** [before, after]: the same element twice, holding the text before and from `offset`. */
export function splitElementAt(element: Element, offset: number): [Element, Element] {
  const before: ElementContent[] = [];
  const after: ElementContent[] = [];
  let rest = offset;
  for (const child of element.children) {
    const length = textLength(child);
    if (rest <= 0) after.push(child);
    else if (rest >= length) {
      before.push(child);
      rest -= length;
    } else {
      if (child.type === 'text') {
        before.push({ type: 'text', value: child.value.slice(0, rest) });
        after.push({ type: 'text', value: child.value.slice(rest) });
      } else if (child.type === 'element') {
        const [a, b] = splitElementAt(child, rest);
        before.push(a);
        after.push(b);
      }
      rest = 0;
    }
  }
  return [
    { ...element, children: before },
    { ...element, children: after },
  ];
}
