import { describe, expect, it } from 'vitest';
import { findDates, formatDate, numeralValue, parseDate, parseDateRange } from '../src/text/dates.js';

const range = (text: string, year?: number) => parseDateRange(text, year === undefined ? {} : { year });

describe('parseDateRange', () => {
  it('carries the year of the start into an end that omits it', () => {
    expect(range('动员阶段(2019年4月8日—4月15日)')).toEqual({ start: '2019-04-08', end: '2019-04-15' });
    expect(range('2017年7月2日-10月31日')).toEqual({ start: '2017-07-02', end: '2017-10-31' });
  });
  it('moves the end into the next year when its month comes before the start month', () => {
    expect(range('2019年11月—3月')).toEqual({ start: '2019-11', end: '2020-03' });
  });
  it('shares the unit of the end with a bare start (month and day ranges)', () => {
    expect(range('(2019年9-10月)')).toEqual({ start: '2019-09', end: '2019-10' });
    expect(range('2017年5月3-9日')).toEqual({ start: '2017-05-03', end: '2017-05-09' });
    expect(range('2012-2015年')).toEqual({ start: '2012', end: '2015' });
  });
  it('reads full dates on both ends with long dashes and a stray space', () => {
    expect(range('(2017年 3月2日——2017年3月9日)')).toEqual({ start: '2017-03-02', end: '2017-03-09' });
  });
  it('reads every range separator', () => {
    for (const sep of ['—', '——', '-', '~', '至', '到']) {
      expect(range(`2019年3月${sep}2019年6月`)).toEqual({ start: '2019-03', end: '2019-06' });
    }
  });
  it('reads dotted and ISO dates', () => {
    expect(range('落实时间:2016.3-2017.1')).toEqual({ start: '2016-03', end: '2017-01' });
    expect(range('2016-03-01至2016-04-15')).toEqual({ start: '2016-03-01', end: '2016-04-15' });
  });
  it('repairs scraped dates that lost 年', () => {
    expect(range('(201209月到20131月)')).toEqual({ start: '2012-09', end: '2013-01' });
    expect(range('(20124-20147月)')).toEqual({ start: '2012-04', end: '2014-07' });
    expect(range('201210-201406月。分三个阶段')).toEqual({ start: '2012-10', end: '2014-06' });
  });
  it('ignores month modifiers such as 底, 上旬, 份', () => {
    expect(range('2018年1月-2018年5月底')).toEqual({ start: '2018-01', end: '2018-05' });
    expect(range('2018年3月上旬至4月下旬')).toEqual({ start: '2018-03', end: '2018-04' });
    expect(range('2018年9月-11月份')).toEqual({ start: '2018-09', end: '2018-11' });
  });
  it('leaves the start open for 即日起至', () => {
    expect(range('即日起至2019年12月')).toEqual({ start: null, end: '2019-12' });
  });
  it('takes a missing year from the options', () => {
    expect(range('(10月8日——10月20日)', 2021)).toEqual({ start: '2021-10-08', end: '2021-10-20' });
    expect(range('(10月8日——10月20日)')).toEqual({ start: null, end: null });
  });
  it('reads Chinese numerals', () => {
    expect(range('二〇一八年五月十二日')).toEqual({ start: '2018-05-12', end: '2018-05-12' });
    expect(numeralValue('二十三')).toBe(23);
    expect(numeralValue('十')).toBe(10);
  });
});

describe('findDates', () => {
  it('finds each date with its exact span and skips quantities', () => {
    const text = '学校现有图书6万册,投入2010.5万元;第一次检查于2019年3月5日,第二次于4月10日。';
    const found = findDates(text);
    expect(found.map((d) => d.text)).toEqual(['2019年3月5日', '4月10日']);
    for (const d of found) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  });
  it('does not take a bare number for a date', () => {
    expect(findDates('计算机208台,缺170台,比例为3:4:8')).toEqual([]);
    expect(findDates('一日三餐')).toEqual([]);
  });
});

describe('parseDate and formatDate', () => {
  it('gives the start of a range and pads months and days', () => {
    expect(parseDate('签发于2011年3月22日')).toBe('2011-03-22');
    expect(formatDate({ year: 2011, month: 3, day: null })).toBe('2011-03');
    expect(formatDate({ year: null, month: 3, day: 2 })).toBeNull();
  });
});
