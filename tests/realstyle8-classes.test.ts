// The structural classes realstyle8's first run missed, on invented pages: a compilation whose articles are
// numbered as model texts between ornaments (◎范本一◎, ★范文2★), and Roman numerals (Ⅰ、Ⅱ、) over 一、.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';

const articlesOf = (text: string) => {
  const n = normalizeText(text);
  return buildArticles({ text: n.text, sourcePath: 'page.txt', script: n.script });
};
const body = ['一、工作目标', '学生学业水平合格率达到95%以上。', '二、主要措施', '教导处每月检查一次教案。'].join('\n');

describe('model texts numbered between ornaments', () => {
  it('splits ◎范本一◎ and ★范文2★ pages into their articles, each opening after its marker', () => {
    for (const [one, two] of [['◎范本一◎', '◎范本二◎'], ['★范文1★', '★范文2★'], ['范文一:', '范文二:']]) {
      // each text opens with a paragraph, so only the markers tell where one ends
      const lead = '根据上级要求,结合本单位实际,现报告如下。';
      const page = ['学校工作文书范本汇编', '导读:以下范文仅供参考。', one, '青河镇幼儿园督导整改报告', lead, body, two, '青河镇中心小学教学工作计划', lead, body].join('\n');
      const articles = articlesOf(page);
      expect(articles.map((a) => a.text.split('\n')[0]), one).toEqual(['青河镇幼儿园督导整改报告', '青河镇中心小学教学工作计划']);
    }
  });

  it('a sentence that mentions a model text is no marker', () => {
    const page = ['青河镇中心小学教学工作计划', '范文一篇供各校参考,请结合实际修改。', body].join('\n');
    expect(articlesOf(page)).toHaveLength(1);
  });
});

describe('Roman numerals over 一、', () => {
  it('Ⅰ、 sections are level 1 and the 一、 items under them level 2', () => {
    const page = ['某小学大课间活动实施方案', 'Ⅰ、指导思想', '以健康第一为指导。', 'Ⅱ、活动内容', '一、广播体操', '每天上午大课间进行。', '二、特色跑操', '每次不少于15分钟。', 'Ⅳ、保障措施', '学校成立领导小组。'].join('\n');
    expect(articlesOf(page)[0]!.sections.map((s) => [s.level, s.title])).toEqual([[1, '指导思想'], [1, '活动内容'], [2, '广播体操'], [2, '特色跑操'], [1, '保障措施']]);
  });
});
