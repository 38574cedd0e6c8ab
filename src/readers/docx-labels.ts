// Writes the list and heading numbers Word computes at display time into document.xml as text,
// so that `一、指导思想` reaches us as in the printed document.
import { NumberingCounter, type NumberingDefinitions } from './docx-numbering.js';

const PARAGRAPH_PROPERTIES = /<w:pPr>([\s\S]*?)<\/w:pPr>/g;
const NUMBERING_PROPERTIES = /<w:numPr>[\s\S]*?<\/w:numPr>|<w:numPr\/>/;

function value(xml: string, element: string): string | null {
  return new RegExp(`<${element}\\b[^>]*?\\sw:val="([^"]*)"`).exec(xml)?.[1] ?? null;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** document.xml with each numbered paragraph's label as a leading run and its numPr removed. */
export function inlineNumbering(documentXml: string, definitions: NumberingDefinitions): string {
  const counter = new NumberingCounter(definitions);
  return documentXml.replace(PARAGRAPH_PROPERTIES, (whole, inner: string) => {
    const numPr = NUMBERING_PROPERTIES.exec(inner)?.[0] ?? null;
    const ilvl = numPr ? value(numPr, 'w:ilvl') : null;
    const label = counter.next(numPr ? value(numPr, 'w:numId') : null, ilvl === null ? null : Number(ilvl), value(inner, 'w:pStyle'));
    if (label === null) return whole;
    // Without numPr mammoth renders a plain paragraph or heading instead of an unnumbered list item.
    const properties = numPr ? whole.replace(NUMBERING_PROPERTIES, '') : whole;
    return `${properties}<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`;
  });
}
