import { describe, expect, it } from 'vitest';
import { articleFigures, figureAgreement } from '../src/copies/figures.js';
import { copySignature, signatureSimilarity } from '../src/copies/minhash.js';
import { bandKeys, BANDS, signatureFromBlob, signatureToHex } from '../src/copies/lsh.js';
import { contentUnits } from '../src/copies/shingles.js';
import { isCopy, organizationsConflict } from '../src/copies/rule.js';

const PLAN = [
  '青禾县实验小学课后服务实施方案',
  '到2026年，课后服务参与率达到95%以上，家长满意度不低于90%，每周开设兴趣社团不少于12个。',
  '每学期召开家长会不少于2次，家访覆盖率达到100%，教师每学期参加培训不少于3次。',
  '教导处负责课程安排，总务处负责场地与安全保障，各班主任负责学生签到与放学护送。',
].join('\n');

describe('copy rule pieces', () => {
  it('shingles only content: spacing, punctuation and line breaks of another format do not count', () => {
    expect(Array.from(contentUnits('到 2026 年，\n合格率 95%。ABC'))).toEqual(Array.from(contentUnits('到2026年合格率95%abc')));
    const pdfLike = PLAN.replace(/\n/g, '').replace(/(.{17})/g, '$1\n').replace(/，/g, ', ');
    expect(signatureSimilarity(copySignature(PLAN)!, copySignature(pdfLike)!)).toBe(1);
  });

  it('gives the same signature for the same text every time (fixed hash functions)', () => {
    expect(signatureToHex(copySignature(PLAN)!)).toBe(signatureToHex(copySignature(`${PLAN}`)!));
    const hex = signatureToHex(copySignature(PLAN)!);
    expect(signatureFromBlob(Buffer.from(hex, 'hex'))).toEqual(copySignature(PLAN));
    expect(bandKeys(copySignature(PLAN)!)).toHaveLength(BANDS);
  });

  it('has no signature for a text too short to call anything its copy', () => {
    expect(copySignature('方案')).toBeNull();
  });

  it('takes quantities with what they count and leaves dates out', () => {
    expect(articleFigures('2024年3月5日起，合格率达到95%，每周4节，跑道300米，98.5分。')).toEqual(['300米', '4节', '95%', '98.5分']);
  });

  it('measures figure agreement from the smaller side, and does not judge too few figures', () => {
    expect(figureAgreement(['95%', '4节', '300米', '12个'], ['95%', '4节', '300米', '12个', '3281次'])).toBe(1);
    expect(figureAgreement(['95%', '4节', '300米', '12个'], ['93%', '4节', '200米', '8个'])).toBe(0.25);
    expect(figureAgreement(['95%'], ['93%'])).toBe(1);
  });

  it('sees a conflict only between two organizations that cannot be one', () => {
    expect(organizationsConflict('平关镇中心校', '红旗小学')).toBe(true);
    expect(organizationsConflict('红旗小学', '平关镇红旗小学')).toBe(false);
    expect(organizationsConflict(null, '红旗小学')).toBe(false);
    expect(isCopy(0.95, 1, true)).toBe(false);
    expect(isCopy(0.95, 0.3)).toBe(false);
    expect(isCopy(0.6, 1)).toBe(false);
    expect(isCopy(0.8, 0.9)).toBe(true);
  });
});
