// A site's own header over a saved page (the school's or portal's name, its menu, its address) and a
// speech's byline set off by a dash: neither is the article's title, and both still tell whose it is
// and where it sits. Every page here is invented; each reproduces one layout seen on scraped pages.
import { describe, expect, it } from 'vitest';
import { extractDocumentFacts } from '../extractors/document/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';
import type { DocumentFacts } from '../src/types.js';
import { breadcrumbSite, isNavigationBar, isSiteNameLine } from '../src/text/site-chrome.js';
import { plainSegmenter } from './helpers/article.js';

/** The document facts of each article of a page, through the whole structure stage. */
function pageFacts(page: string): DocumentFacts[] {
  const normalized = normalizeText(page);
  return buildArticles({ text: normalized.text, sourcePath: 'page.txt', script: normalized.script }).map((a) => extractDocumentFacts(a, { segmenter: plainSegmenter }));
}

function onlyFacts(page: string): DocumentFacts {
  const all = pageFacts(page);
  expect(all).toHaveLength(1);
  return all[0]!;
}

const PLAN_BODY = ['为全面提高教育教学质量,结合学校实际,制定本方案。', '一、工作目标', '学生学业水平合格率达到95%以上。', '二、主要措施', '教导处每月检查一次教案和作业。'].join('\n');
const SPEECH_BODY = ['老师们:', '新学期开始了,今天我想和大家谈三点想法。', '一、正视差距', '去年全县统考,我校总评排名第5位。'].join('\n');

describe('the lines a site prints over every page', () => {
  it('knows a site by its name or its address, not a network a plan builds', () => {
    for (const line of ['南山县教育信息网', '好范文网 www.haofanwen.com', 'http://www.nsjy.gov.cn', '红星中学官网', '某某市人民政府门户网站']) {
      expect(isSiteNameLine(line), line).toBe(true);
    }
    for (const line of ['校园网', '全县教育城域网', '红星中学', '推进互联网', '红星中学教学工作计划']) expect(isSiteNameLine(line), line).toBe(false);
  });

  it('reads a menu whose links were kept apart by spaces, led by the home page', () => {
    expect(isNavigationBar('首页  学校概况  党团建设  教学教研  德育园地')).toBe(true);
    expect(isNavigationBar('网站首页　学校简介　校长寄语　教学教研')).toBe(true);
    // a table row of a text dump, and a title with one wide gap, are no menus
    expect(isNavigationBar('姓名  职务  分工  联系电话')).toBe(false);
    expect(isNavigationBar('首页  学校概况')).toBe(false);
  });

  it('takes the site a breadcrumb opens with, never its lead-in or home page', () => {
    expect(breadcrumbSite('某某县人民政府门户网站>政务公开>部门文件')).toBe('某某县人民政府门户网站');
    expect(breadcrumbSite('当前位置:首页 > 通知公告 > 正文')).toBeNull();
    expect(breadcrumbSite('学校概况')).toBeNull();
  });
});

