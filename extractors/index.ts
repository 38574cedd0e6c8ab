import type { Article, DocumentFacts, ExtractContext, ExtractedRecord, Extractor, Message } from '../src/types.js';
import { documentExtractor } from './document/index.js';
import { targetsExtractor } from './targets/index.js';
import { phasesExtractor } from './phases/index.js';
import { partiesExtractor } from './parties/index.js';

/** Every extractor planmine runs, in the order their records are stored. */
export const EXTRACTORS: readonly Extractor[] = [documentExtractor, targetsExtractor, phasesExtractor, partiesExtractor];

export type ArticleRecord = Exclude<ExtractedRecord, DocumentFacts>;

/** A record with the `name@version` of the extractor that made it, so stored figures can be traced to the rule set. */
export interface Attributed<R> {
  record: R;
  extractor: string;
}

export interface Extraction {
  facts: DocumentFacts;
  records: Attributed<ArticleRecord>[];
  messages: Message[];
}

/**
 * Runs every extractor on one article. An extractor that throws is a bug, but it must not cost
 * the article the other extractors' records: it becomes a message.
 */
export function runExtractors(article: Article, context: ExtractContext): Extraction {
  const records: Attributed<ArticleRecord>[] = [];
  const messages: Message[] = [];
  let facts: DocumentFacts | undefined;
  for (const extractor of EXTRACTORS) {
    try {
      const out = extractor.extract(article, context);
      messages.push(...out.messages);
      for (const record of out.records) {
        if (record.type === 'document') facts = record;
        else records.push({ record, extractor: `${extractor.name}@${extractor.version}` });
      }
    } catch (err) {
      messages.push({ severity: 'warning', origin: `${extractor.name}:crash`, reason: String(err instanceof Error ? err.message : err) });
    }
  }
  return { facts: facts ?? emptyFacts(article), records, messages };
}

function emptyFacts(article: Article): DocumentFacts {
  return {
    type: 'document', title: null, organization: null, province: null, date: null,
    periodStart: null, periodEnd: null, docType: 'other', relevant: false, script: article.script, evidence: {},
  };
}
