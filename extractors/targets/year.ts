// The year a goal is due: a year in its own clause (`2014年还将投入…`), a deadline earlier in the
// sentence (`到2017年…`), or the 落实时间 / 完成时间 line that closes the task it sits in.

// A year compared against (`较2020年提高`, `比2019年`) is a baseline, not when the goal is due.
const YEAR_IN_CLAUSE = /(?<![较比与同])((?:19|20)\d{2})\s?年(?!级|度?[0-9]|相比|同期)/g;
const DEADLINE = /(?:到|至|于|在)((?:19|20)\d{2})\s?年|((?:19|20)\d{2})\s?年(?:底|末|前|以前)/g;
const TIME_LABEL = /(?:落实|完成|实施|办结)(?:时间|时限|期限)|时间节点|完成日期/g;
const YEAR_ANYWHERE = /(?:19|20)\d{2}(?=\s?[年.\/-])/g;

export interface YearScopes {
  clauseBefore: string;
  /** The sentence, and the paragraph, before the quantity: a `到2023年` there covers what follows. */
  sentenceBefore: string;
  /** Text after the quantity: the rest of its paragraph and the next one. */
  following: string;
}

export function dueYear(s: YearScopes): number | null {
  const inClause = lastYear(s.clauseBefore, YEAR_IN_CLAUSE);
  if (inClause !== null) return inClause;
  const deadline = lastYear(s.sentenceBefore, DEADLINE);
  if (deadline !== null) return deadline;
  return taskTimeYear(s.following);
}

function lastYear(text: string, re: RegExp): number | null {
  let year: number | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) year = Number(m[1] ?? m[2]);
  return year;
}

/** The latest year of the first time label after the task (`落实时间:2014年12月-2015年6月底` → 2015). */
function taskTimeYear(following: string): number | null {
  TIME_LABEL.lastIndex = 0;
  const label = TIME_LABEL.exec(following);
  if (!label) return null;
  const rest = following.slice(label.index + label[0].length);
  const stop = rest.search(/\n|。|[A-Z][0-9]+\(/);
  const span = stop < 0 ? rest.slice(0, 60) : rest.slice(0, Math.min(stop, 60));
  const years = span.match(YEAR_ANYWHERE)?.map(Number) ?? [];
  return years.length ? Math.max(...years) : null;
}
