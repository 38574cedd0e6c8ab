// Headings of real-style pages, issue 13: stage headings closed by `.` after their dated bracket,
// numbered lists of figures in 范文 summaries and plans (body, not headings), and the section titles
// of summaries and self-check reports, numbered or not, standing alone or glued to their paragraph.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { buildArticles } from '../src/structure/index.js';

function headings(lines: readonly string[]): [number, string][] {
  const n = normalizeText(lines.join('\n'));
  const [article] = buildArticles({ text: n.text, sourcePath: 'rule.txt', script: n.script });
  return article!.sections.filter((s) => s.level <= 2).map((s) => [s.level, s.title]);
}

describe('a stage heading whose dated bracket is closed by an ASCII full stop', () => {
  it.each(['.', '。', ':'])('ends at the bracket before "%s" with the body on the same line', (stop) => {
    const found = headings(['某校读书节方案', '二、实施步骤', `1.宣传发动阶段(2024年9月)${stop}召开教职工大会和家长会,解读活动要求,签订承诺书。`, `2.落实整改阶段(2024年10月—12月)${stop}各年级制定作业公示制度,开展读物排查。`]);
    expect(found).toEqual([[1, '实施步骤'], [2, '宣传发动阶段(2024年9月)'], [2, '落实整改阶段(2024年10月—12月)']]);
  });
  it('ends at the dated bracket when only a comma or nothing stands between it and the body', () => {
    const found = headings(['某校读书节方案', '二、实施步骤', '(一)动员部署阶段(2025年3月),成立领导小组,制定方案。', '(二)总结表彰阶段(2025年6月上旬)评选书香班级。', '三、活动要求', '(一)开展读书活动(每天1小时),培养阅读习惯', '各班落实。']);
    expect(found).toEqual([[1, '实施步骤'], [2, '动员部署阶段(2025年3月)'], [2, '总结表彰阶段(2025年6月上旬)'], [1, '活动要求'], [2, '开展读书活动(每天1小时),培养阅读习惯']]);
  });
  it('leaves a dot after a list number in brackets to the numbering, and a decimal alone', () => {
    const found = headings(['某校方案', '一、工作目标', '(1).加强领导', '学校成立领导小组。', '(2).落实责任', '生均经费(元)达到1200.5元,每月检查一次。']);
    expect(found).toEqual([[1, '工作目标'], [2, '加强领导'], [2, '落实责任']]);
  });
});

describe('numbered lists that state figures are body text, not headings', () => {
  const summary = (items: readonly string[]) => ['某小学体育工作总结', '一、主要成绩', ...items, '二、主要做法', '1、落实课时,开足开齐体育课', '学校严格执行课程计划。', '2、抓实大课间,保证活动时间', '大课间由体育组统一编排。'];
  it('drops a list of results with figures, keeps the topic headings of the next list', () => {
    const found = headings(summary(['1、全校学生体质健康达标率达到95.3%,优秀率提高到25%。', '2、学校田径队获团体总分第一名,6名队员获单项冠军。', '3、开展大课间活动180天,学生出勤率达到98%以上。']));
    expect(found).toEqual([[1, '主要成绩'], [1, '主要做法'], [2, '落实课时,开足开齐体育课'], [2, '抓实大课间,保证活动时间']]);
  });
  it('drops the whole list when most of its items state figures', () => {
    const found = headings(summary(['1.开展阳光体育活动12次,参与学生860人次。', '2.组织教师参加市级培训,交流教学经验。', '3.上公开课8节,评选优质课3节。']));
    expect(found.filter(([level]) => level === 2).map(([, t]) => t)).toEqual(['落实课时,开足开齐体育课', '抓实大课间,保证活动时间']);
  });
  it('keeps sentence-like headings without figures, and headings whose figures sit in a bracket', () => {
    expect(headings(['某中学工作总结', '(一)坚持五育并举,促进全面发展', '学校开设了武术特色课程。', '(二)强化常规管理,教学质量稳步提升', '学校每月检查一次教案。'])).toEqual([[2, '坚持五育并举,促进全面发展'], [2, '强化常规管理,教学质量稳步提升']]);
    expect(headings(['某园自评报告', '一、各项指标自评情况', '(一)办学方向(满分20分,自评19分)', '我园坚持正确办园方向。', '(二)保育教育(满分30分,自评27分)', '我园科学制定一日作息。'])).toEqual([[1, '各项指标自评情况'], [2, '办学方向(满分20分,自评19分)'], [2, '保育教育(满分30分,自评27分)']]);
  });
  it('reads the whole sentence of an item on its own line, and figures in Chinese numerals (前三名)', () => {
    const found = headings(['某校体育工作计划', '一、工作目标', '(一)学生体质健康合格率达到96%以上。', '(二)确保学生每天校园体育活动时间不少于1小时。', '(三)在全县运动会上力争团体总分进入前三名。', '二、主要措施', '(一)上好体育课', '严格执行课程计划。', '(二)打造一支队伍', '组建田径队。']);
    expect(found).toEqual([[1, '工作目标'], [1, '主要措施'], [2, '上好体育课'], [2, '打造一支队伍']]);
  });
  it('keeps the headings of a flattened report whose paragraphs hold the figures', () => {
    const line = `某校自查报告现将自查情况汇报如下:一、基本情况我校创办于1958年,现有学生1046人,专任教师78人。${'学校布局合理,设施齐全,管理规范。'.repeat(14)}二、主要成绩全校学生合格率达到97%。三、存在问题部分功能室使用率不高,仅为40%。`;
    expect(headings([line]).map(([, t]) => t)).toEqual(['基本情况', '主要成绩', '存在问题']);
  });
  it('drops a running list whose entries close with semicolons, keeps the titles of the next list', () => {
    const found = headings(['某小学合格学校建设情况汇报', '一、项目建设进展情况', '1、综合楼尚未兴建;', '2、学生厕所尚未改造;', '3、运动场没有整理维修。', '二、主要措施', '1、成立领导机构', '校长任组长。', '2、逐项排查整改', '安排到人。']);
    expect(found).toEqual([[1, '项目建设进展情况'], [1, '主要措施'], [2, '成立领导机构'], [2, '逐项排查整改']]);
  });
  it('keeps a list where only one item of several carries a figure', () => {
    const found = headings(['某校计划', '一、主要措施', '1.加强组织领导', '校长任组长。', '2.落实课后服务,每周不少于5课时', '各年级统一安排。', '3.完善评价机制', '纳入考核。']);
    expect(found.map(([, t]) => t)).toEqual(['主要措施', '加强组织领导', '落实课后服务,每周不少于5课时', '完善评价机制']);
  });
});

