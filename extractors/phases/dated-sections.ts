// A plan laid out by its stages: its sections themselves are the stages, each dated in its title
// (`一、宣传发动(6月10日—6月30日)`, `二、组织实施(7月1日—12月31日)`), with no 实施步骤 heading above.
import type { Article, Section } from '../../src/types.js';
import { yearOf } from '../../src/text/dates.js';
import { datesIn, type Stage } from './stages.js';

/** A title that is a name and, in brackets, nothing but a date. */
const DATED_TITLE = /^(.{2,16}?)\s*[((]([^()()]{3,30})[))]$/;
const NOT_A_STAGE = /目标|思想|原则|要求|保障|领导|组织机构|背景|意义|说明/;

/**
 * Stages read from the longest run of consecutive sibling sections whose titles are dated, at the
 * shallowest level that has one of at least two; empty when no level does.
 */
export function datedSectionStages(article: Article, titleYear: number | null): Stage[] {
  const levels = [...new Set(article.sections.map((s) => s.level))].sort((a, b) => a - b);
  for (const level of levels) {
    const siblings = article.sections.filter((s) => s.level === level);
    let best: Stage[] = [];
    let run: Stage[] = [];
    let year = titleYear;
    for (const section of siblings) {
      const stage = datedStage(section, year);
      if (stage) {
        run.push(stage);
        const known = stage.end ?? stage.start;
        if (known) year = yearOf(known);
      } else {
        run = [];
      }
      if (run.length > best.length) best = [...run];
    }
    if (best.length >= 2) return best;
  }
  return [];
}

function datedStage(section: Section, year: number | null): Stage | null {
  const m = DATED_TITLE.exec(section.title.trim());
  if (!m || NOT_A_STAGE.test(m[1]!)) return null;
  const inner = m[2]!;
  const date = datesIn(inner, year)[0];
  if (!date || date.span.start !== 0 || date.span.end < inner.trim().length) return null;
  return { name: m[1]!.trim(), start: date.start, end: date.end, span: section.heading, calledStage: true, marker: 'section' };
}
