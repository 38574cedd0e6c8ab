// Phases: one record per stage of the plan's implementation timetable, in order.
import type { Article, Extractor, Message, PhaseRecord } from '../../src/types.js';
import { evidenceFor } from '../evidence.js';
import { findDates, yearOf } from '../../src/text/dates.js';
import { datedSectionStages } from './dated-sections.js';
import { calendarScopes, timetableScopes } from './scope.js';
import { findGluedStages, findStages, type Stage } from './stages.js';

export const phasesExtractor: Extractor<PhaseRecord> = {
  name: 'phases',
  version: '1.0.0',
  extract(article) {
    const messages: Message[] = [];
    const stages = pickStages(article);
    const records = stages.map((stage, i): PhaseRecord => {
      if (stage.start === null && stage.end === null) {
        messages.push({ severity: 'info', origin: 'phases:no-date', reason: `stage "${stage.name}" gives no dates`, span: stage.span });
      }
      return { type: 'phase', order: i + 1, name: stage.name, start: stage.start, end: stage.end, evidence: evidenceFor(article, stage.span) };
    });
    return { records, messages };
  },
};

/**
 * Stages inside the timetable sections; without such a section, only a run of at least two items
 * the text itself calls stages (第X阶段, …阶段 with a date) counts, so list items elsewhere stay out.
 */
function pickStages(article: Article): Stage[] {
  const scopes = timetableScopes(article);
  const sectioned = datedSectionStages(article, titleYear(article.text));
  // a time section before the steps (`二、活动时间 2025年3月—7月` `三、活动步骤 (一)…(3月)`) dates their bare months
  let carried: number | null = null;
  for (const scope of scopes) {
    const year: number | null = firstYear(article.text.slice(scope.start, scope.end)) ?? carried ?? titleYear(article.text);
    carried = year;
    const stages = outermostLevel(preferCalledStages(findStages(article.text, scope, year)));
    if (stages.length < 2) {
      const glued = findGluedStages(article.text, scope, year);
      if (glued.length >= 2) return glued;
      // one "timetable" that is itself a dated stage section (`三、组织实施阶段(4月—5月)`) among its siblings
      if (stages.length === 1 && sectioned.length >= 2) return sectioned;
    }
    if (stages.length > 0) return stages;
  }
  if (sectioned.length >= 2) return sectioned;
  const themed = themedCalendarStages(article);
  if (themed.length >= 2) return themed;
  const whole = { start: 0, end: article.text.length };
  const stages = findStages(article.text, whole, null).filter((s) => s.calledStage && (s.start !== null || s.end !== null));
  return stages.length >= 2 ? stages : [];
}

/** `常规培养月`, `环境创设月`, `质量提升年`: a stretch of the plan named for its theme, as a stage is. */
const THEME_NAME = /^[\u4e00-\u9fa5]{2,10}(?:月|年|周)$/u;

/**
 * A calendar section (月度安排) whose every dated item is named as a theme month (`2025年9月 常规培养月:…`,
 * `4月—5月 教研展示月:…`) lays out the plan's stages; a calendar of routine tasks by month does not.
 */
function themedCalendarStages(article: Article): Stage[] {
  for (const scope of calendarScopes(article)) {
    const year = firstYear(article.text.slice(scope.start, scope.end)) ?? titleYear(article.text);
    const stages = findStages(article.text, scope, year).filter((s) => s.start !== null);
    if (stages.length >= 2 && stages.every((s) => THEME_NAME.test(s.name))) return stages;
  }
  return [];
}

/** When some items are called stages, dated sub-items (`1.召开会议(9月12日)`) are their tasks, not stages. */
function preferCalledStages(stages: Stage[]): Stage[] {
  const called = stages.filter((s) => s.calledStage);
  return called.length > 0 ? called : stages;
}

/**
 * Stages of one timetable share one kind of enumerator; dated items of a deeper level
 * (`1.更换设备(4月上旬)` under `(二)集中整治(…)`) are tasks of the stage above them.
 */
function outermostLevel(stages: Stage[]): Stage[] {
  const first = stages[0];
  if (!first || first.marker === 'none') return stages;
  return stages.filter((s) => s.marker === first.marker);
}

/** How far into the article its title runs, at most: a run-on page has no line break after it. */
const MAX_TITLE = 60;

/**
 * The year the title names (`2024年读书节活动方案`): a timetable of bare months (`3月上旬`, `3月中旬—5月`)
 * falls in it. A school-year title (`2023-2024学年`) names two years, and then none is assumed.
 */
function titleYear(text: string): number | null {
  const title = text.slice(0, MAX_TITLE).split('\n')[0] ?? '';
  const years = [...new Set(title.match(/(?:19|20)\d{2}(?=\s*年(?!度?\s*[-—~至到]))/g) ?? [])];
  if (/(?:19|20)\d{2}\s*[-—~至到]\s*(?:19|20)?\d{2}/.test(title)) return null;
  return years.length === 1 ? Number(years[0]) : null;
}

function firstYear(text: string): number | null {
  const date = findDates(text).find((d) => d.start ?? d.end);
  const known = date?.start ?? date?.end;
  return known ? yearOf(known) : null;
}
