// Stage headings of real-style pages (tests/fixtures/structure-pages5 and 6, gold written before
// planmine first ran on each): the heading's dates in brackets closed by `.`, `。` or `:` with the body on
// the same line, also with the whole plan flattened onto one line. Every text there is invented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phasesExtractor } from '../extractors/phases/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { readFile } from '../src/readers/index.js';
import { buildArticles } from '../src/structure/index.js';

const BATCHES = ['structure-pages5', 'structure-pages6', 'structure-pages7', 'structure-pages8', 'structure-pages9'];
type Phase = [string, string | null, string | null];
const segmenter = { cut: (t: string) => [...t], tag: (t: string) => [...t].map((word) => ({ word, tag: 'x' })) };

/** The stages of every article of a page, in order. */
async function phasesOf(dir: string, file: string): Promise<Phase[]> {
  const read = await readFile(new Uint8Array(readFileSync(join(dir, file))), file);
  const n = normalizeText(read.text);
  const articles = buildArticles({ text: n.text, sourcePath: file, script: n.script });
  return articles.flatMap((article) => phasesExtractor.extract(article, { segmenter }).records.map((r): Phase => [r.name, r.start, r.end]));
}

describe.each(BATCHES)('stages whose heading ends with a stop before its body (%s)', (batch) => {
  const dir = join(import.meta.dirname, 'fixtures', batch);
  const gold = JSON.parse(readFileSync(join(dir, 'phases.json'), 'utf8')) as Record<string, Phase[]>;
  it.each(Object.entries(gold))('%s gives its stages with their dates', async (file, expected) => {
    expect(await phasesOf(dir, file)).toEqual(expected);
  });
});

function phasesIn(raw: string): Phase[] {
  const n = normalizeText(raw);
  const [article] = buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script });
  return phasesExtractor.extract(article!, { segmenter }).records.map((r): Phase => [r.name, r.start, r.end]);
}

describe('stage headings closed by a stop, as rules', () => {
  it('a timetable heading glued to its first numbered stage names no stage (实施步骤1.宣传发动阶段)', () => {
    const text = `某中学方案\n二、实施步骤1.宣传发动阶段(2024年9月).召开家长会。\n2.落实整改阶段(2024年10月—12月).开展排查。\n3.检查验收阶段(2025年1月)。逐项验收。\n三、工作要求\n认真落实。`;
    expect(phasesIn(text)).toEqual([
      ['宣传发动阶段', '2024-09', '2024-09'],
      ['落实整改阶段', '2024-10', '2024-12'],
      ['检查验收阶段', '2025-01', '2025-01'],
    ]);
  });
  it('sections that are themselves dated stages, one of them named like a timetable (组织实施阶段)', () => {
    const text = '某小学科技节方案\n一、活动目的\n激发兴趣。\n二、动员部署阶段(2025年3月).成立领导小组。\n三、组织实施阶段(2025年4月—5月).各班开展小制作。\n四、总结表彰阶段(2025年6月).评选作品。\n五、活动要求\n认真组织。';
    expect(phasesIn(text)).toEqual([
      ['动员部署阶段', '2025-03', '2025-03'],
      ['组织实施阶段', '2025-04', '2025-05'],
      ['总结表彰阶段', '2025-06', '2025-06'],
    ]);
  });
  it('an ordinal dated in brackets closed by a stop before the name (第一阶段(2025年3月).动员部署)', () => {
    const text = '某校读书节方案\n二、实施步骤\n第一阶段(2025年3月).动员部署,成立领导小组。\n第二阶段(2025年4月—5月)。组织实施,各班开展读书活动。\n三、活动要求\n认真组织。';
    expect(phasesIn(text)).toEqual([
      ['动员部署', '2025-03', '2025-03'],
      ['组织实施', '2025-04', '2025-05'],
    ]);
  });
  it('a time section before the steps dates their bare months', () => {
    const text = '某小学读书节方案\n二、活动时间\n2025年3月—7月。\n三、活动步骤\n(一)动员部署阶段(3月).成立领导小组。\n(二)组织实施阶段(4月—6月).各班开展读书活动。\n四、保障措施\n安排经费。';
    expect(phasesIn(text)).toEqual([
      ['动员部署阶段', '2025-03', '2025-03'],
      ['组织实施阶段', '2025-04', '2025-06'],
    ]);
  });
  it('dates written with dots in the bracket (2025.4-2025.6)', () => {
    const text = '某小学读书节方案\n二、工作安排\n(一)动员部署阶段(2025.3).成立领导小组。\n(二)组织实施阶段(2025.4-2025.6).各班开展读书活动。\n三、保障措施\n安排经费。';
    expect(phasesIn(text)).toEqual([
      ['动员部署阶段', '2025-03', '2025-03'],
      ['组织实施阶段', '2025-04', '2025-06'],
    ]);
  });
});

describe('a calendar section whose months are named as theme stages', () => {
  const stagesOf = (text: string): Phase[] => {
    const n = normalizeText(text);
    return buildArticles({ text: n.text, sourcePath: 'calendar.txt', script: n.script }).flatMap((a) => phasesExtractor.extract(a, { segmenter }).records.map((r): Phase => [r.name, r.start, r.end]));
  };
  const HEAD = '某幼儿园2025—2026学年保育教育质量提升计划\n一、工作目标\n提升保教质量。\n二、月度安排\n';
  const TAIL = '\n三、保障措施\n成立工作小组。';

  it('gives one stage per theme month, the year carried across the turn of the year', () => {
    const text = HEAD + ['2025年9月 入园适应月:开展新生适应活动。', '10月 阅读启蒙月:创设班级阅读角。', '2026年3月 自然探究月:开展种植活动。', '4月—5月 成果展示月:举办半日开放活动。'].join('\n') + TAIL;
    expect(stagesOf(text)).toEqual([
      ['入园适应月', '2025-09', '2025-09'],
      ['阅读启蒙月', '2025-10', '2025-10'],
      ['自然探究月', '2026-03', '2026-03'],
      ['成果展示月', '2026-04', '2026-05'],
    ]);
  });

  it('gives none for a calendar of routine work by month', () => {
    const text = HEAD + ['9月:开学准备,制定各类计划。', '10月:开展教学常规检查。', '11月:期中质量分析,召开家长会。'].join('\n') + TAIL;
    expect(stagesOf(text)).toEqual([]);
  });
});
