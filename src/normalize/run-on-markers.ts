// A 范文 compilation flattened onto one line keeps its article markers (`…【第二篇】`, `…篇二:`)
// and its count (`…【最新5篇】`) inside the run; the line breaks that set them apart are restored
// so the compilation splitter sees one marker per line.
import type { Normalized } from '../types.js';
import { MappedTextBuilder } from './offsets.js';

const RUN_ON_LINE = 200;
const N = '(?:\\d{1,3}|[一二三四五六七八九十〇零两]{1,3})';
/** A bracketed marker or count; `第N篇:` and `篇N:` too, which open an article's own text. */
const MARKER = new RegExp(`[【\\[](?:第${N}篇|篇${N})[】\\]]|第${N}篇[:、]|篇${N}[:、]|[(【\\[][^()【】\\[\\]]{0,4}\\d{1,3}篇[)】\\]]`, 'gu');
const STOP = /[。!?;]/u;
/** How far back a marker's prefix (the page title repeated) may reach for the stop that precedes it. */
const MAX_PREFIX = 40;

/** Offsets in `line` where a break goes: before each marker's prefix, and after a count. */
function breaksIn(line: string): number[] {
  const breaks: number[] = [];
  for (const m of line.matchAll(MARKER)) {
    let start = m.index;
    const floor = Math.max(0, m.index - MAX_PREFIX);
    while (start > floor && !STOP.test(line[start - 1]!)) start--;
    // no stop near enough: the marker opens the line piece itself
    if (start > 0 && !STOP.test(line[start - 1]!)) start = m.index;
    if (start > 0) breaks.push(start);
    // a count (`【最新5篇】`) ends the page title: the blurb after it is another line
    if (/\d篇[)】\]]$/u.test(m[0]) && !/第|篇\d/u.test(m[0])) breaks.push(m.index + m[0].length);
  }
  return breaks;
}

export function breakRunOnMarkers(text: string): Normalized {
  const out = new MappedTextBuilder();
  let from = 0;
  for (const line of text.split('\n')) {
    const breaks = line.length >= RUN_ON_LINE ? [...new Set(breaksIn(line))].sort((a, b) => a - b) : [];
    let at = 0;
    for (const cut of breaks) {
      if (cut <= at || cut >= line.length) continue;
      out.copy(line.slice(at, cut), from + at);
      out.push('\n', from + cut);
      at = cut;
    }
    out.copy(line.slice(at), from + at);
    from += line.length;
    if (from < text.length) {
      out.copy('\n', from);
      from += 1;
    }
  }
  return out.build(text.length);
}
