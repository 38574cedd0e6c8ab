// What the report leads with: an indicator promised across schools, not a figure one plan repeats.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherReportData } from '../src/workbench/report/data.js';
import { freshDatabase, ingestInline, tempDir } from './helpers/db.js';

const plan = (school: string, rate: number, rule: string): string => `${school}教育质量提升实施方案
一、工作目标
全面提高课堂教学质量和学生综合素质。到2026年,学生体质健康合格率达到${rate}%以上。
二、办学条件
${rule}
`;

describe('the report\'s indicator charts', () => {
  it('lead with the indicator the most articles promise, not the one repeated most in one article', async () => {
    const dir = tempDir('planmine-report-data-');
    mkdirSync(join(dir, 'plans'));
    const repeated = '2025年新建阅览室不少于2个。\n2026年新建阅览室不少于3个。\n2027年新建阅览室不少于1个。';
    writeFileSync(join(dir, 'plans', 'a.txt'), plan('甲县第一小学', 95, repeated));
    writeFileSync(join(dir, 'plans', 'b.txt'), plan('乙县第二小学', 97, '新建塑胶跑道一条。'));
    const { db } = await freshDatabase();
    await ingestInline(db, [dir]);
    const byKey = await db.all<{ key: string; n: number; articles: number }>(
      "SELECT indicator_key AS key, count(*) AS n, count(DISTINCT document_id) AS articles FROM targets WHERE kind = 'goal' GROUP BY 1 ORDER BY n DESC",
    );
    // The premise: one key is repeated in one article more often than the shared one appears at all.
    expect(byKey[0]!.articles).toBe(1);
    expect(byKey[0]!.n).toBeGreaterThan(2);
    const report = await gatherReportData(db);
    expect(report.indicatorCharts[0]?.key).toBe('体质健康合格率');
    expect(report.indicatorCharts[0]?.points.map((p) => p.value).sort()).toEqual([95, 97]);
    await db.close();
  }, 60_000);
});
