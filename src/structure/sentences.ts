// Sentences of an article: split at full stops, semicolons and line breaks; heading lines alone.
import type { Section, Sentence } from '../types.js';
import { isAsciiStop } from './ascii-stop.js';
import { isDecimalStop } from '../normalize/decimal-stops.js';

const SENTENCE_END = /[。!?;]/u;

/**
 * The titles path of the innermost section holding each queried offset. Offsets must come in
 * increasing order: sections are opened as the offsets pass their start and closed past their end,
 * so a whole article costs one pass over its sections.
 */
function pathFinder(sections: readonly Section[]): (at: number) => string[] {
  const open: Section[] = [];
  let next = 0;
  return (at) => {
    while (next < sections.length && sections[next]!.body.start <= at) {
      const section = sections[next++]!;
      while (open.length > 0 && open[open.length - 1]!.body.end <= section.body.start) open.pop();
      open.push(section);
    }
    while (open.length > 0 && open[open.length - 1]!.body.end <= at) open.pop();
    return open.length > 0 ? open[open.length - 1]!.path : [];
  };
}

export function splitSentences(text: string, sections: readonly Section[]): Sentence[] {
  const cuts = new Set<number>();
  for (const section of sections) {
    cuts.add(section.heading.start);
    // a heading's own full stop or colon stays in its sentence
    if (!/[。!?;:]/u.test(text[section.heading.end] ?? '') && !isAsciiStop(text, section.heading.end)) cuts.add(section.heading.end);
  }
  const sentences: Sentence[] = [];
  const pathAt = pathFinder(sections);
  let start = 0;
  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e, sectionPath: pathAt(s) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (cuts.has(i) && i > start) emit(i);
    if (ch === '\n') emit(i);
    // `61。3%`: a decimal point scraped into a full stop ends nothing
    else if ((SENTENCE_END.test(ch) && !isDecimalStop(text, i)) || isAsciiStop(text, i)) emit(i + 1);
  }
  emit(text.length);
  return sentences;
}