describe('a school or portal site around a saved page', () => {
  it('takes the title under the menu and breadcrumb, not the school’s name over them', () => {
    const f = onlyFacts(
      ['信阳市光山县槐店乡青松中学', '首页  学校概况  教学教研  德育园地  校园风采', '当前位置:首页 > 教学教研 > 工作总结', '青松中学2025年教学工作总结',
        '作者:教务处  来源:本站原创  点击数:146  更新时间:2026-01-08', '2025年,我校较好地完成了各项任务。现总结如下。', '一、主要成绩', '一是中考总评合格率达到91%。'].join('\n'),
    );
    expect(f.title).toBe('青松中学2025年教学工作总结');
    expect(f.organization).toBe('青松中学');
    expect(f.docType).toBe('summary');
    // the text names no place; the site's header does
    expect(f.province).toBe('河南');
  });

  it('lets a place the article names outweigh the site’s header', () => {
    const f = onlyFacts(['信阳市教育资源网', '首页 > 范文 > 工作计划', '红旗小学教学工作计划', '发布时间:2025-02-20', '我校地处灞桥区城郊,现有学生800人。', PLAN_BODY].join('\n'));
    expect(f.title).toBe('红旗小学教学工作计划');
    expect(f.province).toBe('陕西');
  });

  it('passes over a portal’s name to a hospital plan it files, which is not about schools', () => {
    const f = onlyFacts(
      ['光山县人民政府门户网站', '首页 > 信息公开 > 卫生健康 > 通知公告', '光山县中医医院护理质量提升行动实施方案(2025—2027年)',
        '发布时间:2025-04-10 10:12  来源:县中医医院  阅读次数:263', '为进一步提高护理质量,结合我院实际,制定本方案。', '一、工作目标', '到2027年,住院患者满意度达到95%以上。'].join('\n'),
    );
    expect(f.title).toBe('光山县中医医院护理质量提升行动实施方案(2025—2027年)');
    expect(f.organization).toBe('光山县中医医院');
    expect([f.periodStart, f.periodEnd]).toEqual([2025, 2027]);
    expect(f.relevant).toBe(false);
  });

  it('skips a site’s name line over a school’s name and its title', () => {
    const f = onlyFacts(['第一范文网', '蓝田县玉川镇中学', '教学质量提升三年行动计划', PLAN_BODY].join('\n'));
    expect(f.title).toBe('蓝田县玉川镇中学教学质量提升三年行动计划');
    expect(f.organization).toBe('蓝田县玉川镇中学');
  });

  it('drops a header line whose unit the title names again, and a web address beside the school’s name', () => {
    expect(onlyFacts(['湘潭市雨湖区长城乡白云小学', '白云小学2025年秋季学期教学工作计划', PLAN_BODY].join('\n')).title).toBe('白云小学2025年秋季学期教学工作计划');
    const f = onlyFacts(['临泉县城关镇第三小学 www.lqsx3.cn', '课后服务工作实施方案', PLAN_BODY].join('\n'));
    expect(f.title).toBe('临泉县城关镇第三小学课后服务工作实施方案');
    expect(f.organization).toBe('临泉县城关镇第三小学');
  });

  it('still joins a school’s name line with a title that does not repeat it', () => {
    expect(onlyFacts(['南山县红星中学', '2025年教学质量提升行动计划', PLAN_BODY].join('\n')).title).toBe('南山县红星中学2025年教学质量提升行动计划');
  });
});

describe('a speech’s byline set off by a dash', () => {
  it('on a school site: the byline under the page’s title gives the unit, and the date under it the day', () => {
    const f = onlyFacts(
      ['渭南市临渭区桥南镇中心小学', '网站首页 | 学校简介 | 校长寄语 | 教学教研', '您现在的位置:首页 >> 校长寄语', '在2025年秋季学期开学工作会上的讲话',
        '发布时间:2025-09-03  作者:校办  浏览次数:97', '——桥南镇中心小学校长 韩某某', '(2025年9月1日)', SPEECH_BODY].join('\n'),
    );
    expect(f.title).toBe('在2025年秋季学期开学工作会上的讲话');
    expect(f.organization).toBe('桥南镇中心小学');
    expect(f.date).toBe('2025-09-01');
    expect(f.docType).toBe('other');
  });

  it('under the speech’s title, on the next line or on the same one', () => {
    const under = onlyFacts(['在2025年秋季开学典礼上的讲话', '——红星中学校长 李某某', SPEECH_BODY].join('\n'));
    expect([under.title, under.organization]).toEqual(['在2025年秋季开学典礼上的讲话', '红星中学']);
    const same = onlyFacts(['在2025年全镇教学质量分析会上的讲话——姚集镇中心学校校长 陈某某', '(2025年3月5日)', SPEECH_BODY].join('\n'));
    expect([same.title, same.organization, same.date]).toEqual(['在2025年全镇教学质量分析会上的讲话', '姚集镇中心学校', '2025-03-05']);
  });

  it('a speaker named inside the subtitle under a motto title: the motto is the title, the speaker’s school the unit', () => {
    const f = onlyFacts(['凝心聚力谋发展 砥砺奋进提质量', '——龙泉中学校长周某某在2025年秋季开学教师大会上的讲话', SPEECH_BODY].join('\n'));
    expect(f.title?.replace(/\s/g, '')).toBe('凝心聚力谋发展砥砺奋进提质量');
    expect(f.organization).toBe('龙泉中学');
    expect(f.docType).toBe('other');
  });
});
