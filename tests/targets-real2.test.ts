// Goal or actual, and the due year, in speeches and news items (doc_type other), where no title
// says whether the figures report or promise: the words around them decide. Sentences invented.
import { describe, expect, it } from 'vitest';
import { targetsExtractor } from '../extractors/targets/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };
function targets(raw: string) {
  const n = normalizeText(raw);
  const article = buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script })[0]!;
  return targetsExtractor.extract(article, { segmenter }).records.map((r) => ({ value: r.value, kind: r.kind, year: r.year }));
}

describe('kind and year in speeches and news', () => {
  it('figures a speech gives after looking back (过去一年…取得了…) are actuals; its promises stay goals', () => {
    const found = targets('在全区2025年教育工作会议上的讲话\n同志们:\n过去一年,全区教育工作取得了明显成效。小学入学率为100%,初中巩固率达到98.7%,比上年提高1.5个百分点。\n2025年,我们要确保初中巩固率保持在99%以上,力争高中阶段毛入学率达到96%。\n');
    expect(found).toEqual([
      { value: 100, kind: 'actual', year: null },
      { value: 98.7, kind: 'actual', year: null },
      { value: 1.5, kind: 'actual', year: null },
      { value: 99, kind: 'goal', year: 2025 },
      { value: 96, kind: 'goal', year: 2025 },
    ]);
  });

  it('a year opening a sentence (2025年,…) dates the goals of that sentence only', () => {
    const found = targets('某镇教育工作要点\n2026年,全镇学前三年毛入园率要达到93%。各校要确保辍学率控制在0.5%以内。\n');
    expect(found).toEqual([
      { value: 93, kind: 'goal', year: 2026 },
      { value: 0.5, kind: 'goal', year: null },
    ]);
  });

  it('a year opening a sentence that tells what was done then (2019年,…制定了…) dates no goal', () => {
    const found = targets('某区教育资源规划实施情况\n2019年,我区依据学龄人口预测,修订了布局规划,通过新建学校可增加3600个学位。\n');
    expect(found).toEqual([{ value: 3600, kind: 'goal', year: null }]);
  });
});
