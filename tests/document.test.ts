import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentExtractor, extractDocumentFacts } from '../extractors/document/index.js';
import type { Article, DocumentFacts } from '../src/types.js';
import { articleOf as article, plainSegmenter as plain } from './helpers/article.js';

const facts = (text: string, page: Partial<Article['pageContext']> = {}): DocumentFacts => extractDocumentFacts(article(text, page), { segmenter: plain });

const PLAN_BODY = [
  '为进一步提高我校教育教学质量,结合学校实际,特制定本方案。',
  '一、工作目标',
  '力争学生学业合格率达到95%以上,教师课堂教学水平明显提高。',
  '二、实施步骤',
  '第一阶段:宣传发动阶段(2019年3月—2019年4月),组织教师学习方案。',
  '第二阶段:全面实施阶段(2019年5月—2020年12月),各教研组落实课堂教学改革任务。',
  '三、保障措施',
  '学校成立领导小组,校长任组长,教导处负责日常检查,班主任做好学生管理。',
].join('\n');

describe('title', () => {
  it('joins a title printed over two lines and reads the period under it', () => {
    const f = facts(`宝鸡市渭滨区实验小学\n教育质量提升三年行动计划\n2019-2021\n${PLAN_BODY}`);
    expect(f.title).toBe('宝鸡市渭滨区实验小学教育质量提升三年行动计划');
    expect([f.periodStart, f.periodEnd]).toEqual([2019, 2021]);
  });

  it('cuts a title that runs on into the first sentence', () => {
    const f = facts(`“课堂教学质量提升月”活动方案为落实县局工作部署,现制定本方案。\n${PLAN_BODY}`);
    expect(f.title).toBe('“课堂教学质量提升月”活动方案');
  });

  it('ignores the compilation title repeated at the top of an article', () => {
    const page = { title: '学校质量提升工作计划(精选3篇)', date: '2023-05-01', compilation: true };
    const f = facts(`学校质量提升工作计划\n一、指导思想\n以立德树人为根本任务,全面提高教学质量。\n${PLAN_BODY}`, page);
    expect(f.title).toBeNull();
  });

  it('has no title when the article opens with its body', () => {
    expect(facts(PLAN_BODY).title).toBeNull();
  });

  it('gives evidence that is the exact text of each fact', () => {
    const text = `沛县第一中学\n教学质量提升实施方案\n${PLAN_BODY}\n沛县第一中学\n2019年3月5日`;
    const f = facts(text);
    for (const ev of Object.values(f.evidence)) expect(text.slice(ev.span.start, ev.span.end)).toBe(ev.quote);
    expect(f.evidence.date?.quote).toBe('2019年3月5日');
  });
});

describe('organization and date', () => {
  it('reads the signing unit and date after the body', () => {
    const f = facts(`教学质量提升实施方案\n${PLAN_BODY}\n嵩县第二实验小学\n二〇一九年三月五日`);
    expect(f.organization).toBe('嵩县第二实验小学');
    expect(f.date).toBe('2019-03-05');
  });

  it('reads a signature written on one line after the last sentence', () => {
    const f = facts(`${PLAN_BODY}各校务必按时上报总结材料。城南学区2018年9月1日`);
    expect(f.organization).toBe('城南学区');
    expect(f.date).toBe('2018-09-01');
  });

  it('takes the unit at the head of the title when nothing is signed', () => {
    const f = facts(`柳营乡中心小学教学工作计划\n${PLAN_BODY}`);
    expect(f.organization).toBe('柳营乡中心小学');
  });

  it('does not take a cited authority or a verb phrase for the author', () => {
    const f = facts(`根据县教育局关于加强教学管理的要求,认真贯彻落实市教育局工作部署,全面加强学校管理。\n${PLAN_BODY}`);
    expect(f.organization).toBeNull();
  });

  it('names the district a text speaks for as 我区', () => {
    const f = facts('我区坚持均衡发展,全面改善办学条件。\n我区投入资金新建学校三所,江岸区各校教师交流比例逐年提高。\n我区教师培训覆盖率达到100%,学生体质健康水平稳步提升。');
    expect(f.organization).toBe('江岸区');
    expect(f.province).toBe('湖北');
  });

  it('uses the page date of a single-article page but not of a compilation', () => {
    expect(facts(PLAN_BODY, { date: '2020-06-01' }).date).toBe('2020-06-01');
    expect(facts(PLAN_BODY, { date: '2020-06-01', compilation: true }).date).toBeNull();
  });
});

describe('province', () => {
  it('finds the province of a county named in the signature through the gazetteer', () => {
    expect(facts(`${PLAN_BODY}\n蠡县实验中学\n2019年3月5日`).province).toBe('河北');
  });

  it('reads a city short name heading a school name', () => {
    expect(facts(`宝鸡高新第一中学教学质量提升方案\n${PLAN_BODY}`).province).toBe('陕西');
  });

  it('is not fooled by a school named after a word that is also a city', () => {
    expect(facts(`安康小学推进均衡发展工作措施\n${PLAN_BODY}`).province).toBeNull();
  });

  it('leaves an ambiguous district name alone unless the text supports one reading', () => {
    expect(facts(`朝阳区教师进修学校培训方案\n${PLAN_BODY}`).province).toBeNull();
    expect(facts(`朝阳区教师进修学校培训方案\n${PLAN_BODY}\n落实长春市教育局部署。`).province).toBe('吉林');
  });

  it('prefers the organization’s own place to places it merely cites', () => {
    const body = `${PLAN_BODY}\n组织教师赴上海、杭州、南京等地学习,借鉴上海市先进经验。`;
    expect(facts(`沛县第一中学教学质量提升方案\n${body}`).province).toBe('江苏');
  });

  it('ignores places in a reference list', () => {
    const study = '摘要:本文探讨课堂教学质量评价。\n关键词:课堂;评价\n本研究认为评价应当多元。学生与教师共同参与课堂评价,学校教学管理随之改进,教师教学反思更加深入。\n参考文献\n[1]王某.教育评价[M].北京:北京师范大学出版社,2010.';
    expect(facts(study).province).toBeNull();
  });
});

