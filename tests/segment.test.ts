import { describe, expect, it } from 'vitest';
import { createSegmenter, mergeNumbers, segmentForIndex, segmentQuery } from '../src/segment/index.js';

describe('segmenter', () => {
  const segmenter = createSegmenter();
  it('keeps numbers whole', () => {
    const words = segmenter.cut('优秀率达到50%,比例为1:8.98');
    expect(words).toContain('50');
    expect(words).toContain('8.98');
    expect(words).not.toContain('5');
  });
  it('knows the domain words from the planmine dictionary', () => {
    expect(segmenter.cut('教导处负责体质健康测试')).toContain('教导处');
    expect(segmenter.cut('成立质量提升领导小组')).toContain('领导小组');
  });
  it('indexes the parts of compounds so two-character queries find them', () => {
    const indexed = segmentForIndex('学生体质健康优秀率达到30%').split(' ');
    for (const word of segmentQuery('体质')) expect(indexed).toContain(word);
    for (const word of segmentQuery('体质健康 优秀率')) expect(indexed).toContain(word);
  });
  it('merges adjacent numeric tokens only', () => {
    expect(mergeNumbers(['1', '2', '年', '3'], (w) => w, (a, b) => a + b)).toEqual(['12', '年', '3']);
  });
});
