// Comparator words around a quantity: the verb or adverb before it (不低于, 控制在, 增加) and the
// limit word after it (以上, 以下, 以内), combined as GUIDE.md's comparator table says.
import type { Comparator } from '../../src/types.js';

export interface ComparatorWord {
  comparator: Comparator;
  /** True when the word makes a plain count a target (GUIDE (b)); 为/占/是 do not. */
  qualifies: boolean;
  start: number;
  end: number;
}

// Longest forms first: the regex alternation takes the first that matches at a position.
const PRE: [string, Comparator, boolean][] = [
  ['不(?:得|应|能|宜)?(?:低于|少于|小于|短于|早于)', 'ge', true],
  ['不(?:得|应|能|宜)?(?:超过|高于|多于|大于|晚于|超出)', 'le', true],
  ['(?:提高|提升|增加|增长|上升|增)[到至]', 'ge', true],
  ['(?:降低|减少|下降|压缩|降|减)(?:到|至|在)', 'le', true],
  ['至少|最少|最低|大于等于|≥|>=', 'ge', true],
  ['达到了?|(?<![发到下表传通抵送直转])达(?![标成不])', 'ge', true],
  ['保持在', 'ge', true],
  // 超 and 突破 directly before a figure (`及格率超95%`, `突破90%`) say more than it, as 超过 does.
  ['超过|高于|多于|大于|>|突破(?=\\s?(?:$|[0-9〇零一二两三四五六七八九十百]))|(?<![赶追])超(?=\\s?(?:$|[0-9〇零一二两三四五六七八九十百]))', 'gt', true],
  ['至多|最多|最高|小于等于|≤|<=|控制在|控制', 'le', true],
  ['低于|少于|不足|小于|不到|未满|不满|未达|<', 'lt', true],
  ['(?:增加|提高|提升|增长|上升)(?!率)了?|超出|高出|多出|扩大', 'increase', true],
  // 新增 names what is added (`新增学位5400个` is 5400 new places), not a rise of a level: GUIDE.md has
  // it in no comparator list, so it is a plain amount, though it still makes a count a target.
  ['新增', 'eq', true],
  ['(?:减少|降低|下降|缩减)(?!率)了?', 'decrease', true],
  // 共 is a total (`共投入…`), not the first character of 共同体, 共享, 共建 or 共育.
  ['仅为|约为|仅有|(?<![作成认因行以称较更])为|(?<![但于凡])是|占(?![地用据领有])|按|约|共(?![同享建育])', 'eq', false],
];

const PRE_RE = new RegExp(PRE.map(([source]) => `(${source})`).join('|'), 'g');

/** Characters allowed between a comparator word and its number (`不超过课堂的1/3`). */
const MAX_GAP = 10;
/** A share of a named whole may run longer (`占全区小学、初中学生总数的21.9%`). */
const MAX_GAP_OF_WHOLE = 16;

/** The comparator word nearest before `numberStart`, searched from `floor` (clause start or previous quantity). */
export function comparatorBefore(text: string, floor: number, numberStart: number): ComparatorWord | null {
  const window = text.slice(floor, numberStart);
  let best: ComparatorWord | null = null;
  PRE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PRE_RE.exec(window))) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const entry = PRE[group];
    if (!entry) continue;
    const end = floor + m.index + m[0].length;
    const gap = numberStart - end;
    if (gap <= MAX_GAP || (gap <= MAX_GAP_OF_WHOLE && text[numberStart - 1] === '的')) best = { comparator: entry[1], qualifies: entry[2], start: floor + m.index, end };
  }
  return best;
}

export interface LimitWord {
  comparator: 'ge' | 'le' | 'eq';
  qualifies: boolean;
  end: number;
}

const POST_RE = /^\s?(?:及|或)?(以上|之上|以下|之下|以内|之内|内|左右|上下)/;

/** The limit word right after a quantity (`60%以上`, `1.5小时之内`). */
export function comparatorAfter(text: string, quantityEnd: number): LimitWord | null {
  const m = POST_RE.exec(text.slice(quantityEnd, quantityEnd + 6));
  if (!m) return null;
  const word = m[1]!;
  const comparator = /上/.test(word) && word !== '上下' ? 'ge' : /左右|上下/.test(word) ? 'eq' : 'le';
  return { comparator, qualifies: comparator !== 'eq', end: quantityEnd + m[0].length };
}

export interface Resolved {
  comparator: Comparator;
  qualifies: boolean;
}

/** Combines the form's own comparator, the word before and the limit after into one. */
export function resolveComparator(
  form: Comparator | null,
  pre: ComparatorWord | null,
  post: LimitWord | null,
  percentagePoints: boolean,
): Resolved {
  const qualifies = Boolean(pre?.qualifies || post?.qualifies || form === 'range');
  if (percentagePoints) {
    const down = pre && ['decrease', 'le', 'lt'].includes(pre.comparator);
    return { comparator: down ? 'decrease' : 'increase', qualifies: true };
  }
  if (form === 'range' || form === 'le' || form === 'eq') return { comparator: form, qualifies: true };
  if (post && post.comparator !== 'eq') return { comparator: post.comparator, qualifies };
  if (pre && pre.comparator !== 'eq') return { comparator: pre.comparator, qualifies };
  if (form === 'gt') return { comparator: 'gt', qualifies };
  return { comparator: 'eq', qualifies };
}
