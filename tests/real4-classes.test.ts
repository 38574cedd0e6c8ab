// Three miss classes of realstyle4's first run, each with its near-misses: the compilation title printed
// again beside every article marker, goals listed per year, and decimal points scraped into `。`.
// Every text here is invented.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { isDecimalStop, readDecimalStops } from '../src/normalize/decimal-stops.js';
import { buildArticles } from '../src/structure/index.js';
import { isTitleRepeat } from '../src/structure/compilation.js';
import type { TargetRecord } from '../src/types.js';
import { targetsExtractor } from '../extractors/targets/index.js';

const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };

const build = (lines: readonly string[]) => {
  const n = normalizeText(lines.join('\n'));
  return buildArticles({ text: n.text, sourcePath: 'p/041_page.html', script: n.script });
};
const firstLine = (text: string) => text.split('\n').map((l) => l.trim()).find((l) => l) ?? '';
const targetsOf = (raw: string): TargetRecord[] => {
  const n = normalizeText(raw);
  const article = buildArticles({ text: n.text, sourcePath: 'test.txt', script: n.script })[0]!;
  return targetsExtractor.extract(article, { segmenter }).records;
};
const yearOf = (raw: string, value: number) => targetsOf(raw).find((t) => t.value === value)?.year;

describe('the compilation title repeated beside each article marker', () => {
  const TITLE = '幼儿园保教工作计划【精选3篇】';
  const body = (school: string, n: number) => ['一、工作目标', `${school}幼儿出勤率达到${n}%以上。`, '二、主要措施', '每月开展园本教研不少于2次。'];

  it('splits after the marker, not at the repeat, and the repeat is neither title nor target', () => {
    const lines = [TITLE, '以下是小编整理的幼儿园保教工作计划,仅供参考。', '篇一:青禾幼儿园保教工作计划', TITLE, ...body('青禾幼儿园', 91),
      '篇二:石桥幼儿园保教工作计划', TITLE, ...body('石桥幼儿园', 92), '篇三:柳岸幼儿园保教工作计划', TITLE, ...body('柳岸幼儿园', 93)];
    const articles = build(lines);
    expect(articles.map((a) => firstLine(a.text))).toEqual(['青禾幼儿园保教工作计划', '石桥幼儿园保教工作计划', '柳岸幼儿园保教工作计划']);
    expect(articles.map((a) => a.text.includes('精选'))).toEqual([false, false, false]);
    expect(articles.every((a) => a.text.includes('出勤率'))).toBe(true);
    const figures = articles.map((a) => targetsExtractor.extract(a, { segmenter }).records.map((t) => `${t.value}${t.unit}`));
    expect(figures).toEqual([['91%', '2次'], ['92%', '2次'], ['93%', '2次']]);
  });

  it('skips the repeat under a marker alone on its line (【篇二】, 第2篇) so the own title opens the article', () => {
    for (const [one, two] of [['【篇一】', '【篇二】'], ['第1篇', '第2篇']] as const) {
      const lines = [TITLE, one, TITLE, '青禾幼儿园保教工作计划', ...body('青禾幼儿园', 91), two, TITLE, '石桥幼儿园保教工作计划', ...body('石桥幼儿园', 92)];
      expect(build(lines).map((a) => firstLine(a.text))).toEqual(['青禾幼儿园保教工作计划', '石桥幼儿园保教工作计划']);
    }
  });

  it('ends the article before a repeat printed above the next marker', () => {
    const header = '小学教研组工作计划(通用3篇)';
    const lines = [header, header, '第1篇:语文教研组工作计划', ...body('松岭小学', 91), header, '第2篇:数学教研组工作计划', ...body('松岭小学', 92), header, '第3篇:英语教研组工作计划', ...body('松岭小学', 93)];
    const articles = build(lines);
    expect(articles.map((a) => firstLine(a.text))).toEqual(['语文教研组工作计划', '数学教研组工作计划', '英语教研组工作计划']);
    expect(articles.some((a) => a.text.includes('通用'))).toBe(false);
  });

  it('knows a repeat from a title of another compilation, a sentence and a count in the body', () => {
    const header = { line: 0, declared: 3, title: '幼儿园保教工作计划' };
    expect(isTitleRepeat('幼儿园保教工作计划【精选3篇】', header)).toBe(true);
    expect(isTitleRepeat('小学安全工作方案(通用5篇)', header)).toBe(false);
    expect(isTitleRepeat('幼儿园保教工作计划', header)).toBe(false);
    expect(isTitleRepeat('每位教师撰写观察记录不少于20篇。', header)).toBe(false);
    expect(isTitleRepeat('篇二:幼儿园保教工作计划', header)).toBe(false);
  });

  it('keeps a real count of 篇 in an article body as a target', () => {
    const lines = [TITLE, '篇一:青禾幼儿园保教工作计划', TITLE, '一、工作目标', '每位教师每学期撰写观察记录不少于20篇。', '篇二:石桥幼儿园保教工作计划', TITLE, ...body('石桥幼儿园', 92)];
    const [first] = build(lines);
    expect(targetsExtractor.extract(first!, { segmenter }).records.map((t) => `${t.value}${t.unit}`)).toEqual(['20篇']);
  });
});

