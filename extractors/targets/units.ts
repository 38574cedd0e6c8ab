// Units a quantity can carry, how they are normalized and which rule lets them count as a target.

/**
 * percent, money, area, ratio and rank always count; `measure` counts only with a comparator word;
 * `time` (dates and spans of years, months, days) never counts.
 */
export type UnitClass = 'percent' | 'money' | 'area' | 'ratio' | 'rank' | 'measure' | 'time';

export interface UnitReading {
  /** The unit as exported (`人` for 名, `平方米` for ㎡/m2, `岁` for 周岁). */
  unit: string;
  unitClass: UnitClass;
  /** Characters of text the unit took. */
  length: number;
}

// Longest spellings first so that 人次 wins over 人, 分钟 over 分, 个月 over 个.
const TABLE: [string, string, UnitClass][] = [
  ['个百分点', '%', 'percent'],
  ['百分点', '%', 'percent'],
  ['%', '%', 'percent'],
  ['亿元', '亿元', 'money'],
  ['万元', '万元', 'money'],
  ['千元', '千元', 'money'],
  ['元', '元', 'money'],
  ['平方公里', '平方公里', 'area'],
  ['平方千米', '平方公里', 'area'],
  ['平方米', '平方米', 'area'],
  ['平米', '平方米', 'area'],
  ['m2', '平方米', 'area'],
  ['亩', '亩', 'area'],
  ['公顷', '公顷', 'area'],
  // Spans of time: never a target (the plan's 三年, 6个月, 每学期).
  ['个工作日', '日', 'time'],
  ['个学期', '学期', 'time'],
  ['个学年', '学年', 'time'],
  ['个星期', '周', 'time'],
  ['个月', '月', 'time'],
  ['学期', '学期', 'time'],
  ['学年', '学年', 'time'],
  ['年级', '年级', 'time'],
  ['星期', '周', 'time'],
  ['周岁', '岁', 'measure'],
  ['周年', '年', 'time'],
  ['年', '年', 'time'],
  ['月', '月', 'time'],
  ['日', '日', 'time'],
  ['号', '日', 'time'],
  ['天', '天', 'time'],
  ['周', '周', 'time'],
  ['届', '届', 'time'],
  // Hours, lessons and ages are measures a plan caps or guarantees (睡眠不少于9小时).
  ['个小时', '小时', 'measure'],
  ['小时', '小时', 'measure'],
  ['分钟', '分钟', 'measure'],
  ['课时', '课时', 'measure'],
  ['学时', '学时', 'measure'],
  ['学分', '学分', 'measure'],
  ['人次', '人次', 'measure'],
  // Compound measure words (`2校次`, `3个名次`): read whole, or 校 and 名 alone would misread them.
  ['校次', '校次', 'measure'],
  ['班次', '班次', 'measure'],
  ['个名次', '名次', 'rank'],
  ['名次', '名次', 'rank'],
  ['岁', '岁', 'measure'],
  ['人', '人', 'measure'],
  ['名', '人', 'measure'],
  ['位', '位', 'measure'],
  ['公里', '公里', 'measure'],
  ['千米', '公里', 'measure'],
  ['米', '米', 'measure'],
  ['倍', '倍', 'measure'],
];

// Single-character measure words, exported as written.
const MEASURE_WORDS = '个次项节所册台种篇本套间座处张件门场批支份部组班层栋幢辆块棵株首例户家条类课轮遍分期副架把';

const BY_LENGTH = TABLE.slice().sort((a, b) => b[0].length - a[0].length);

/** The unit that starts at `at` in `text`, if any. */
export function unitAt(text: string, at: number): UnitReading | null {
  for (const [spelling, unit, unitClass] of BY_LENGTH) {
    if (text.startsWith(spelling, at)) return { unit, unitClass, length: spelling.length };
  }
  const ch = text[at];
  if (ch !== undefined && MEASURE_WORDS.includes(ch)) return { unit: ch, unitClass: 'measure', length: 1 };
  return null;
}

/** True for units a measure word may be followed by a counted noun (`12个班`, `一项活动`). */
export function isCountUnit(unit: string): boolean {
  return unit.length === 1 && MEASURE_WORDS.includes(unit);
}
