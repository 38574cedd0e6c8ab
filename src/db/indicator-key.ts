// Plans name one indicator many ways (体质健康优秀率, 体质健康测试优秀率, 学生体质健康优秀率,
// 《国家学生体质健康标准》优秀率). The key drops what varies without changing what is measured, so SQL
// can group variants; the indicator as written stays in its own column. Only whole words go, and only
// at the edges where they qualify (a leading scope or generic subject, a test word before the final
// rate): deleting characters inside a word (学生 out of 中学生) would group things that differ.

/** Quotation and bracket marks; 《》 are unwrapped, not dropped with their contents. */
const MARKS = /[《》“”"'‘’「」()\[\]()\s]/g;
/** Scope words and generic subjects that open an indicator without changing what it measures. */
const LEADING = /^(?:全校|全县|全区|全市|全乡|全镇|全省|我校|本校|各校|各年级|全体|在校|学校|国家|学生|儿童|少年)/;
/** The rates a test or standard leads to: `体质健康测试优秀率` measures the same as `体质健康优秀率`. */
const TEST_BEFORE_RATE = /(?:达标)?(?:测试|监测|检测|测评|标准)(?=(?:优秀|良好|合格|及格|达标)率$)/;
/** Who is measured, not what: never a key of its own. */
const GENERIC_SUBJECT = /^(?:学生|学校|教师|儿童|少年|幼儿|家长|班级|全体)$/;
/** A key this short, or a bare rate, would lump unrelated indicators together. */
const MIN_LENGTH = 2;

export function indicatorKey(indicator: string): string {
  // 的 is a word of its own wherever it stands, except in 目的 and 的确.
  let key = indicator.normalize('NFKC').replace(MARKS, '').replace(/(?<!目)的(?!确)/g, '');
  for (let i = 0; i < 6; i++) {
    const next = key.replace(LEADING, '');
    if (next === key || next.length < MIN_LENGTH || isBareRate(next) || GENERIC_SUBJECT.test(next)) break;
    key = next;
  }
  const untested = key.replace(TEST_BEFORE_RATE, '');
  if (untested.length >= MIN_LENGTH && !isBareRate(untested)) key = untested;
  return key || indicator;
}

/** `优秀率`, `合格率` alone: what they rate is gone. */
function isBareRate(key: string): boolean {
  return /^[\u4e00-\u9fff]{1,2}率$/.test(key);
}
