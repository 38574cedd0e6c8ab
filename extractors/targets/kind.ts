// Goal or actual: cue words nearest the quantity, then the section's title, then what the whole
// article is (a plan looks forward, a summary reports). A weak cue that disagrees with the article
// (保证 in a summary, 了 in a plan) is not enough to flip it; a strong one (力争, 现有) is.
export type Kind = 'goal' | 'actual';

// 计划 promises only as a verb (`计划投入`, `计划到2025年`); the noun (行动计划, 工作计划) names a plan
// that a report may well say was carried out.
// Next term (下学期, 下一步, 明年, 今后, 新的一年) in a summary is its plan; 要 right before a level verb
// (要提升到, 要保持在) is a demand, even when a news item on a 总结大会 relays it among last year's figures.
const STRONG_GOAL = /下一?学期|下一?学年|下一步|下一?阶段|明年|新学年|新学期|新的一年|今后|力求|要(?=提[升高][到至]|达到|保持在|控制在|降[低至到]|不[低少超高]于)|力争|争取|目标|计划(?=[投新建用在到于将要完达开购招培实增])|预计|拟(?!定)|还将|将要|即将|将会|将于|将(?=达|有|新|投|增|建|在|实现|完成)|争创|到[0-9]{4}年|可(?=增加|新增|达到|容纳|提供|满足)/g;
const WEAK_GOAL = /保证|确保|(?<![主重纲只摘概必需])要(?![素点害闻])|(?<![适相反供对响回感效照])应(?![用届急聘])|需(?!求)|须|规定|指标|不得|鼓励|每学期|每学年/g;
// A speech or news item looks back (过去一年, 取得了…成效) before it gives the figures it reports.
const STRONG_ACTUAL = /现有|现已|现为|已经|已有|已(?!经)|目前|当前|截至|截止|共有|实有|仅为|仅有|尚缺|(?<![比较])去年|(?<![比较])上年|达到了|过去(?:的)?[一两三四五几]?年|取得了/g;
// 累计 sums up to a figure, which a plan can promise as well as a report can state.
const WEAK_ACTUAL = /(?<![为除])了(?![解如然结不起])|以来|年来|曾|累计/g;

interface Cue {
  kind: Kind;
  strong: boolean;
  at: number;
}

/** Every cue word in `text`, with its offset. */
export function cuesIn(text: string): Cue[] {
  const cues: Cue[] = [];
  const add = (re: RegExp, kind: Kind, strong: boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) cues.push({ kind, strong, at: m.index });
  };
  add(STRONG_GOAL, 'goal', true);
  add(WEAK_GOAL, 'goal', false);
  add(STRONG_ACTUAL, 'actual', true);
  add(WEAK_ACTUAL, 'actual', false);
  return cues;
}

/**
 * The kind the nearest decisive cue gives: scopes are tried in order (nearest first inside each);
 * a cue decides when it is strong or agrees with the article's prior, or, when the prior is no firm
 * one (a speech, a news item), whatever it is.
 */
export function kindFromCues(scopes: { text: string; backwards: boolean }[], prior: Kind, firmPrior = true): Kind | null {
  for (const scope of scopes) {
    const cues = cuesIn(scope.text).sort((a, b) => (scope.backwards ? b.at - a.at : a.at - b.at));
    const decisive = cues.find((c) => c.strong || c.kind === prior || !firmPrior);
    if (decisive) return decisive.kind;
  }
  return null;
}

const MAX_TITLE = 16;
const GOAL_SECTION = /目标|任务|要求|指标|打算|设想|思路|规划|计划|举措|展望|下一步|今后/;
const ACTUAL_SECTION = /现状|基本情况|概况|情况|成效|成绩|成果|回顾|做法|经验|问题|困难|不足|有利条件|分析|背景|主要工作|工作开展/;

/** The kind a section title states, innermost title first; null when none says. */
export function kindFromSections(titlesInnermostFirst: string[]): Kind | null {
  for (const title of titlesInnermostFirst) {
    // A numbered list item the structure reads as a heading is a sentence, not a section's name.
    if (title.length > MAX_TITLE || /[,。;]/.test(title)) continue;
    const goal = GOAL_SECTION.test(title);
    const actual = ACTUAL_SECTION.test(title);
    if (goal !== actual) return goal ? 'goal' : 'actual';
  }
  return null;
}

// A rectification item (`问题1:…` / `整改措施:…` / `完成时限:…`) labels its paragraphs: the problem
// states what is (`目前合格率仅为82%`), the measure or target what the school commits to, whatever the
// article as a whole is. Only a label that opens the paragraph and ends in a colon counts.
const PROBLEM_LABEL = /^\s*(?:存在(?:的)?问题|主要问题|问题(?:[0-9一二三四五六七八九十]{1,2}|表现|描述)?|现状(?:分析|描述)?)\s*[:：]/;
const REMEDY_LABEL = /^\s*(?:整改(?:措施|目标|要求|举措|方向)|改进措施|努力方向)\s*[:：]/;

/** The kind a rectification item's label gives the paragraph that opens with it; null for none. */
export function kindFromItemLabel(paragraph: string): Kind | null {
  if (PROBLEM_LABEL.test(paragraph)) return 'actual';
  if (REMEDY_LABEL.test(paragraph)) return 'goal';
  return null;
}

const SUMMARY_TITLE = /总结|成效|汇报|述职|报告|经验|回顾|成果|做法/;
// A page of rules (…作业管理规定, …制度, 教学常规, 守则) sets norms: what it states without a future word
// (`每节课教师讲授不超过15分钟`) is required of the school, not reported, even after a `成立了…`
// preamble whose perfective makes the body read like a report.
const RULES_TITLE = /规定|制度|常规|守则|公约|须知/;
const CHECK_TITLE = /情况|自查|检查|督查|落实/;

/** True when the title names a page of rules rather than a report on how they were kept. */
export function titleSetsRules(title: string): boolean {
  const bare = title.replace(/《[^》]*》/g, '');
  return RULES_TITLE.test(bare) && !SUMMARY_TITLE.test(bare) && !CHECK_TITLE.test(bare);
}
const PLAN_TITLE = /方案|计划|规划|细则|要点|意见|办法|安排|纲要/;

/**
 * What the article as a whole is: its title when it says so unambiguously, else the balance of
 * forward-looking and reporting cue words over its text.
 */
export function documentKind(title: string, text: string): Kind {
  const bare = title.replace(/《[^》]*》/g, '');
  const summary = SUMMARY_TITLE.test(bare);
  const plan = PLAN_TITLE.test(bare);
  if (summary !== plan) return summary ? 'actual' : 'goal';
  // Modal words (要, 应, 规定) fill summaries too; what sets a report apart is how often it says
  // what was done, against the firm forward-looking words (力争, 将, 目标).
  const cues = cuesIn(text);
  const reported = cues.filter((c) => c.kind === 'actual').length;
  const promised = cues.filter((c) => c.kind === 'goal' && c.strong).length;
  const perThousand = (reported * 1000) / Math.max(text.length, 1);
  return reported >= 2 * promised && perThousand >= REPORTING_DENSITY ? 'actual' : 'goal';
}

/** Reporting cue words per thousand characters above which an untitled article reads as a summary. */
const REPORTING_DENSITY = 3;
