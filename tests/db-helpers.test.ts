import { describe, expect, it } from 'vitest';
import { indicatorKey } from '../src/db/indicator-key.js';
import { dayRange } from '../src/db/day-range.js';
import { csvField, csvLine } from '../src/db/csv.js';
import { hasSeveralStatements } from '../src/db/query.js';
import { displayWidth, formatTable } from '../src/format/table.js';
import { parentIndexes } from '../src/db/file-rows.js';

describe('indicatorKey', () => {
  it('groups the ways plans name the physical-health excellence rate', () => {
    const key = indicatorKey('体质健康优秀率');
    expect(indicatorKey('体质健康测试优秀率')).toBe(key);
    expect(indicatorKey('学生体质健康优秀率')).toBe(key);
    expect(indicatorKey('《国家学生体质健康标准》优秀率')).toBe(key);
    expect(indicatorKey('全校学生的体质健康测试优秀率')).toBe(key);
  });
  it('keeps indicators that differ in what they measure apart', () => {
    expect(indicatorKey('体质健康合格率')).not.toBe(indicatorKey('体质健康优秀率'));
    // 学生 inside 中学生 is no filler: deleting it would leave the fragment 中.
    expect(indicatorKey('中学生近视率')).toBe('中学生近视率');
    expect(indicatorKey('综合素质评价优秀率')).toBe('综合素质评价优秀率');
    expect(indicatorKey('标准化考场比例')).toBe('标准化考场比例');
  });
  it('never reduces an indicator to a bare rate or a bare subject', () => {
    expect(indicatorKey('学生优秀率')).toBe('学生优秀率');
    expect(indicatorKey('《国家学生体质健康标准》')).not.toBe('');
    expect(indicatorKey('全校学生')).toBe('全校学生');
  });
});

describe('dayRange', () => {
  it('spans whole months and years', () => {
    expect(dayRange('2016-03', '2016-04')).toEqual({ first: '2016-03-01', last: '2016-04-30' });
    expect(dayRange('2020', '2020')).toEqual({ first: '2020-01-01', last: '2020-12-31' });
    expect(dayRange('2024-02', '2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });
  it('keeps exact days and missing ends', () => {
    expect(dayRange('2016-03-16', null)).toEqual({ first: '2016-03-16', last: null });
  });
});

describe('csv', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField(null)).toBe('');
    expect(csvLine(['优秀率', 50, null])).toBe('优秀率,50,\r\n');
  });
});

describe('hasSeveralStatements', () => {
  it('finds a second statement but not a semicolon inside quotes or a trailing one', () => {
    expect(hasSeveralStatements('SELECT 1; DROP TABLE documents')).toBe(true);
    expect(hasSeveralStatements("SELECT ';' AS x;")).toBe(false);
    expect(hasSeveralStatements('SELECT 1; -- done')).toBe(false);
  });
});

describe('formatTable', () => {
  it('aligns columns by display width, Chinese characters counting two', () => {
    expect(displayWidth('优秀率')).toBe(6);
    const lines = formatTable([{ a: '优秀率', b: 1 }, { a: 'x', b: 22 }]).split('\n');
    expect(lines[2]).toBe('优秀率  1');
    expect(lines[3]).toBe('x       22');
  });
});

describe('parentIndexes', () => {
  it('links each section to the nearest earlier section of a lower level', () => {
    expect(parentIndexes([{ level: 1 }, { level: 2 }, { level: 3 }, { level: 2 }, { level: 1 }, { level: 3 }])).toEqual([-1, 0, 1, 0, -1, 4]);
  });
});