describe('document type and relevance', () => {
  it('calls a forward-looking text with goals and steps a plan', () => {
    expect(facts(PLAN_BODY).docType).toBe('plan');
  });

  it('calls a report of work done a summary even when its title says 措施', () => {
    const report = [
      '新华小学推进素质教育工作措施',
      '一、完善了学校管理制度,建立了教师考核机制。',
      '二、加强了课堂教学管理,开展了教师培训活动,学生成绩明显提高。',
      '三、改善了办学条件,新建了图书室和实验室,学校取得了显著成效。',
    ].join('\n');
    expect(facts(report).docType).toBe('summary');
  });

  it('takes a decisive genre word in the title', () => {
    expect(facts(`城关中学2018年教学工作总结\n${PLAN_BODY}`).docType).toBe('summary');
  });

  it('calls a paper with abstract, keywords and references research', () => {
    const paper = '摘要:本文分析区域教研对学校教学质量的作用。\n关键词:教研;质量\n本研究以三所学校为样本,学生和教师参与调查,课堂教学质量有所提高。学校教研活动推动教师成长,学生学习兴趣增强。\n参考文献\n[1]李某.教研论[J].教育研究,2015(3).';
    expect(facts(paper).docType).toBe('research');
  });

  it('marks a construction firm’s quality campaign as not about schools', () => {
    const site = '项目部开展质量提升活动,严格施工工序管理,加强焊接质量检查。\n施工班组每周召开质量例会,杜绝重大质量事故,降低质量成本。\n对照工程质量管理流程,整改现场隐患,确保工程按期交付。';
    expect(facts(site).relevant).toBe(false);
    expect(facts(PLAN_BODY).relevant).toBe(true);
  });

  it('copies the script of the article and returns one record per article', () => {
    const a = { ...article(PLAN_BODY), script: 'hant' as const };
    const out = documentExtractor.extract(a, { segmenter: plain });
    expect(out.records).toHaveLength(1);
    expect(out.records[0]!.script).toBe('hant');
  });
});

describe('period', () => {
  it('takes a plan’s period from its timetable when the title gives none', () => {
    const f = facts(PLAN_BODY);
    expect([f.periodStart, f.periodEnd]).toEqual([2019, 2020]);
  });

  it('takes the year goals are due as the end of the period', () => {
    const f = facts('为提高质量,特制定本计划。\n力争到2022年实现教学管理规范化,学生综合素质明显提高。\n工作目标:教师全员参加培训。');
    expect([f.periodStart, f.periodEnd]).toEqual([null, 2022]);
  });

  it('does not read the period of a document the plan only cites', () => {
    const f = facts('为贯彻落实《中长期教育改革和发展规划纲要(2010—2020年)》精神,特制定本方案。\n工作目标:力争学生学业水平稳步提高,教师专业素养明显提升。');
    expect([f.periodStart, f.periodEnd]).toEqual([null, null]);
  });
});

const SEEDS = '/work/shared/seeds/txt';
const GOLD = '/work/shared/gold/seeds.jsonl';

describe.runIf(existsSync(SEEDS) && existsSync(GOLD))('on the seed pages', () => {
  it('agrees with the gold on at least 95% of document fields', async () => {
    const { normalizeText } = await import('../src/normalize/index.js');
    const { buildArticles } = await import('../src/structure/index.js');
    const gold = new Map(
      readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((r) => r.type === 'document').map((r) => [r.doc as string, r]),
    );
    let agree = 0;
    let total = 0;
    for (const file of readdirSync(SEEDS)) {
      const n = normalizeText(readFileSync(`${SEEDS}/${file}`, 'utf8'));
      for (const a of buildArticles({ text: n.text, sourcePath: file, script: n.script })) {
        const f = extractDocumentFacts(a, { segmenter: plain });
        const g = gold.get(a.id);
        if (!g) continue;
        const got: Record<string, unknown> = {
          organization: f.organization, province: f.province, date: f.date, period_start: f.periodStart,
          period_end: f.periodEnd, doc_type: f.docType, relevant: f.relevant,
        };
        for (const [field, value] of Object.entries(got)) {
          total++;
          if (value === g[field]) agree++;
        }
      }
    }
    expect(total).toBeGreaterThan(0);
    expect(agree / total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('title without a genre word', () => {
  it('takes a short line standing over the body as the title, but not a unit’s name', () => {
    expect(facts(`城东小学“书香校园”读书节活动\n${PLAN_BODY}`).title).toBe('城东小学“书香校园”读书节活动');
    expect(facts(`城东镇第一小学\n${PLAN_BODY}`).title).toBeNull();
  });

  it('does not name a region the author when the text speaks as a school', () => {
    const f = facts('我区教育局要求各校提高质量。我区今年召开了质量推进会,江岸区各校参加。\n我校坚持以教学为中心。我校教师积极参加培训,我校学生成绩稳步提高。');
    expect(f.organization).toBeNull();
  });
});
