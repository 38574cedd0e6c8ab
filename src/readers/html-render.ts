// Renders an HTML subtree as reader text: one line per block, `<br>` breaks, table rows as '\t'-joined cells.
import type { AnyNode, Element } from 'domhandler';
import { isElement } from './html-content.js';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'title',
]);

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head']);

class LineWriter {
  readonly lines: string[] = [];
  private current = '';

  write(text: string): void {
    this.current += text;
  }

  break(): void {
    const line = this.current.replace(/[ \t]+/g, ' ').trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  /** Adds a finished line as is (a table row keeps its tabs). */
  push(line: string): void {
    this.break();
    if (line.replace(/\t/g, '').trim() !== '') this.lines.push(line);
  }
}

function children(node: AnyNode): AnyNode[] {
  return 'children' in node ? node.children : [];
}

function elementChildren(node: AnyNode, names: ReadonlySet<string>): Element[] {
  return children(node).filter((child): child is Element => isElement(child) && names.has(child.name));
}

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
const ROW = new Set(['tr']);
const CELLS = new Set(['td', 'th']);

function tableRows(table: Element): Element[] {
  const rows = elementChildren(table, ROW);
  for (const group of elementChildren(table, ROW_GROUPS)) rows.push(...elementChildren(group, ROW));
  return rows;
}

function countBlocks(node: AnyNode): number {
  let count = 0;
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    if (child.name === 'table') return Infinity;
    count += (BLOCK_TAGS.has(child.name) ? 1 : 0) + countBlocks(child);
  }
  return count;
}

/** A cell that nests a table or holds several paragraphs is page layout, not a data cell. */
function isLayoutCell(cell: Element): boolean {
  return countBlocks(cell) > 3;
}

/** A cell's text on one line: its own paragraphs joined by a space. */
function cellText(cell: Element): string {
  const writer = new LineWriter();
  render(cell, writer, false);
  writer.break();
  return writer.lines.join(' ');
}

function renderTable(table: Element, writer: LineWriter): void {
  writer.break();
  for (const row of tableRows(table)) {
    const cells = elementChildren(row, CELLS);
    if (cells.some(isLayoutCell)) {
      for (const cell of cells) {
        render(cell, writer, false);
        writer.break();
      }
    } else {
      writer.push(cells.map(cellText).join('\t'));
    }
  }
}

function render(node: AnyNode, writer: LineWriter, preformatted: boolean): void {
  if (node.type === 'text') {
    const text = node.data.replace(/\u00a0/g, ' ');
    if (!preformatted) return writer.write(text.replace(/\s+/g, ' '));
    text.split('\n').forEach((part, index) => {
      if (index > 0) writer.break();
      writer.write(part);
    });
    return;
  }
  if (!isElement(node)) {
    for (const child of children(node)) render(child, writer, preformatted);
    return;
  }
  const name = node.name.toLowerCase();
  if (SKIPPED_TAGS.has(name)) return;
  if (name === 'br') return writer.break();
  if (name === 'table') return renderTable(node, writer);
  const block = BLOCK_TAGS.has(name) || name === 'tr';
  if (block) writer.break();
  for (const child of children(node)) render(child, writer, preformatted || name === 'pre');
  if (block) writer.break();
}

export function renderLines(root: AnyNode): string[] {
  const writer = new LineWriter();
  render(root, writer, false);
  writer.break();
  return writer.lines;
}
