// A generated set for choosing and checking the copy rule: plans, their true copies (other chrome,
// small edits, another format's text, traditional script, lost characters) and plans that are
// near but not copies (one county template filled in by another school with its own figures;
// the same genre from another template). All text is invented from the pools below.
import * as OpenCC from 'opencc-js';
import { seededRandom } from '../copies/random.js';

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const PLACES = ['青禾县', '临溪县', '松原区', '白石县', '云阳县', '北塘区', '桐川县', '梅岭县', '东湖区', '安平县'];
const SCHOOL_KINDS = ['第一小学', '实验小学', '中心小学', '第二中学', '实验中学', '育才学校', '城关中学', '明德小学'];
const SURNAMES = ['林', '周', '陈', '吴', '郑', '何', '罗', '高', '梁', '宋', '唐', '许'];
const GIVEN = ['晓东', '雨晴', '建国', '海燕', '志明', '丽华', '文斌', '春梅', '国强', '玉兰', '振华', '秀英'];

/** Sentence patterns by section; {S} school, {P} person, {n} a figure drawn for the slot, {Y} the plan's year. */
const SECTIONS: Record<string, readonly string[]> = {
  指导思想: [
    '以立德树人为根本任务，全面贯彻党的教育方针，坚持五育并举，办好人民满意的教育。',
    '以提高教育教学质量为核心，以课堂教学改革为抓手，推动{S}内涵发展。',
    '坚持问题导向，聚焦学生全面发展，落实县教育局关于质量提升的各项部署。',
    '遵循教育规律和学生成长规律，着力构建全员育人、全程育人、全方位育人的工作格局。',
    '立足学校发展实际，突出内涵建设，努力形成管理规范、质量过硬、特色鲜明的办学局面。',
    '坚持德育为先、能力为重，促进学生德智体美劳全面发展，为学生终身发展奠定基础。',
  ],
  工作目标: [
    '到{Y}年底，学生体质健康测试合格率达到{n}%以上，优秀率不低于{n}%。',
    '学业水平考试合格率达到{n}%，优秀率提高{n}个百分点。',
    '每学年开展校级教研活动不少于{n}次，教师人均听课不少于{n}节。',
    '近视率每年下降{n}个百分点，学生每天校内体育活动时间不少于{n}小时。',
    '课后服务参与率达到{n}%以上，家长满意度不低于{n}%。',
    '建成{n}个学科名师工作室，培养县级以上骨干教师{n}名。',
    '图书馆生均藏书达到{n}册，每周开放不少于{n}小时。',
    '三年内新增功能教室{n}间，多媒体教室覆盖率达到{n}%。',
    '控辍保学，义务教育巩固率保持在{n}%以上。',
    '每月召开一次质量分析会，每学期组织{n}次学情调研。',
    '教师队伍结构进一步优化，师德师风建设成效明显，群众满意度稳步提升。',
    '学校管理更加规范，教学常规落实到位，形成比学赶超的良好氛围。',
  ],
  主要措施: [
    '加强集体备课，实行“三定”制度，即定时间、定地点、定主讲人。',
    '推进分层作业设计，书面作业平均完成时间控制在{n}分钟以内。',
    '实施青蓝工程，青年教师与骨干教师结对，每学期至少上{n}节汇报课。',
    '开展阳光体育大课间活动，保证学生每天锻炼{n}小时。',
    '完善学生综合素质评价，建立成长档案袋，做到一生一档。',
    '加强家校合作，每学期召开家长会不少于{n}次，家访覆盖率达到{n}%。',
    '开设书法、合唱、科技、棋类等兴趣社团{n}个，学生参与率达到{n}%。',
    '落实教学常规检查，每月检查教案、作业批改{n}次，结果纳入绩效考核。',
    '建立学困生帮扶台账，实行一对一结对帮扶，每周辅导不少于{n}次。',
    '加强校园安全管理，每学期开展应急疏散演练{n}次。',
    '深化课堂教学改革，推广小组合作学习，提高课堂教学效率，切实减轻学生过重课业负担。',
    '加强教研组建设，坚持问题即课题，以课题研究带动教师专业成长。',
    '发挥信息技术优势，推进智慧课堂建设，促进优质教育资源共享。',
    '关注学生心理健康，配齐心理辅导教师，定期开展心理健康教育活动。',
  ],
  组织领导: [
    '成立质量提升工作领导小组，{P}任组长，分管副校长任副组长。',
    '教导处负责方案的具体实施，总务处负责经费与后勤保障。',
    '各年级组长、教研组长为成员，领导小组办公室设在教导处。',
    '{P}负责日常督导，每月向领导小组汇报一次工作进展。',
  ],
  实施步骤: [
    '第一阶段为宣传动员阶段（{Y}年3月至{Y}年4月），学习文件，制定方案。',
    '第二阶段为全面实施阶段（{Y}年5月至{Y}年12月），按方案推进各项工作。',
    '第三阶段为总结提升阶段（{Y}年1月至{Y}年3月），总结经验，表彰先进。',
    '各阶段工作完成后由领导小组组织验收，形成书面报告。',
  ],
  保障措施: [
    '学校每年安排专项经费不少于{n}万元，专款专用。',
    '将质量提升工作纳入教师年度考核，考核结果与评优评先挂钩。',
    '加强宣传引导，通过校园网、家长群及时宣传工作成效。',
    '建立督查通报制度，对工作不力的部门和个人及时提醒。',
    '加强与社区、家庭的沟通协作，形成学校、家庭、社会协同育人的合力。',
  ],
};

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** A county template: which patterns, in which order, under which headings; figures left open. */
export interface Template {
  sections: { heading: string; patterns: string[] }[];
}

