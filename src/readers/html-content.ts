// Picks the element holding the article: portal chrome is removed, then we descend while one child
// holds nearly all of the text that is not link text (menus and lists of related links are mostly links).
import type { AnyNode, Element } from 'domhandler';

/** A child holding at least this share of its parent's non-link Han text is the better container. */
const DOMINANT_SHARE = 0.85;

/** Elements that never hold an article's text. */
const CHROME_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'object', 'embed', 'input', 'select', 'button',
  'textarea', 'svg', 'canvas', 'template', 'head', 'link', 'meta',
]);
/**
 * Containers that usually hold chrome but may wrap the whole page: ASP.NET pages put everything in
 * one <form>, some templates put the article in an <aside> or a page-wide <header>.
 */
const CHROME_CONTAINERS = new Set(['form', 'nav', 'aside']);

/** Class or id words that portals give to navigation, breadcrumbs, sharing and paging blocks. */
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|topbar|sidebar|share|prenext|pager|pagination|copyright|weizhi|location|ad|ads|advert|banner|search|login)(?:$|[\s_\d-])/i;

const HAN = /\p{Script=Han}/gu;

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isInsideArticle(node: Element): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isElement(parent) && (parent.name === 'article' || parent.name === 'main')) return true;
  }
  return false;
}

/** Chrome by what the element is: scripts, styles, controls. */
function isChromeTag(element: Element): boolean {
  return CHROME_TAGS.has(element.name.toLowerCase());
}

/** Chrome by its role or its name: forms, navigation, a page header or footer, class words such as nav, share. */
function looksLikeChrome(element: Element): boolean {
  const name = element.name.toLowerCase();
  if (CHROME_CONTAINERS.has(name)) return true;
  if ((name === 'header' || name === 'footer') && !isInsideArticle(element)) return true;
  return CHROME_NAME.test(`${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`);
}

/**
 * A block that looks like chrome but holds most of the page's prose is (or wraps) the article:
 * document sites serve the document inside their reader (`doc-share-main`, `login-preview`),
 * ASP.NET pages wrap the whole body in a <form>; removing it would leave nothing but the wrapper.
 */
const ARTICLE_SHARE = 0.5;
const MIN_ARTICLE_HAN = 50;

function removeWhere(node: AnyNode, chrome: (element: Element) => boolean): void {
  if (!('children' in node)) return;
  node.children = node.children.filter((child) => !(isElement(child) && chrome(child)));
  for (const child of node.children) removeWhere(child, chrome);
}

/** Removes chrome elements in place so that neither scoring nor rendering sees them. */
export function removeChrome(node: AnyNode): void {
  removeWhere(node, isChromeTag);
  const scores = new Map<AnyNode, number>();
  const total = scoreTree(node, scores, false);
  const holdsArticle = (element: Element) => {
    const own = scores.get(element) ?? 0;
    return own >= MIN_ARTICLE_HAN && own >= ARTICLE_SHARE * total;
  };
  removeWhere(node, (element) => looksLikeChrome(element) && !holdsArticle(element));
}

function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Han characters outside links, per element, computed once bottom-up. */
function scoreTree(node: AnyNode, scores: Map<AnyNode, number>, inLink: boolean): number {
  if (node.type === 'text') return inLink ? 0 : countHan(node.data);
  if (!('children' in node)) return 0;
  const link = inLink || (isElement(node) && node.name === 'a');
  let total = 0;
  for (const child of node.children) total += scoreTree(child, scores, link);
  scores.set(node, total);
  return total;
}

export function selectMainContent(root: AnyNode): AnyNode {
  const scores = new Map<AnyNode, number>();
  scoreTree(root, scores, false);
  let current = root;
  for (;;) {
    const total = scores.get(current) ?? 0;
    if (total === 0 || !('children' in current)) return current;
    let best: AnyNode | null = null;
    let bestScore = 0;
    for (const child of current.children) {
      const score = scores.get(child) ?? 0;
      if (score > bestScore) [best, bestScore] = [child, score];
    }
    if (!best || !isElement(best) || bestScore < DOMINANT_SHARE * total) return current;
    current = best;
  }
}
