// Core types shared by every stage of the pipeline:
// read (bytes → raw text) → normalize (raw → normalized text + offset map)
// → structure (articles, sections, sentences) → extract (records with evidence) → sink.

export type Format = 'html' | 'docx' | 'doc' | 'pdf' | 'text';

export type Severity = 'info' | 'warning' | 'fatal';

/** A located problem found by a stage; never thrown, always carried along. */
export interface Message {
  severity: Severity;
  /** `stage:rule`, e.g. `pdf:no-text-layer`, `phases:unparsed-date`. */
  origin: string;
  reason: string;
  span?: Span;
}

/** Half-open character range [start, end) in an article's normalized text. */
export interface Span {
  start: number;
  end: number;
}

/** What a reader hands on: text whose lines are paragraphs; table rows are cells joined by '\t'. */
export interface ReadResult {
  format: Format;
  /** Encoding the bytes were decoded from (`utf-8`, `gbk`, `big5`, …); null for binary formats. */
  encoding: string | null;
  text: string;
  /** Page count for paged formats. */
  pages?: number;
  messages: Message[];
}

/** Result of a pure normalizer: the new text and, for each of its characters, the offset in the input. */
export interface Normalized {
  text: string;
  /** map[i] = offset in the input text of output character i; length text.length + 1 (end sentinel). */
  map: Int32Array;
}

export type Script = 'hans' | 'hant';

export interface Section {
  level: number;
  /** Heading text with its numbering stripped (`指导思想`). */
  title: string;
  /** The numbering as printed (`一、`, `(一)`, `1.`), empty when it came from a Word heading style. */
  numbering: string;
  /** Span of the heading line in the article text. */
  heading: Span;
  /** Span from the heading to the start of the next heading of the same or a higher level. */
  body: Span;
  /** Titles from the top level down to this section, inclusive. */
  path: string[];
}

export interface Sentence extends Span {
  /** Titles of the innermost enclosing section and its ancestors. */
  sectionPath: string[];
}

/** One article of an input file, as every extractor sees it. */
export interface Article {
  /** `<path relative to the ingest folder, up to the first dot of the file name>#<1-based index>`, as ../shared/bench/GUIDE.md defines. */
  id: string;
  sourcePath: string;
  index: number;
  /** Normalized simplified-Chinese text of this article only (no page chrome). */
  text: string;
  /** Offset of `text` in the whole normalized file text. */
  offsetInFile: number;
  /** Script of the source before conversion. */
  script: Script;
  sections: Section[];
  sentences: Sentence[];
  /**
   * The page around the article. `compilation` is true when the page holds several articles
   * (精选6篇 / 共5篇): then the page's own title and date are not the article's.
   * `documentSite` is set when the article was served inside a document-sharing site's wrapper
   * (file name, 上传人, 格式/页数…): its page title came from the served file's name, and the
   * site's upload date was not taken as `date`.
   */
  /** `stamps`: the header's credit lines (`来源:某某县教育局`, `发布单位:…`) as printed, which name whose item it is. */
  /** `markerHeading`: in a compilation, the words printed before this article's marker on its line (`小学课后服务工作方案` of `小学课后服务工作方案【篇二】`). */
  /** `siteHeader`: the line a site prints over its menu or breadcrumb on every page (the school's or portal's name): where the site sits, never the article's title. */
  pageContext: { title: string | null; date: string | null; compilation: boolean; documentSite?: boolean; stamps?: string; markerHeading?: string; siteHeader?: string };
  messages: Message[];
}

/** Where a record came from: `quote === article.text.slice(span.start, span.end)`. */
export interface Evidence {
  span: Span;
  quote: string;
  sectionPath: string[];
}

export type Comparator = 'ge' | 'gt' | 'le' | 'lt' | 'eq' | 'range' | 'increase' | 'decrease';

export interface TargetRecord {
  type: 'target';
  indicator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  kind: 'goal' | 'actual';
  year: number | null;
  evidence: Evidence;
}

export interface PhaseRecord {
  type: 'phase';
  order: number;
  name: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start: string | null;
  end: string | null;
  evidence: Evidence;
}

export type PartyKind = 'person' | 'group' | 'org' | 'role';

export interface PartyRecord {
  type: 'party';
  name: string;
  kind: PartyKind;
  role: string | null;
  group: string | null;
  evidence: Evidence;
}

export interface AssignmentRecord {
  type: 'assignment';
  party: string;
  task: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the end of a range when a span is given. */
  deadline: string | null;
  evidence: Evidence;
}

export type DocType = 'plan' | 'summary' | 'research' | 'other';

export interface DocumentFacts {
  type: 'document';
  title: string | null;
  organization: string | null;
  province: string | null;
  date: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  docType: DocType;
  relevant: boolean;
  script: Script;
  /** Evidence for each fact that was found in the text, by field name. */
  evidence: Partial<Record<'title' | 'organization' | 'province' | 'date' | 'period', Evidence>>;
}

export type ExtractedRecord = TargetRecord | PhaseRecord | PartyRecord | AssignmentRecord | DocumentFacts;

/** Word segmentation, injected so extractors stay pure and testable without the native module. */
export interface Segmenter {
  /** Words in order; numbers stay whole. */
  cut(text: string): string[];
  /** Words with part-of-speech tags (jieba's tag set). */
  tag(text: string): { word: string; tag: string }[];
}

export interface ExtractContext {
  segmenter: Segmenter;
}

/** Every extractor is a pure function from an article to records that carry their evidence. */
export interface Extractor<R extends ExtractedRecord = ExtractedRecord> {
  name: string;
  version: string;
  extract(article: Article, context: ExtractContext): { records: R[]; messages: Message[] };
}