describe('goals listed per year', () => {
  const plan = (body: string) => `某中学质量提升三年行动计划\n一、发展目标\n${body}`;

  it('dates goals by a year label with a colon, on its own line or flattened with semicolons', () => {
    const lines = plan('2025年:合格率达到90%,优良率达到45%;\n2026年:合格率达到92%;\n2027年:合格率达到95%。');
    expect([yearOf(lines, 90), yearOf(lines, 45), yearOf(lines, 92), yearOf(lines, 95)]).toEqual([2025, 2025, 2026, 2027]);
    const flat = plan('(二)队伍目标。2025年:骨干教师达到10人;2026年:骨干教师达到12人;2027年:骨干教师达到15人。');
    expect([yearOf(flat, 10), yearOf(flat, 12), yearOf(flat, 15)]).toEqual([2025, 2026, 2027]);
  });

  it('lets a sentence opening with its own year replace the deadline of the sentence before', () => {
    const text = plan('到2026年,参与率达到90%以上。2027年,参与率达到95%以上,社团不少于20个。');
    expect([yearOf(text, 90), yearOf(text, 95), yearOf(text, 20)]).toEqual([2026, 2027, 2027]);
    // a sentence without a year of its own stays under the deadline before it
    expect(yearOf(plan('到2026年,参与率达到90%以上。力争满意度达到95%。'), 95)).toBe(2026);
  });

  it('keeps actuals undated and a baseline year out of a goal', () => {
    const text = `某中学质量提升三年行动计划\n一、现状分析\n2024年,我校中考合格率达到88%。\n二、发展目标\n合格率较2024年提高5个百分点。`;
    const found = targetsOf(text);
    expect(found.find((t) => t.value === 88)).toMatchObject({ kind: 'actual', year: null });
    expect(found.find((t) => t.value === 5)?.year).toBeNull();
  });

  it('does not read a month or a grade after the year as a year label', () => {
    expect(yearOf(plan('2025年3月:合格率达到90%。'), 90)).toBeNull();
  });
});

describe('a decimal point scraped into 。', () => {
  it('reads 。 between a number and digits running into % or a unit as a decimal point', () => {
    expect(readDecimalStops('上线率达到61。3%,较上年提高了12。5分,每天2。5小时')).toBe('上线率达到61.3%,较上年提高了12.5分,每天2.5小时');
    expect(isDecimalStop('达到61。3%', 4)).toBe(true);
  });

  it('leaves a sentence end before a numbered item, a year, a month or a non-figure alone', () => {
    for (const text of ['合格率达到90%。2.加强管理', '合格等次68。2025年秋季起', '共3。4、完善制度', '开展3次。5月份总结', '合格率达到90%。30名教师参加', '人数为3。2.加强']) {
      expect(readDecimalStops(text), text).toBe(text);
    }
  });

  it('gives the figure its decimal and quotes the evidence as printed, in one sentence', () => {
    const found = targetsOf('某中学教学工作总结\n今年重点高中录取率达到43。6%,比上年提高3个百分点。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[43.6, '%'], [3, '%']]);
    expect(found[0]!.evidence.quote).toContain('43。6%');
    const n = normalizeText('某中学教学工作总结\n录取率达到43。6%。下学年继续努力。');
    const [article] = buildArticles({ text: n.text, sourcePath: 't.txt', script: n.script });
    expect(article!.sentences.map((s) => article!.text.slice(s.start, s.end))).toEqual(['某中学教学工作总结', '录取率达到43。6%。', '下学年继续努力。']);
  });
});

describe('a year scheduling work in a later clause', () => {
  const plan = (body: string) => `某中学体质健康提升三年行动方案\n一、保障措施\n${body}`;
  it('dates the goals after 2025年完成 in a clause, but not a year of what was done', () => {
    expect(yearOf(plan('学校每年安排器材经费不少于8万元,2025年完成跑道改造,面积约4200平方米。'), 4200)).toBe(2025);
    expect(yearOf(plan('学校每年安排器材经费不少于8万元,2025年完成跑道改造,面积约4200平方米。'), 8)).toBeNull();
    expect(yearOf(plan('学校每年安排器材经费不少于8万元,2023年已完成跑道改造,面积约4200平方米。'), 4200)).toBeNull();
  });
});