export function makeTemplate(random: Random): Template {
  const headings = Object.keys(SECTIONS);
  return {
    sections: headings.map((heading) => {
      const pool = [...SECTIONS[heading]!];
      const keep = pool.filter(() => random() < 0.7);
      // Shuffled so two templates of one genre differ in order as well as in choice.
      for (let i = keep.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [keep[i], keep[j]] = [keep[j]!, keep[i]!];
      }
      return { heading, patterns: keep.length ? keep : [pool[0]!] };
    }),
  };
}

export interface School {
  name: string;
  person: string;
  year: number;
}

export function makeSchool(random: Random): School {
  return {
    name: pick(random, PLACES) + pick(random, SCHOOL_KINDS),
    person: pick(random, SURNAMES) + pick(random, GIVEN),
    year: int(random, 2018, 2025),
  };
}

/**
 * The template filled in for one school: figures are drawn per slot, so another school's differ,
 * except that with `kept` a share of the slots keeps the figure of an earlier filling.
 */
export function fillTemplate(template: Template, school: School, random: Random, kept?: { figures: string[]; share: number }): { text: string; figures: string[] } {
  const figures: string[] = [];
  const figure = (): string => {
    const earlier = kept?.figures[figures.length];
    const value = earlier !== undefined && random() < kept!.share ? earlier : String(int(random, 2, 98));
    figures.push(value);
    return value;
  };
  const lines = [`${school.name}教育教学质量提升实施方案`, `为进一步提高教育教学质量，结合${school.name}实际，特制定本方案。`];
  template.sections.forEach((section, i) => {
    lines.push(`${NUMERALS[i] ?? i + 1}、${section.heading}`);
    for (const pattern of section.patterns) {
      lines.push(
        pattern
          .replace(/\{S\}/g, school.name)
          .replace(/\{P\}/g, school.person)
          .replace(/\{Y\}/g, String(school.year))
          .replace(/\{n\}/g, figure),
      );
    }
  });
  lines.push(school.name, `${school.year}年${int(random, 1, 12)}月${int(random, 1, 28)}日`);
  return { text: lines.join('\n'), figures };
}

// ---- the ways a true copy differs from its original ----

const SITES = ['好范文网', '第一文库', '学习啦', '文档之家', '教师范文网', '方案大全网'];

function withChrome(text: string, random: Random): string {
  const site = pick(random, SITES);
  const top = [`${site} > 工作方案 > 学校方案`, `发布时间：${int(random, 2019, 2025)}-0${int(random, 1, 9)}-1${int(random, 0, 9)}  浏览次数：${int(random, 100, 9999)}`];
  const bottom = [`上一篇：${pick(random, PLACES)}学校安全工作计划`, `下一篇：${pick(random, PLACES)}教研工作总结`, `本文由${site}用户上传，版权归原作者所有`];
  return [...top, text, ...bottom].join('\n');
}

