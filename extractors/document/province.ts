// The province an article's organization sits in, voted from the place names in the text. Names
// inside the organization's own name and the title outweigh places merely cited in the body.
import type { Span } from '../../src/types.js';
import { bodyEnd } from './lines.js';
import { findPlaces, findStreets, type PlaceMention } from './places.js';

export interface FoundProvince {
  province: string;
  /** The mention that decided it; null when it was in a title printed above the text. */
  span: Span | null;
}

const OWN_WEIGHT = 5;

/**
 * `own` are spans naming the article's author (its title, signature, organization name):
 * a township name counts there, and every place there weighs more than one in the body.
 */
const SITE_HEADER_WEIGHT = 0.5;

export function inferProvince(text: string, own: Span[], ownAbove: string[] = [], siteHeader = ''): FoundProvince | null {
  const mentions = findPlaces(text, 0, bodyEnd(text));
  // the site's header (a school's or county portal's name) places the site, and so the article only
  // where the text names no place: half a mention in all, so any name of the text outweighs it
  const headerAt = -(siteHeader.length + 1) - ownAbove.reduce((n, piece) => n + piece.length + 1, 0);
  const fromHeader = new Set<PlaceMention>();
  for (const m of findPlaces(siteHeader)) {
    const mention = { ...m, start: m.start + headerAt, end: m.end + headerAt };
    fromHeader.add(mention);
    mentions.push(mention);
  }
  // names in a title printed above the text: placed before it, at negative offsets, so they count as own
  const above: Span[] = [];
  let offset = 0;
  for (const piece of ownAbove) {
    offset -= piece.length + 1;
    above.push({ start: offset, end: offset + piece.length });
    for (const m of [...findPlaces(piece), ...findStreets(piece)]) mentions.push({ ...m, start: m.start + offset, end: m.end + offset });
  }
  own = [...own, ...above];
  for (const span of own) {
    const piece = text.slice(span.start, span.end);
    for (const s of findStreets(piece)) mentions.push({ ...s, start: s.start + span.start, end: s.end + span.start });
  }
  const weightOf = (m: PlaceMention) => (fromHeader.has(m) ? SITE_HEADER_WEIGHT / fromHeader.size : own.some((s) => m.start >= s.start && m.end <= s.end) ? OWN_WEIGHT : 1);

  const score = new Map<string, number>();
  const firstSeen = new Map<string, PlaceMention>();
  const bump = (province: string, by: number, m: PlaceMention) => {
    score.set(province, (score.get(province) ?? 0) + by);
    const seen = firstSeen.get(province);
    if (!seen || weightOf(m) > weightOf(seen)) firstSeen.set(province, m);
  };
  // a township's name recurs across the country (many a 柳溪镇), so it places the article only when no
  // county, city or province name does, or when it agrees with one
  const placed = mentions.filter((m) => m.level !== 'street');
  for (const m of placed) if (m.provinces.length === 1) bump(m.provinces[0]!, weightOf(m), m);
  const named = new Set(score.keys());
  for (const m of mentions) if (m.level === 'street' && m.provinces.length === 1 && (named.size === 0 || named.has(m.provinces[0]!))) bump(m.provinces[0]!, weightOf(m), m);
  // an ambiguous name (朝阳区: 北京 or 长春) only supports provinces the rest of the text already names
  for (const m of mentions) {
    if (m.provinces.length < 2) continue;
    const known = m.provinces.filter((p) => score.has(p));
    for (const p of known) bump(p, weightOf(m) / known.length, m);
  }

  let best: string | null = null;
  for (const [province, points] of score) {
    const bestPoints = best === null ? -1 : score.get(best)!;
    if (points > bestPoints || (points === bestPoints && firstSeen.get(province)!.start < firstSeen.get(best!)!.start)) best = province;
  }
  if (best === null) return null;
  const decisive = firstSeen.get(best)!;
  return { province: best, span: decisive.start < 0 ? null : { start: decisive.start, end: decisive.end } };
}
