// A search box's query language over the segmented sentence index: words all required, `OR`
// between alternatives, `-word` to exclude, in either Chinese script.
import { simplifiedText } from '../normalize/script.js';
import { segmentQuery } from '../segment/index.js';
import { PlanmineError } from '../errors.js';
import type { SqlValue } from '../db/connection.js';

/** One word as typed: its index tokens, and for a figure the text it must appear as. */
export interface QueryTerm {
  text: string;
  tokens: string[];
  /** GLOB over ` sentence ` when the term holds a figure: `30%` must not match the 30 of 3月30日. */
  figureGlob: string | null;
}

export interface SearchQuery {
  /** Every clause must match; a clause matches when any of its terms does. */
  clauses: QueryTerm[][];
  excluded: QueryTerm[];
}

const DIGIT = /[0-9]/;

const escapeGlob = (s: string): string => s.replace(/[*?[]/g, (c) => `[${c}]`);

/** A figure stands apart from the digits around it: 30 is not in 130 or 1.30, nor 30 in 300. */
function figureGlob(text: string): string | null {
  if (!DIGIT.test(text)) return null;
  const before = DIGIT.test(text[0]!) ? '[^0-9.]' : '';
  const after = DIGIT.test(text[text.length - 1]!) ? '[^0-9]' : '';
  return `*${before}${escapeGlob(text)}${after}*`;
}

function term(raw: string): QueryTerm | null {
  // As ingest does to documents: NFKC (full-width ％ and digits) then traditional → simplified.
  const text = simplifiedText(raw.normalize('NFKC'));
  const tokens = segmentQuery(text);
  return tokens.length === 0 ? null : { text, tokens, figureGlob: figureGlob(text) };
}

/** Splits a query into terms the way a search box does; throws a sentence when nothing is left to find. */
export function parseSearchQuery(input: string): SearchQuery {
  const clauses: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let joinNext = false;
  for (const raw of input.trim().split(/\s+/).filter(Boolean)) {
    if (raw === 'OR' || raw === '|') {
      joinNext = clauses.length > 0;
      continue;
    }
    if (raw.startsWith('-') && raw.length > 1) {
      const t = term(raw.slice(1));
      if (t) excluded.push(t);
      joinNext = false;
      continue;
    }
    const t = term(raw);
    if (!t) continue;
    if (joinNext) clauses[clauses.length - 1]!.push(t);
    else clauses.push([t]);
    joinNext = false;
  }
  if (clauses.length === 0) {
    throw new PlanmineError('read', input.trim() === '' ? 'empty query: give a word to search for, e.g. 体质健康' : `nothing to search for in "${input.trim()}": give at least one word that is not excluded`);
  }
  return { clauses, excluded };
}

const quote = (w: string): string => `"${w.replace(/"/g, '""')}"`;
const termMatch = (t: QueryTerm): string => `(${t.tokens.map(quote).join(' AND ')})`;

/** The FTS5 MATCH expression: the clauses ANDed, each an OR of terms; excluded words after NOT. */
export function ftsExpression(query: SearchQuery): string {
  const positive = query.clauses.map((c) => `(${c.map(termMatch).join(' OR ')})`).join(' AND ');
  const words = query.excluded.filter((t) => !t.figureGlob);
  return words.length === 0 ? positive : `(${positive}) NOT (${words.map(termMatch).join(' OR ')})`;
}

/**
 * SQL conditions on `sentences s` that the index cannot say: a figure must stand as typed.
 * In a clause with a figure, a term without one is tested through the index on its own.
 */
export function figureConditions(query: SearchQuery): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const clause of query.clauses) {
    if (!clause.some((t) => t.figureGlob)) continue;
    const alternatives = clause.map((t) => {
      if (t.figureGlob) {
        params.push(t.figureGlob);
        return "(' ' || s.text || ' ') GLOB ?";
      }
      params.push(termMatch(t));
      return 's.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)';
    });
    parts.push(`(${alternatives.join(' OR ')})`);
  }
  for (const t of query.excluded.filter((x) => x.figureGlob)) {
    parts.push("(' ' || s.text || ' ') NOT GLOB ?");
    params.push(t.figureGlob);
  }
  return { sql: parts.length === 0 ? '1 = 1' : parts.join(' AND '), params };
}

/** What to mark in a hit: figures as typed, other terms by their tokens. */
export function highlightWords(query: SearchQuery): string[] {
  const words = query.clauses.flat().flatMap((t) => (t.figureGlob ? [t.text] : t.tokens));
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}
