import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { nfkc } from '../src/normalize/nfkc.js';
import { composeMaps, chain } from '../src/normalize/offsets.js';
import { isPinyinSyllable, removePinyinGlosses } from '../src/normalize/pinyin.js';
import { removeControlCharacters } from '../src/normalize/controls.js';
import { detectScript, toSimplifiedChinese } from '../src/normalize/script.js';
import { normalizeWhitespace } from '../src/normalize/whitespace.js';
import type { Normalized } from '../src/types.js';

/** Every output character must come from an input character that folds to it. */
function expectMapValid(input: string, out: Normalized): void {
  expect(out.map.length).toBe(out.text.length + 1);
  expect(out.map[out.text.length]).toBe(input.length);
  for (let i = 1; i < out.map.length; i++) expect(out.map[i]!).toBeGreaterThanOrEqual(out.map[i - 1]!);
}

describe('nfkc', () => {
  it('folds full-width digits and punctuation one to one', () => {
    const out = nfkc('达到９０％（二）');
    expect(out.text).toBe('达到90%(二)');
    expect([...out.map]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('expands ㎡ to m2 with both characters mapped to it', () => {
    const out = nfkc('面积５㎡以上');
    expect(out.text).toBe('面积5m2以上');
    expect(out.map[3]).toBe(3);
    expect(out.map[4]).toBe(3);
    expect(out.map[5]).toBe(4);
    expectMapValid('面积５㎡以上', out);
  });
  it('keeps circled list numbers', () => {
    expect(nfkc('①发挥作用').text).toBe('①发挥作用');
  });
});

describe('removePinyinGlosses', () => {
  it('removes tone-marked glosses after Han characters', () => {
    const input = '中心小學(xué)提高質(zhì)量';
    const out = removePinyinGlosses(input);
    expect(out.text).toBe('中心小學提高質量');
    expect(input[out.map[4]!]).toBe('提');
  });
  it('removes glosses whose tone letters arrived as entities', () => {
    expect(removePinyinGlosses('行動(d&#242;ng)計劃').text).toBe('行動計劃');
    expect(removePinyinGlosses('規劃(hu&#x00e0;)').text).toBe('規劃');
    expect(removePinyinGlosses('考核(xu&eacute;)').text).toBe('考核');
  });
  it('removes glosses with the spaces a letter-spaced PDF puts around and inside them', () => {
    expect(removePinyinGlosses('匯報( bào)展示').text).toBe('匯報展示');
    expect(removePinyinGlosses('學 (xué )生').text).toBe('學生');
  });
  it('keeps Latin letters that are not pinyin or not after Han', () => {
    expect(removePinyinGlosses('工作策划(P)').text).toBe('工作策划(P)');
    expect(removePinyinGlosses('工作检查(C)').text).toBe('工作检查(C)');
    expect(removePinyinGlosses('report (xue)').text).toBe('report (xue)');
    expect(removePinyinGlosses('期刊(JCR)').text).toBe('期刊(JCR)');
  });
  it('recognizes pinyin syllables only', () => {
    expect(isPinyinSyllable('zhuāng')).toBe(true);
    expect(isPinyinSyllable('lüè')).toBe(true);
    expect(isPinyinSyllable('xyz')).toBe(false);
    expect(isPinyinSyllable('Li')).toBe(false);
  });
});

describe('traditional script', () => {
  it('converts traditional to simplified keeping offsets', () => {
    const out = toSimplifiedChinese('學校質量提升計劃');
    expect(out.text).toBe('学校质量提升计划');
    expectMapValid('學校質量提升計劃', out);
  });
  it('tells traditional from simplified text', () => {
    expect(detectScript('為貫徹落實教育規劃綱要,學校決定開展質量提升活動。')).toBe('hant');
    expect(detectScript('为贯彻落实教育规划纲要,学校决定开展质量提升活动。')).toBe('hans');
    // a few traditional names in simplified text do not make it traditional
    expect(detectScript(`${'为贯彻落实教育规划纲要,学校决定开展质量提升活动。'.repeat(5)}臺灣`)).toBe('hans');
  });
});

describe('normalizeWhitespace', () => {
  it('removes letter spacing in Chinese text', () => {
    expect(normalizeWhitespace('一 、 教 学 常 规').text).toBe('一、教学常规');
    expect(normalizeWhitespace('达到 100% 以上,辍学率为 0。').text).toBe('达到100%以上,辍学率为0。');
    expect(normalizeWhitespace('2 0 1 6 年 3 月').text).toBe('2016年3月');
  });
  it('keeps one space between Latin words', () => {
    expect(normalizeWhitespace('Copyright   All  rights reserved').text).toBe('Copyright All rights reserved');
  });
  it('drops blank lines and padding but keeps table cells apart', () => {
    const input = '  标题 \n\n\n 指标 \t 2020年 \t\t目标\r\n';
    const out = normalizeWhitespace(input);
    expect(out.text).toBe('标题\n指标\t2020年\t\t目标');
    expectMapValid(input, out);
    expect(input[out.map[3]!]).toBe('指');
  });
});

describe('offset maps', () => {
  it('composes two steps back to the original', () => {
    const first = new Int32Array([0, 2, 3, 5]);
    const second = new Int32Array([1, 2, 3]);
    expect([...composeMaps(first, second)]).toEqual([2, 3, 5]);
  });
  it('chains steps so evidence traces back to the raw text', () => {
    const raw = '　二、教 學(xué)質量\n\n目標：合格率達到９８％。';
    const out = chain(raw, [nfkc, normalizeWhitespace, removePinyinGlosses]);
    const at = out.text.indexOf('98%');
    expect(raw.slice(out.map[at]!, out.map[at + 3]!)).toBe('９８％');
  });
});

describe('normalizeText', () => {
  it('leaves simplified text unconverted', () => {
    const out = normalizeText('学校教学质量显著提高,成效显著。');
    expect(out.script).toBe('hans');
    expect(out.text).toBe('学校教学质量显著提高,成效显著。');
  });
  it('gives normalized simplified text, the source script and a map into the raw text', () => {
    const raw = '二、教 學(xué)質量目標：\n優秀率達到５０％以上。為此，學校將實施質量提升計劃。';
    const out = normalizeText(raw);
    expect(out.script).toBe('hant');
    expect(out.text).toBe('二、教学质量目标:\n优秀率达到50%以上。为此,学校将实施质量提升计划。');
    expectMapValid(raw, out);
    const at = out.text.indexOf('50%');
    expect(raw.slice(out.map[at]!, out.map[at + 3]!)).toBe('５０％');
    const quote = out.text.indexOf('优秀率');
    expect(raw.slice(out.map[quote]!, out.map[quote + 3]!)).toBe('優秀率');
  });
});

describe('removeControlCharacters', () => {
  it('drops NUL, other C0 controls and lone surrogates but keeps tabs, line breaks and astral characters', () => {
    const input = '合格\u0000率\u0007达到\t95%\n𠮷县\uD800小学';
    const out = removeControlCharacters(input);
    expect(out.text).toBe('合格率达到\t95%\n𠮷县小学');
    expect(input[out.map[2]!]).toBe('率');
  });
});
