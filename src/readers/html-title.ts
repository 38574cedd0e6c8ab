// Portals print the article title as a heading just before the content block; the block alone
// would lose it, so the nearest such heading is carried over.
import type { AnyNode, Element } from 'domhandler';
import { isElement } from './html-content.js';
import { renderLines } from './html-render.js';

const TITLE_TAGS = new Set(['h1', 'h2', 'h3']);
const TITLE_NAME = /(?:^|[\s_-])(?:title|biaoti|bt|tit)(?:$|[\s_\d-])/i;
const MAX_TITLE = 80;
/** How many ancestors of the content block are searched for a preceding title. */
const MAX_LEVELS = 3;

function isTitle(element: Element): boolean {
  if (TITLE_TAGS.has(element.name)) return true;
  return TITLE_NAME.test(`${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`);
}

function previousElements(node: AnyNode): Element[] {
  const siblings = node.parent?.children ?? [];
  const index = siblings.indexOf(node as never);
  return siblings.slice(0, Math.max(0, index)).filter(isElement).reverse();
}

/** Text of the title heading printed before `content`, or null. */
export function titleBefore(content: AnyNode): string | null {
  let node: AnyNode | null = content;
  for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parent) {
    for (const sibling of previousElements(node)) {
      if (!isTitle(sibling)) continue;
      const text = renderLines(sibling).join(' ').trim();
      if (text !== '' && text.length <= MAX_TITLE) return text;
    }
  }
  return null;
}
