// `思品综合考评合格率达100%,优秀率不低于50%`: a bare rate after a qualified one shares its qualifier;
// `到2025年,合格率提升至80%;到2026年,提升至85%`: a value with no indicator of its own shares the one before.
import type { Draft } from './prose.js';

const BARE_RATE = /^[\u4e00-\u9fff]{2}率$/;
const QUALIFIED_RATE = /^(.+?)[\u4e00-\u9fff]{2}率$/;

/** Gives bare rates (`优秀率`) the qualifier of the rate before them in the same sentence. */
export function resolveEllipsis(drafts: Draft[]): Draft[] {
  return drafts.map((draft, i) => {
    const before = drafts[i - 1];
    if (!before || before.sentence !== draft.sentence) return draft;
    if (draft.indicator === '' && before.indicator !== '') return { ...draft, indicator: before.indicator };
    if (!BARE_RATE.test(draft.indicator)) return draft;
    const qualifier = QUALIFIED_RATE.exec(before.indicator)?.[1];
    return qualifier ? { ...draft, indicator: qualifier + draft.indicator } : draft;
  });
}
