// Sentences of an article: split at full stops, semicolons and line breaks; heading lines alone.
import type { Section, Sentence } from '../types.js';

const SENTENCE_END = /[。!?;]/u;

/** The titles path of the innermost section whose body holds `at`. */
function pathAt(sections: readonly Section[], at: number): string[] {
  let path: string[] = [];
  for (const section of sections) {
    if (section.body.start > at) break;
    if (at < section.body.end) path = section.path;
  }
  return path;
}

export function splitSentences(text: string, sections: readonly Section[]): Sentence[] {
  const cuts = new Set<number>();
  for (const section of sections) {
    cuts.add(section.heading.start);
    // a heading's own full stop or colon stays in its sentence
    if (!/[。!?;:]/u.test(text[section.heading.end] ?? '')) cuts.add(section.heading.end);
  }
  const sentences: Sentence[] = [];
  let start = 0;
  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e, sectionPath: pathAt(sections, s) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (cuts.has(i) && i > start) emit(i);
    if (ch === '\n') emit(i);
    else if (SENTENCE_END.test(ch)) emit(i + 1);
  }
  emit(text.length);
  return sentences;
}
