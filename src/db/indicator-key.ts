// Plans name one indicator many ways (体质健康优秀率, 体质健康测试优秀率, 学生体质健康优秀率,
// 《国家学生体质健康标准》优秀率). The key drops the words that vary without changing what is measured,
// so SQL can group variants; the indicator as written stays in its own column.

const FILLER = [
  /《[^》]*》/g,
  /[“”"'‘’「」()\[\]]/g,
  /^(全校|全县|全区|全市|全乡|全镇|我校|本校|各校|各年级|全体|在校|学校)+/,
  /国家|标准|测试|监测|检测|统一|年度|学年|综合/g,
  /学生|儿童|少年/g,
  /的/g,
];

export function indicatorKey(indicator: string): string {
  let key = indicator.normalize('NFKC').replace(/\s+/g, '');
  for (const pattern of FILLER) key = key.replace(pattern, '');
  return key || indicator;
}
