// Place names mentioned in a text, found leftmost-longest against the gazetteer, with guards for
// the names that are also ordinary words or school names.
import type { Span } from '../../src/types.js';
import { gazetteer, type PlaceLevel } from './gazetteer.js';

export interface PlaceMention extends Span {
  name: string;
  provinces: string[];
  level: PlaceLevel;
}

const HAN = /\p{Script=Han}/u;
/** What may stand before a two-character county (`宁县`, `沛县`) so it is not the tail of another word. */
const SHORT_NAME_LEFT = /[《“"(、,,在于对与和及省市州盟]/;
/** A school named after a word that is also a place (`胜利小学`, `大同中学`) says nothing of its province. */
const SCHOOL_RIGHT = /^(?:小学|中学|学校|幼儿园|路|街|大道|精神)/;
/** A county's short name is trusted only as the head of a numbered school (`武侯二十中`, `沙坡头三中`). */
const AREA_SHORT_RIGHT = /^(?:第?[一二三四五六七八九十\d]+(?:中学?|小学?|完小)|实验|职业|职教)/;
/** A city's short name is trusted as the head of an organization's name (`宝鸡高新…学校`, `青岛分公司`). */
const ORG_TAIL = /^[^,。;:!?、\s《》“”()]{0,18}?(?:学校|中学|小学|中心校|学区|幼儿园|大学|学院|公司|项目部|教育局|教体局|教研室|研究院|研究所|中心)/;

export function findPlaces(text: string, from = 0, to = text.length): PlaceMention[] {
  const { names, nameLengths } = gazetteer();
  const found: PlaceMention[] = [];
  for (let i = from; i < to; i++) {
    // Only characters that begin a place name (all of them Han) have lengths to try.
    for (const len of nameLengths.get(text[i]!) ?? []) {
      if (len > to - i) continue;
      const name = text.slice(i, i + len);
      const place = names.get(name);
      if (!place || !accepted(text, i, name, place.level, place.short)) continue;
      found.push({ start: i, end: i + len, name, provinces: place.provinces, level: place.level });
      i += len - 1;
      break;
    }
  }
  return found;
}

/** Townships (`东于镇`) named in a short piece of text such as an organization's name. */
export function findStreets(text: string): PlaceMention[] {
  const { streets, streetLengths } = gazetteer();
  const found: PlaceMention[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const len of streetLengths.get(text[i]!) ?? []) {
      if (len > 12 || len > text.length - i) continue;
      const name = text.slice(i, i + len);
      const province = streets.get(name);
      if (province) found.push({ start: i, end: i + len, name, provinces: [province], level: 'street' });
    }
  }
  return found;
}

function accepted(text: string, at: number, name: string, level: PlaceLevel, short: boolean): boolean {
  const right = text.slice(at + name.length, at + name.length + 24);
  const left = text[at - 1] ?? '';
  if (name.length === 2 && level === 'area' && !short && left && HAN.test(left) && !SHORT_NAME_LEFT.test(left)) return false;
  if (!short) return true;
  if (SCHOOL_RIGHT.test(right)) return false;
  if (level === 'area') return AREA_SHORT_RIGHT.test(right);
  return ORG_TAIL.test(right);
}
