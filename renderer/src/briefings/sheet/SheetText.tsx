/** A piece of formatted text on the sheet, rendered from its inert hast tree (no HTML strings). */
import type { Element } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { PrintLink } from './PrintLink.tsx';

const components = { a: PrintLink };

export function SheetText({ node }: { node: Element }) {
  return toJsxRuntime({ type: 'root', children: [node] }, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true });
}
