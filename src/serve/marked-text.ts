// The article's text with every record's evidence marked where its stored offsets say.

/** A stretch of the text a record was read from; `start`/`end` are characters (code points), as stored. */
export interface Span { key: string; kind: 'target' | 'phase' | 'party'; start: number; end: number; title: string }

/** An anchor to drop into the text at a character offset (a heading's start). */
export interface Anchor { id: string; at: number }

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Cuts the text at every span boundary; each piece is wrapped in one `<mark>` naming all spans that
 * cover it (`data-spans`), so overlapping records (several targets in one sentence) all stay marked
 * and the pieces of one span, joined, are exactly its evidence. The mark links to the row of the
 * narrowest span over it; the first piece of every span carries an anchor the row links back to.
 */
export function markedText(text: string, spans: readonly Span[], anchors: readonly Anchor[] = []): string {
  const chars = Array.from(text);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= chars.length && s.start < s.end);
  const cuts = new Set<number>([0, chars.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  for (const a of anchors) if (a.at >= 0 && a.at <= chars.length) cuts.add(a.at);
  const points = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    for (const a of anchors) if (a.at === from) out.push(`<span id="${escape(a.id)}"></span>`);
    for (const s of valid) if (s.start === from) out.push(`<span id="m-${escape(s.key)}"></span>`);
    const piece = escape(chars.slice(from, to).join(''));
    const over = valid.filter((s) => s.start <= from && s.end >= to);
    if (over.length === 0) {
      out.push(piece);
      continue;
    }
    const narrowest = over.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    const kinds = [...new Set(over.map((s) => s.kind))].join(' ');
    const titles = [...new Set(over.map((s) => s.title))].join('\n');
    out.push(`<mark class="${kinds}" data-spans="${escape(over.map((s) => s.key).join(' '))}" title="${escape(titles)}"><a href="#${escape(narrowest.key)}">${piece}</a></mark>`);
  }
  return out.join('');
}
