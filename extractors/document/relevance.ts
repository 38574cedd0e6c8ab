// Is the article about schools or basic-education quality? School plans are dense with the words
// of schooling; a firm's "quality campaign" talks of 施工, 工程 and 项目 instead.
const SCHOOL_WORDS =
  /学生|教师|教学|学校|课堂|校长|班主任|课程|育人|幼儿|学科|办学|师生|教研|学校管理|德育|素质教育|中小学|义务教育|学前教育|基础教育|保教|园长|我校|本校|我园|本园|年级|教导处|教务处|作业|备课|听课|中考|入园|入学|学业/g;
const MIN_HITS = 5;
/** School words per thousand characters below which a text is about something else. */
const MIN_DENSITY = 8;

export function schoolWordDensity(text: string): { hits: number; perThousand: number } {
  const hits = text.match(SCHOOL_WORDS)?.length ?? 0;
  return { hits, perThousand: text.length ? (hits * 1000) / text.length : 0 };
}

/** The words of the trades whose quality campaigns share a school plan's vocabulary (a teaching hospital teaches). */
const OTHER_SECTOR_WORDS = /患者|病人|医疗|护理|病历|诊疗|医务|临床|施工|工程质量|安全生产|项目部|产品质量|企业|客户|生产线|质检/g;

/** A school or an education body as the author: its short plan needs fewer words to show it. */
const EDUCATION_UNIT = /(?:学校|中学|小学|完小|教学点|学区|幼儿园|幼稚园|中心校|[一二三四五六七八九十\d]+中|教育体育局|教育和体育局|教育局|教体局|文教局|教育厅|教研室|教委)$/;
const MIN_HITS_OF_SCHOOL = 2;

/** `organization`: the article's author, when found; a school's own short plan is about schooling. */
export function isAboutSchools(text: string, organization: string | null = null): boolean {
  const { hits, perThousand } = schoolWordDensity(text);
  const otherSector = text.match(OTHER_SECTOR_WORDS)?.length ?? 0;
  if (organization && EDUCATION_UNIT.test(organization) && otherSector === 0 && hits >= MIN_HITS_OF_SCHOOL) return true;
  return hits >= MIN_HITS && perThousand >= MIN_DENSITY && otherSector <= hits;
}
