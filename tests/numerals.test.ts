import { describe, expect, it } from 'vitest';
import { fractionPercent, parseChineseInteger, parseNumeral, parsePercentWords } from '../src/text/numerals.js';

describe('parseChineseInteger', () => {
  it('reads counted numerals with and without a leading one', () => {
    expect(parseChineseInteger('十五')).toBe(15);
    expect(parseChineseInteger('二十三')).toBe(23);
    expect(parseChineseInteger('一百零五')).toBe(105);
    expect(parseChineseInteger('三千零二十')).toBe(3020);
  });
  it('scales by 万 and 亿', () => {
    expect(parseChineseInteger('两万三千')).toBe(23000);
    expect(parseChineseInteger('三十万')).toBe(300000);
    expect(parseChineseInteger('一亿五千万')).toBe(150000000);
  });
  it('reads a run of bare digits digit by digit, 两 as two', () => {
    expect(parseChineseInteger('二〇一四')).toBe(2014);
    expect(parseChineseInteger('两')).toBe(2);
  });
  it('rejects names built from numerals', () => {
    expect(parseChineseInteger('十一五')).toBeNull();
    expect(parseChineseInteger('三创')).toBeNull();
  });
});

describe('parseNumeral', () => {
  it('reads Arabic numbers with separators, decimals and 万', () => {
    expect(parseNumeral('1,000')).toBe(1000);
    expect(parseNumeral('8.98')).toBe(8.98);
    expect(parseNumeral('3.6万')).toBe(36000);
  });
  it('drops the approximation of 余 and 多', () => {
    expect(parseNumeral('十余')).toBe(10);
    expect(parseNumeral('1000多')).toBe(1000);
  });
  it('returns null for words that are no numbers', () => {
    expect(parseNumeral('若干')).toBeNull();
    expect(parseNumeral('')).toBeNull();
  });
});

describe('parsePercentWords', () => {
  it('reads 百分之, 成 and 分之 forms as percent values', () => {
    expect(parsePercentWords('百分之九十五')).toBe(95);
    expect(parsePercentWords('百分之50')).toBe(50);
    expect(parsePercentWords('九成')).toBe(90);
    expect(parsePercentWords('八成五')).toBe(85);
    expect(parsePercentWords('三分之一')).toBe(33.33);
    expect(parsePercentWords('1/4')).toBe(25);
  });
  it('refuses fractions that are not part of a whole', () => {
    expect(parsePercentWords('4/3')).toBeNull();
    expect(fractionPercent(0, 5)).toBeNull();
    expect(fractionPercent(2, 3)).toBe(66.67);
  });
});
