// A duty table (序号 | 重点任务 | 责任单位 | 完成时限) holds its figures inside task clauses: they are read
// as running text, so the clause names the indicator (never the row's serial number), and the row's
// deadline dates a goal that names no year. Value tables keep their own reading. Tables invented.
import { describe, expect, it } from 'vitest';
import { targetsExtractor } from '../extractors/targets/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };
function targets(raw: string) {
  const n = normalizeText(raw);
  const article = buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script })[0]!;
  return targetsExtractor.extract(article, { segmenter }).records.map((r) => ({ indicator: r.indicator, value: r.value, unit: r.unit, comparator: r.comparator, year: r.year }));
}

const PLAN_HEAD = '某县义务教育质量提升实施方案\n为提升全县义务教育质量,制定本方案。\n一、重点任务\n';

describe('figures in a duty table’s task cells', () => {
  it('take their indicator from the task’s clause and their year from the row’s deadline', () => {
    const found = targets(
      PLAN_HEAD +
        '序号\t重点任务\t责任单位\t完成时限\n' +
        '1\t实施县管校聘改革,教师交流轮岗比例不低于15%\t县教育局、县人社局\t2025年12月底\n' +
        '2\t推进集团化办学,城乡学校结对帮扶覆盖率达到100%\t县教育局\t2026年8月\n' +
        '3\t建设智慧课堂,新增学位2400个\t县发改局\t长期坚持\n',
    );
    expect(found).toEqual([
      { indicator: '教师交流轮岗比例', value: 15, unit: '%', comparator: 'ge', year: 2025 },
      { indicator: expect.stringContaining('覆盖率'), value: 100, unit: '%', comparator: 'ge', year: 2026 },
      // a deadline naming no year leaves the goal undated
      { indicator: '学位', value: 2400, unit: '个', comparator: 'eq', year: null },
    ]);
  });

  it('a year written in the task outranks the row’s deadline', () => {
    const found = targets(PLAN_HEAD + '序号\t重点任务\t完成时限\n1\t到2027年,全县学前三年毛入园率达到92%以上\t2025年起逐年推进\n');
    expect(found).toEqual([{ indicator: expect.stringContaining('毛入园率'), value: 92, unit: '%', comparator: 'ge', year: 2027 }]);
  });

  it('leaves a value table to the table reader: the row’s head names the indicator, the column the year', () => {
    const found = targets(PLAN_HEAD + '指标\t2025年目标\t2027年目标\n体质健康优秀率(%)\t25\t30\n');
    expect(found).toEqual([
      { indicator: '体质健康优秀率', value: 25, unit: '%', comparator: 'eq', year: 2025 },
      { indicator: '体质健康优秀率', value: 30, unit: '%', comparator: 'eq', year: 2027 },
    ]);
  });
});

describe('a rectification list (整改清单) in a self-check report', () => {
  const REPORT = '某中学办学行为自查报告\n一、自查情况\n学校课程开齐开足率为100%。\n二、整改措施\n';
  it('commits to its figures: goals due in the year of each row’s deadline, though the report looks back', () => {
    const found = targets(
      REPORT +
        '序号\t整改事项\t整改措施\t责任部门\t完成时限\n' +
        '1\t作业设计\t开展专题培训,分层作业覆盖率提高到85%以上\t教务处\t2025年12月\n' +
        '2\t体质健康\t落实大课间,体质健康优良率提升到60%以上\t体育组\t2026年6月\n',
    );
    expect(found.map((t) => [t.value, t.year])).toEqual([[100, null], [85, 2025], [60, 2026]]);
  });

  it('a cell reporting the work done stays an actual', () => {
    const n = normalizeText(REPORT + '序号\t整改措施\t完成时限\n1\t已开设特色课程8门,特色课程占比达到了40%\t2025年9月\n');
    const article = buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script })[0]!;
    const last = targetsExtractor.extract(article, { segmenter }).records.at(-1)!;
    expect([last.value, last.kind, last.year]).toEqual([40, 'actual', null]);
  });
});