describe('section titles of summaries and self-check reports', () => {
  it('reads unnumbered titles standing on their own line, with or without a colon', () => {
    const found = headings(['某小学教学工作总结', '本学期教学工作总结如下。', '基本情况', '全校共有12个教学班。', '取得的成绩:', '两名教师获县级一等奖。', '存在的问题', '部分青年教师课堂驾驭能力不强。', '今后努力方向', '下学期我们将继续加强青年教师培养。']);
    expect(found).toEqual([[1, '基本情况'], [1, '取得的成绩'], [1, '存在的问题'], [1, '今后努力方向']]);
  });
  it('cuts an unnumbered title glued to its paragraph where the paragraph opens', () => {
    const found = headings(['某幼儿园保教工作总结', '现总结如下:', '主要工作及成效全园坚持以游戏为基本活动,幼儿出勤率达到92%。', '存在的不足部分教师观察记录流于形式。', '存在的困难家长参与积极性不高。', '今后打算下半年我园将组织教师开展专题培训。']);
    expect(found).toEqual([[1, '主要工作及成效'], [1, '存在的不足'], [1, '存在的困难'], [1, '今后打算']]);
  });
  it('gives back the breaks around unnumbered titles set off by spaces on a flattened line', () => {
    const line = `某小学家校共育工作总结 一年来,我校积极构建协同育人机制,现总结如下: 工作亮点 家长委员会由12名家长代表组成,全年举办讲座6期。${'家校沟通顺畅,家长满意度高。'.repeat(10)} 存在的不足 家长参与积极性不高。 下一步打算 建立留守儿童家庭教育档案。`;
    expect(headings([line])).toEqual([[1, '工作亮点'], [1, '存在的不足'], [1, '下一步打算']]);
  });
  it('leaves a sentence whose subject is such a phrase, and a title word inside a paragraph', () => {
    const found = headings(['某中学质量分析报告', '一、基本情况', '本次检测共有18个班级参加。', '存在的问题主要集中在数学和英语两个学科。', '基本情况与上学期相近,低分人数偏多。', '今后打算继续开展集体备课。', '工作重点在于提高课堂效率。', '二、改进措施', '加强集体备课。']);
    expect(found).toEqual([[1, '基本情况'], [1, '改进措施']]);
  });
  it('puts unnumbered titles beside the numbered ones, and their subsections below them', () => {
    const found = headings(['某小学少先队工作总结', '一、加强思想引领,培养时代新人', '大队部开展理想信念教育。', '二、开展主题活动,丰富校园生活', '组织队员参加志愿服务。', '存在问题:', '活动形式较为传统。', '下一步工作计划:', '(一)创新活动形式', '发挥小干部作用。']);
    expect(found).toEqual([[1, '加强思想引领,培养时代新人'], [1, '开展主题活动,丰富校园生活'], [1, '存在问题'], [1, '下一步工作计划'], [2, '创新活动形式']]);
  });
  it('does not raise a subsection that repeats its numbered parent\'s words to the top level', () => {
    const found = headings(['某校自查报告', '一、基本情况', '学校有学生900人。', '二、存在问题及整改措施', '存在的问题', '功能室使用率不高。', '整改措施', '建立使用登记制度。']);
    expect(found).toEqual([[1, '基本情况'], [1, '存在问题及整改措施']]);
    const results = headings(['某校工作总结', '一、主要做法及成效', '主要做法', '每周开展一次教研。', '主要成效', '两名教师获奖。', '存在的不足', '教研形式单一。']);
    expect(results).toEqual([[1, '主要做法及成效'], [1, '存在的不足']]);
  });
  it.each(['工作开展情况', '整改落实情况', '存在不足及改进措施', '下阶段工作重点', '创建工作开展情况', '今后的工作打算', '问题与不足'])('reads %s as a title, numbered, alone on its line or glued', (title) => {
    const body = '我校现有学生860人,办学条件不断改善。';
    expect(headings(['某校自查报告', `一、${title}${body}`, '二、其他说明', body])[0]).toEqual([1, title]);
    expect(headings(['某校自查报告', title, body])).toEqual([[1, title]]);
    expect(headings(['某校自查报告', `${title}${body}`])).toEqual([[1, title]]);
  });
  it('cuts numbered report titles glued to their paragraph (下一步工作打算我校将…, 存在的问题部分…)', () => {
    const found = headings(['某校食品安全自查报告', '一、基本情况我校现有学生食堂1个,就餐学生1350人,从业人员16人。', '二、存在的问题部分炊具老化,后厨通风条件较差,个别从业人员操作不够规范。', '三、下一步工作打算我校将更新老化炊具,改造后厨排风系统,每月组织一次考核。']);
    expect(found).toEqual([[1, '基本情况'], [1, '存在的问题'], [1, '下一步工作打算']]);
  });
  it('opens the report\'s outer list after the colon that announces it on a flattened line', () => {
    const line = `某中学自查报告按照县教育局要求,我校进行了全面自查,现将自查情况汇报如下:一、基本情况我校现有学生1350人,教职工96人。${'学校占地面积三万平方米,校舍布局合理。'.repeat(12)}二、主要做法(一)健全管理制度。学校制定了12项制度。(二)落实陪餐制度。校领导每天轮流陪餐。三、存在的问题部分炊具老化。`;
    expect(headings([line])).toEqual([[1, '基本情况'], [1, '主要做法'], [2, '健全管理制度'], [2, '落实陪餐制度'], [1, '存在的问题']]);
  });
  it('keeps a short heading closed by its own stop whole on a page without line breaks (办园条件不断改善。)', () => {
    const line = `某幼儿园自评报告现将自评情况报告如下:一、主要成绩(一)办园条件不断改善。近两年投入资金86万元。${'幼儿园环境优美,设施设备齐全。'.repeat(14)}(二)教师队伍素质提高。专任教师持证率达到100%。二、存在的不足部分区域材料更新不及时。`;
    expect(headings([line])).toEqual([[1, '主要成绩'], [2, '办园条件不断改善'], [2, '教师队伍素质提高'], [1, '存在的不足']]);
  });
  it('opens a (一) list after the colon that announces it on a flattened line', () => {
    const line = `某小学读书节方案${'为提升学生阅读素养,营造书香校园氛围,制定本方案。'.repeat(8)}一、指导思想以立德树人为根本任务。二、实施步骤本次活动分三个阶段进行:(一)动员部署阶段(2025年3月).成立领导小组。(二)组织实施阶段(2025年4月—6月).各班开展读书活动。三、保障措施学校安排专项经费。`;
    expect(headings([line])).toEqual([[1, '指导思想'], [1, '实施步骤'], [2, '动员部署阶段(2025年3月)'], [2, '组织实施阶段(2025年4月—6月)'], [1, '保障措施']]);
  });
  it('keeps a stage name whole where a plan\'s section name starts it (组织实施阶段)', () => {
    const found = headings(['某校方案', '二、实施步骤', '(一)动员部署阶段(2025年3月).成立领导小组,制定方案。', '(二)组织实施阶段(2025年4月—5月).各班开展科技小制作。', '(三)总结表彰阶段(2025.7).评选优秀作品。']);
    expect(found).toEqual([[1, '实施步骤'], [2, '动员部署阶段(2025年3月)'], [2, '组织实施阶段(2025年4月—5月)'], [2, '总结表彰阶段(2025.7)']]);
  });
});
