// Chinese personal names in rosters (`副组长:周立新、韩雪梅`), also when scraping ran them together
// (`组员:唐明孙海燕邓建国`): a name is a surname plus one or two given characters.

/** Common single-character surnames (about the 300 most frequent). */
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙易马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂阎蒲晁訾亓眭阚禚仉佘佴厍隗邰逄钮缪笪邝麦寇蔚昝裘芮羿汲邴宓郗钭戎韶蓟鄂赖翟郦雍璩濮扈郏茹庾阙殳夔敖乜鞠巢蒯逯竺荀柴焦向柳邢骆岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧解强丛华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花仇艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧桑荆谌银扬明沙薄伏岑习胥保和蔺水云昌凤酆常皮康元平萧湛禹无贝茅麻危骞支咸司暴虎滑仝'],
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '端木'];

/** Characters often used in given names; they tip ambiguous splits (`陈江毕文强` → 陈江|毕文强). */
const GIVEN = new Set([
  ...'伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝丽阳妮宝贝初程梵罡恒鸿桦骅剑娇纪宽苛灵玛媚琪晴容睿烁堂唯威韦雯苇萱阅彦宇雨洋忠宗曼紫逸贤蝶菡绿蓝儿翠烟小轩',
]);

/** Words that look like names but are roles or units (`马上`, `高级`…); a name never ends in these. */
const NOT_NAME_TAIL = /(?:老师|教师|校长|主任|组长|成员|领导|同志|人员|处|室|部|组|会|校|局|委|股|等)$/;

/** Function words that never sit in a given name; they show a phrase was taken for a name (成立以). */
const FUNCTION_CHARS = /[的了和与在由为以及对把被将从向是有这那其各每本该等]/;

export function isSurnameStart(s: string): boolean {
  return COMPOUND_SURNAMES.some((c) => s.startsWith(c)) || SURNAMES.has(s[0] ?? '');
}

/** True when `s` is shaped like a personal name: surname plus one or two given characters. */
export function looksLikeName(s: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(s) || NOT_NAME_TAIL.test(s) || FUNCTION_CHARS.test(s.slice(1))) return false;
  const compound = COMPOUND_SURNAMES.some((c) => s.startsWith(c));
  const given = s.length - (compound ? 2 : 1);
  return (compound || SURNAMES.has(s[0]!)) && given >= 1 && given <= 2;
}

/** Characters that never sit in a given name even when a name stands alone (为, 以 can: 唐为民, 江以宁). */
const NEVER_GIVEN = /[的了和与在是有这那其各每本该等]/;

/** A name standing alone between separators: the phrase test (成立以) that run-together text needs is relaxed. */
export function looksLikeStandaloneName(s: string): boolean {
  if (looksLikeName(s)) return true;
  if (!/^[\u4e00-\u9fa5]{2,3}$/.test(s) || NOT_NAME_TAIL.test(s) || NEVER_GIVEN.test(s.slice(1))) return false;
  return SURNAMES.has(s[0]!);
}

/**
 * Splits a run of names with no separators. Dynamic programming over cuts into surname-led
 * chunks of two or three characters; fewer chunks and given-name-like characters cost less.
 * Returns null when the run cannot be cut into names at all.
 */
export function splitRunTogetherNames(run: string): string[] | null {
  const n = run.length;
  const best: { cost: number; cut: number }[] = Array.from({ length: n + 1 }, () => ({ cost: Infinity, cut: -1 }));
  best[0] = { cost: 0, cut: -1 };
  for (let i = 0; i < n; i++) {
    if (best[i]!.cost === Infinity) continue;
    for (const len of [2, 3, 4]) {
      const chunk = run.slice(i, i + len);
      if (chunk.length !== len || !looksLikeName(chunk)) continue;
      const givenStart = COMPOUND_SURNAMES.some((c) => chunk.startsWith(c)) ? 2 : 1;
      const givenBonus = [...chunk.slice(givenStart)].filter((c) => GIVEN.has(c)).length * 0.3;
      const cost = best[i]!.cost + 1 - givenBonus;
      if (cost < best[i + len]!.cost) best[i + len] = { cost, cut: i };
    }
  }
  if (best[n]!.cost === Infinity) return null;
  const names: string[] = [];
  for (let end = n; end > 0; end = best[end]!.cut) names.unshift(run.slice(best[end]!.cut, end));
  return names;
}

/** Characters of the words a roster lists besides names (全体教师, 各处室, 家长代表): no given name holds them. */
const NOT_IN_LISTED_NAME = /[教师生长员全各部处室组会校局委代表领导干人等及和与的]/;

/**
 * A name whose surname the list above lacks (晁立新, 禚海波), accepted only where a roster label
 * (组长:, 组员:) leaves nothing else it could be: two or three Han characters, none of a post's or a group's.
 */
export function looksLikeListedName(s: string): boolean {
  return /^[\u4e00-\u9fa5]{2,3}$/.test(s) && !NOT_NAME_TAIL.test(s) && !NEVER_GIVEN.test(s) && !NOT_IN_LISTED_NAME.test(s);
}
