// Document facts: one record per article with its title, organization, province, date, period,
// type, relevance and script, each found fact carrying the text it was read from.
import type { Article, DocumentFacts, ExtractContext, Extractor, Span } from '../../src/types.js';
import { evidenceFor } from '../evidence.js';
import { articleType } from './article-type.js';
import { findIssueDate } from './issue-date.js';
import { bodyEnd } from './lines.js';
import { findOrganization } from './organization.js';
import { findPeriod } from './period.js';
import { inferProvince } from './province.js';
import { isAboutSchools } from './relevance.js';
import { findSignature } from './signature.js';
import { maskWrapperLines } from './wrapper.js';

export function extractDocumentFacts(article: Article, context: ExtractContext): DocumentFacts {
  const text = article.text;
  const body = text.slice(0, bodyEnd(text));
  const { title, docType } = articleType(article);
  const signature = findSignature(text);
  const organization = findOrganization(text, signature, title, docType === 'research', context.segmenter, article.pageContext.stamps);
  const own: Span[] = [title?.span, organization?.span, signature.organizationSpan].filter((s): s is Span => Boolean(s));
  // a title printed above the text (the page's) names the author as surely as one inside it
  // a sharing site's stamp (`发布于四川`) places the uploader, not the author
  const masked = maskWrapperLines(text);
  // names read above the text, or off a stamp line the masking blanks (来源:宣汉县教育局), still place the author
  const unseen = (found: { span: Span | null } | null): boolean => Boolean(found && (!found.span || !masked.slice(found.span.start, found.span.end).trim()));
  const above = [...(title && !title.span ? [title.title] : []), ...(organization && unseen(organization) ? [organization.name] : [])];
  const province = inferProvince(masked, own, above, article.pageContext.siteHeader);
  const date = findIssueDate(article, signature, title);
  const period = findPeriod(article, title, docType, signature.dateSpan);

  const evidence: DocumentFacts['evidence'] = {};
  if (title?.span) evidence.title = evidenceFor(article, title.span);
  if (organization?.span) evidence.organization = evidenceFor(article, organization.span);
  if (province?.span) evidence.province = evidenceFor(article, province.span);
  if (date?.span) evidence.date = evidenceFor(article, date.span);
  if (period?.span) evidence.period = evidenceFor(article, period.span);

  return {
    type: 'document',
    title: title?.title ?? null,
    organization: organization?.name ?? null,
    province: province?.province ?? null,
    date: date?.date ?? null,
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    docType,
    relevant: isAboutSchools(body, organization?.name ?? null),
    script: article.script,
    evidence,
  };
}

export const documentExtractor: Extractor<DocumentFacts> = {
  name: 'document',
  version: '1.0.0',
  extract(article, context) {
    return { records: [extractDocumentFacts(article, context)], messages: [] };
  },
};
