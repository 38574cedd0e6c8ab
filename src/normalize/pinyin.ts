// Removes pinyin glosses printed after Han characters (`學(xué)`), a habit of some scraped pages.
import type { Normalized } from '../types.js';
import { MappedTextBuilder } from './offsets.js';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';
const VOWEL = `[aeiouv${TONED}]`;
/** initial + vowel group + optional nasal or r: rejects `(P)`, `(ABC)`, English words in parentheses. */
const SYLLABLE = new RegExp(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?${VOWEL}{1,3}(?:ng|n|r)?$`, 'u');

/**
 * A gloss: parentheses right after a Han character holding 1-6 letters, some possibly as HTML
 * entities. Letter-spaced PDFs put spaces around and inside the parentheses (`學 ( xué)`).
 */
const GLOSS = /(?<=\p{Script=Han})[ \t\u3000]*\([ \t\u3000]*((?:[a-z\u00C0-\u024F\u1E00-\u1EFF]|&#\d{2,4};|&#x[0-9a-f]{2,4};|&[a-z]{2,8};){1,6})[ \t\u3000]*\)/giu;

const NAMED: Record<string, string> = {
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü',
};

function decodeEntities(gloss: string): string {
  return gloss.replace(/&#(x?)([0-9a-f]+);|&([a-z]+);/giu, (whole, hex: string, digits: string, name: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    return String.fromCodePoint(parseInt(digits, hex ? 16 : 10));
  });
}

/** Scraped entity tone letters are often the nearest Latin-1 letter (â for ǎ); fold them for the check. */
function foldLatin1(syllable: string): string {
  return syllable.replace(/[âäãîïôöõûë]/gu, (ch) => ch.normalize('NFD')[0] ?? ch);
}

export function isPinyinSyllable(candidate: string): boolean {
  if (candidate !== candidate.toLowerCase()) return false;
  return SYLLABLE.test(foldLatin1(decodeEntities(candidate)));
}

export function removePinyinGlosses(text: string): Normalized {
  const out = new MappedTextBuilder();
  let last = 0;
  for (const match of text.matchAll(GLOSS)) {
    const gloss = match[1] ?? '';
    if (!isPinyinSyllable(gloss)) continue;
    out.copy(text.slice(last, match.index), last);
    last = match.index + match[0].length;
  }
  out.copy(text.slice(last), last);
  return out.build(text.length);
}
