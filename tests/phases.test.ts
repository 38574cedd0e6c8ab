import { describe, expect, it } from 'vitest';
import type { Article, Section } from '../src/types.js';
import { phasesExtractor } from '../extractors/phases/index.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };

/** A tiny article; `headings` lists [level, numbering, title] lines that the structure stage would find. */
function article(text: string, headings: [number, string, string][] = []): Article {
  const sections: Section[] = [];
  for (const [level, numbering, title] of headings) {
    const start = text.indexOf(numbering + title);
    sections.push({ level, numbering, title, heading: { start, end: start + numbering.length + title.length }, body: { start, end: text.length }, path: [title] });
  }
  for (const s of sections) {
    const next = sections.find((o) => o.heading.start > s.heading.start && o.level <= s.level);
    if (next) s.body.end = next.heading.start;
  }
  return { id: 't#1', sourcePath: 't.txt', index: 1, text, offsetInFile: 0, script: 'hans', sections, sentences: [], pageContext: { title: null, date: null, compilation: false }, messages: [] };
}

const run = (a: Article) => phasesExtractor.extract(a, { segmenter }).records.map((r) => [r.order, r.name, r.start, r.end]);

describe('phasesExtractor', () => {
  it('reads stages given as headings under a timetable section, with year carry-over', () => {
    const text = '四、工作要求\n各处室要高度重视。\n五、实施步骤\n(一)准备阶段(2019年4月8日—4月15日)\n制定方案。\n(二)推进阶段(2019年4月16日—11月30日)\n1.开展听课活动(5月10日)\n(三)总结阶段(2019年12月)\n评选表彰。';
    const a = article(text, [[1, '四、', '工作要求'], [1, '五、', '实施步骤'], [2, '(一)', '准备阶段(2019年4月8日—4月15日)']]);
    expect(run(a)).toEqual([
      [1, '准备阶段', '2019-04-08', '2019-04-15'],
      [2, '推进阶段', '2019-04-16', '2019-11-30'],
      [3, '总结阶段', '2019-12', '2019-12'],
    ]);
  });

  it('strips the 第X阶段 prefix of list items and repairs dates that lost 年', () => {
    const text = '七、时间安排\n201209-201407月。分为两个阶段进行。\n第一阶段:学习动员阶段(201209月到20131月)。\n主要工作:学习文件。\n第二阶段:深化落实阶段(20132-20147月)。';
    const a = article(text, [[1, '七、', '时间安排']]);
    expect(run(a)).toEqual([
      [1, '学习动员阶段', '2012-09', '2013-01'],
      [2, '深化落实阶段', '2013-02', '2014-07'],
    ]);
  });

  it('finds the timetable inside run-on text with no line breaks', () => {
    const text = '三、活动内容开展读书活动。四、工作步骤(一)启动阶段(2017年3月1日—3月10日)各校成立小组,分层次、分阶段开展活动。(二)提升阶段(2017年3月11日—10月31日)1、举办讲座。(三)验收阶段(2017年11月1日—11月20日)形成报告。';
    expect(run(article(text))).toEqual([
      [1, '启动阶段', '2017-03-01', '2017-03-10'],
      [2, '提升阶段', '2017-03-11', '2017-10-31'],
      [3, '验收阶段', '2017-11-01', '2017-11-20'],
    ]);
  });

  it('reads a stage whose date stands before its name and keeps commas inside names', () => {
    const text = '六、实施阶段\n1.2020年3月—4月为宣传发动阶段。\n2.对照要求,全面整改阶段(2020年5月—2021年6月)。';
    expect(run(article(text, [[1, '六、', '实施阶段']]))).toEqual([
      [1, '宣传发动阶段', '2020-03', '2020-04'],
      [2, '对照要求,全面整改阶段', '2020-05', '2021-06'],
    ]);
  });

  it('takes dated list items as stages when none is called a stage', () => {
    const text = '五、进度安排\n1.动员部署(2018年9月)\n2.组织实施(2018年10月-2019年5月)\n3.总结表彰(2019年6月)';
    expect(run(article(text, [[1, '五、', '进度安排']])).map((r) => r[1])).toEqual(['动员部署', '组织实施', '总结表彰']);
  });

  it('outside a timetable section it needs at least two stages the text calls stages', () => {
    expect(run(article('学校分阶段推进课改,第一阶段做好调研(2018年3月)。'))).toEqual([]);
    const text = '工作分两步走。第一阶段(2018年3月-6月):调研摸底。第二阶段(2018年7月-12月):全面推进。';
    expect(run(article(text))).toEqual([
      [1, '调研摸底', '2018-03', '2018-06'],
      [2, '全面推进', '2018-07', '2018-12'],
    ]);
  });

  it('does not glue a run-on timetable heading to its first 第X阶段 stage', () => {
    const text = '青禾中学作业改革方案一、工作目标减轻负担。二、推进步骤第一阶段(2023年9月):宣传启动。第二阶段(2023年10月—2024年5月):全面实施。三、保障措施加强领导。';
    expect(run(article(text))).toEqual([
      [1, '宣传启动', '2023-09', '2023-09'],
      [2, '全面实施', '2023-10', '2024-05'],
    ]);
  });

  it('reads past a 时间安排: label to the stages it lists', () => {
    const text = '四、方法步骤\n时间安排:2023年9月—10月为动员部署阶段;11月—12月为集中整改阶段;2024年1月为验收总结阶段。';
    expect(run(article(text, [[1, '四、', '方法步骤']]))).toEqual([
      [1, '动员部署阶段', '2023-09', '2023-10'],
      [2, '集中整改阶段', '2023-11', '2023-12'],
      [3, '验收总结阶段', '2024-01', '2024-01'],
    ]);
  });

  it('strips 一是/二是 from stage names', () => {
    const text = '五、工作步骤\n一是摸底阶段,2023年3月,调查现状;二是提升阶段,2023年4月至12月,全面推进。';
    expect(run(article(text, [[1, '五、', '工作步骤']]))).toEqual([
      [1, '摸底阶段', '2023-03', '2023-03'],
      [2, '提升阶段', '2023-04', '2023-12'],
    ]);
  });

  it('dates a timetable of bare months by the year in the title, and not by a school year', () => {
    const text = '青禾小学2023年科技节活动方案\n三、实施步骤\n1.筹备阶段(4月上旬):制定方案。\n2.展示阶段(4月中旬—5月):举办展评。';
    expect(run(article(text, [[1, '三、', '实施步骤']]))).toEqual([
      [1, '筹备阶段', '2023-04', '2023-04'],
      [2, '展示阶段', '2023-04', '2023-05'],
    ]);
    const schoolYear = text.replace('2023年', '2023-2024学年');
    expect(run(article(schoolYear, [[1, '三、', '实施步骤']])).map((r) => r[2])).toEqual([null, null]);
  });

  it('reads 第X阶段为…阶段, keeps a task-like name after an ordinal whole, and does not date the timetable heading', () => {
    const linked = '三、实施计划\n第一阶段为调研阶段(2023年2月),摸清底数。第二阶段为推广阶段(2023年3月—6月),全面铺开。';
    expect(run(article(linked, [[1, '三、', '实施计划']]))).toEqual([
      [1, '调研阶段', '2023-02', '2023-02'],
      [2, '推广阶段', '2023-03', '2023-06'],
    ]);
    const tasks = '四、具体安排\n1.第一阶段(2023年2月):进行摸底。\n2.第二阶段(2023年3月至6月):开展展评。';
    expect(run(article(tasks)).map((r) => r[1])).toEqual(['进行摸底', '开展展评']);
    const dated = '六、时间安排\n2023年2月:动员部署;2023年3月—6月:全面实施。';
    expect(run(article(dated, [[1, '六、', '时间安排']]))).toEqual([
      [1, '动员部署', '2023-02', '2023-02'],
      [2, '全面实施', '2023-03', '2023-06'],
    ]);
  });

  it('gives evidence that quotes the stage from the article text', () => {
    const text = '五、实施步骤\n(一)准备阶段(2019年4月)\n(二)总结阶段(2019年6月)';
    const records = phasesExtractor.extract(article(text, [[1, '五、', '实施步骤']]), { segmenter }).records;
    for (const r of records) expect(text.slice(r.evidence.span.start, r.evidence.span.end)).toBe(r.evidence.quote);
    expect(records[0]!.evidence.quote).toContain('准备阶段(2019年4月');
  });
});