function withEdits(text: string, random: Random): string {
  const chars = [...text];
  const edits = int(random, 3, 6);
  for (let e = 0; e < edits; e++) {
    const at = int(random, 20, chars.length - 20);
    const kind = random();
    if (kind < 0.4) chars.splice(at, int(random, 1, 4));
    else if (kind < 0.8) chars.splice(at, 0, ...pick(random, ['认真', '切实', '进一步', '全体', '积极']));
    else chars[at] = pick(random, ['的', '和', '与', '及']);
  }
  return chars.join('');
}

/** A PDF's text: lines wrapped at the page width, spaces between some characters, page footers. */
function asPdfText(text: string, random: Random): string {
  const width = int(random, 28, 40);
  const flat = text.replace(/\n/g, '');
  const lines: string[] = [];
  for (let i = 0; i < flat.length; i += width) lines.push(flat.slice(i, i + width));
  const pages = Math.ceil(lines.length / 30);
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(random() < 0.1 ? [...line].join(' ') : line);
    if ((i + 1) % 30 === 0) out.push(`第 ${(i + 1) / 30} 页 共 ${pages} 页`);
  });
  return out.join('\n');
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A page in traditional script: the pipeline converts it back, not always character for character. */
function asTraditional(text: string): string {
  return toTraditional(text);
}

/** A damaged download or a bad encoding: a few characters lost or turned into U+FFFD. */
function withLostCharacters(text: string, random: Random): string {
  const chars = [...text];
  const lost = Math.max(3, Math.round(chars.length * 0.005));
  for (let i = 0; i < lost; i++) {
    const at = int(random, 0, chars.length - 1);
    if (random() < 0.5) chars.splice(at, 1);
    else chars[at] = '\uFFFD';
  }
  return chars.join('');
}

export type CopyKind = 'chrome' | 'edits' | 'pdf' | 'traditional' | 'lost' | 'chrome+edits';
export type NearKind = 'same template, other school' | 'same template, other school, a third of its figures the same' | 'same genre, other template';

export interface CopyPair {
  original: string;
  other: string;
  copy: boolean;
  kind: CopyKind | NearKind;
}

const COPY_KINDS: readonly CopyKind[] = ['chrome', 'edits', 'pdf', 'traditional', 'lost', 'chrome+edits'];

function makeCopy(text: string, kind: CopyKind, random: Random): string {
  switch (kind) {
    case 'chrome': return withChrome(text, random);
    case 'edits': return withEdits(text, random);
    case 'pdf': return asPdfText(text, random);
    case 'traditional': return asTraditional(text);
    case 'lost': return withLostCharacters(text, random);
    case 'chrome+edits': return withChrome(withEdits(text, random), random);
  }
}

/**
 * `plans` originals, each with one copy of every kind, two plans of the same template by other
 * schools (one keeping a third of the original's figures), and one of another template of the genre. Texts are raw: callers normalize them as the
 * pipeline does.
 */
export function generateCopySet(plans: number, seed = 20261126): CopyPair[] {
  const random = seededRandom(seed);
  const pairs: CopyPair[] = [];
  for (let p = 0; p < plans; p++) {
    const template = makeTemplate(random);
    const filled = fillTemplate(template, makeSchool(random), random);
    const original = filled.text;
    for (const kind of COPY_KINDS) pairs.push({ original, other: makeCopy(original, kind, random), copy: true, kind });
    pairs.push({ original, other: fillTemplate(template, makeSchool(random), random).text, copy: false, kind: 'same template, other school' });
    pairs.push({
      original, other: fillTemplate(template, makeSchool(random), random, { figures: filled.figures, share: 1 / 3 }).text, copy: false,
      kind: 'same template, other school, a third of its figures the same',
    });
    pairs.push({ original, other: fillTemplate(makeTemplate(random), makeSchool(random), random).text, copy: false, kind: 'same genre, other template' });
  }
  return pairs;
}
