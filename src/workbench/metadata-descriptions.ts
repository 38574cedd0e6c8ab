// What each table, view and column of src/db/schema.sql holds, in the words a researcher needs.
// tests/workbench-metadata.test.ts fails when the live schema has a column not described here.

export interface TableDescription {
  description: string;
  columns: Record<string, string>;
}

const OFFSETS = {
  start: 'Start of the evidence: character offset into documents.text of the same article (0-based)',
  end: 'End of the evidence (exclusive): evidence = substr(documents.text, start + 1, end - start)',
};
const EVIDENCE = 'The sentence or clause of the article this row was read from, verbatim (normalized text)';
const SECTION_PATH = 'Headings enclosing the evidence, outermost first, joined by " > "';
const EXTRACTOR = 'Rule set that produced the row, as name@version';
const DOCUMENT_ID = 'Article the row belongs to (documents.id)';

export const TABLE_DESCRIPTIONS: Record<string, TableDescription> = {
  schema_version: {
    description: 'Version of the planmine schema this database was built with',
    columns: { version: 'Schema version number; planmine refuses databases newer than itself' },
  },
  runs: {
    description: 'One row per `planmine ingest` run',
    columns: {
      id: 'Run number',
      started_at: 'When the run began (ISO 8601, UTC)',
      finished_at: 'When the run ended (ISO 8601, UTC); empty if it was interrupted',
      args: 'Paths and options the run was given (JSON)',
      files_seen: 'Files found under the given paths',
      files_ingested: 'Files read and stored in this run',
      files_unchanged: 'Files skipped because their SHA-256 matched the stored copy',
      files_duplicate: 'Files whose bytes equal another stored file',
      files_failed: 'Files that could not be read; reasons are in errors',
      files_missing: 'Files stored before under the given folders and gone in this run',
      files_pruned: 'Missing files whose rows this run deleted (ingest --prune)',
    },
  },
  ingest_lock: {
    description: 'The ingest writing into the database now, if any; one at a time',
    columns: {
      id: 'Always 1: one row at most',
      pid: 'Process id of the ingest holding the database',
      host: 'Machine that process runs on',
      process_start: 'Start time of that process (Linux clock ticks since boot), to tell a reused pid apart',
      started_at: 'When that ingest took the database (ISO 8601, UTC)',
    },
  },
  files: {
    description: 'Every input file seen, with its outcome; a file can hold several articles',
    columns: {
      id: 'File number',
      path: 'Absolute path of the file: the same file whatever folder ingest ran in',
      doc_path: 'Path relative to the folder given to ingest; names the articles (documents.doc). Empty for files stored before version 2 until they are read again',
      sha256: 'SHA-256 of the file bytes, used to skip unchanged files and find duplicates',
      format: 'Format the file was read as: html, docx, doc (Word 97), pdf or text',
      encoding: 'Character encoding the text was decoded from (utf-8, gbk, big5…); empty for binary formats',
      bytes: 'File size in bytes',
      pages: 'Page count of paged formats (PDF)',
      status: 'Outcome of the latest run: ingested, unchanged, duplicate, failed, or missing (gone from its folder; articles kept until ingest --prune)',
      duplicate_of: 'For a duplicate, the file (files.id) with the same bytes',
      run_id: 'Run that last touched the file (runs.id)',
      updated_at: 'When the row was last written (ISO 8601, UTC)',
    },
  },
  documents: {
    description: 'One row per article: a scraped page can hold several plans or reports',
    columns: {
      id: 'Article number (internal)',
      file_id: 'File the article came from (files.id)',
      doc: 'Stable article id: path relative to the folder given to ingest up to the first dot of the file name, #, 1-based article index (e.g. siteA/index#2); unique in the database',
      article_index: 'Position of the article in its file, from 1',
      title: 'Title of the article as printed (not the title of a compilation page)',
      organization: 'School or education body whose plan or report it is, as named in the text',
      province: 'Province-level division the organization is in, short form (陕西, 天津), inferred from place names',
      date: 'Date the article was issued or signed: YYYY-MM-DD, YYYY-MM or YYYY',
      period_start: 'First year the plan covers',
      period_end: 'Last year the plan covers',
      doc_type: 'plan (looks forward), summary (reports what was done), research or other',
      relevant: '1 when the article is about school or basic-education quality, 0 otherwise',
      script: 'Script of the source text: hans (simplified) or hant (traditional); the text is stored simplified',
      text: 'Normalized simplified-Chinese text of the article; all offsets point into it',
      chars: 'Length of text in characters',
      duplicate_of: 'For a copy (a repost, another format, the same text with a few edits), the first article stored with it (documents.id); empty for an original. compare, similar, search and the report count originals only unless --with-copies',
      duplicate_similarity: 'For a copy, the MinHash resemblance of its text to that first article (0-1; copies are at least 0.75 and keep 80% of their figures)',
    },
  },
  copy_signatures: {
    description: 'Copy index: each article\'s MinHash signature and figures, compared when a new article arrives',
    columns: {
      document_id: DOCUMENT_ID,
      signature: 'MinHash signature of the article\'s 5-character shingles: 128 unsigned 32-bit slots, big-endian',
      figures: 'The distinct numbers of the article (JSON array), compared so that one template filled in by two schools is not a copy',
    },
  },
  copy_bands: {
    description: 'Copy index: band keys of each original article\'s signature; a new article sharing a key is a candidate copy',
    columns: {
      key: 'Band number × 2^32 + hash of the band\'s six slots',
      document_id: DOCUMENT_ID,
    },
  },
  sections: {
    description: 'Heading tree of each article',
    columns: {
      id: 'Section number (internal)',
      document_id: DOCUMENT_ID,
      parent_id: 'Enclosing section (sections.id); empty for top-level headings',
      ordinal: 'Position of the heading in the article, from 0',
      level: 'Depth of the heading: 1 for 一、, 2 for (一), and so on',
      numbering: 'Numbering as printed (一、, (一), 1.); empty when it came from a Word heading style',
      title: 'Heading text without its numbering',
      path: 'Titles from the top level down to this section, joined by " > "',
      start: 'Offset in documents.text where the heading starts',
      end: 'Offset in documents.text where the section ends (the next heading of the same or a higher level)',
    },
  },
  sentences: {
    description: 'Every sentence of every article, with its words segmented for full-text search',
    columns: {
      id: 'Sentence number (internal; in SQLite also the rowid of sentences_fts)',
      document_id: DOCUMENT_ID,
      section_path: SECTION_PATH,
      start: 'Offset of the sentence in documents.text',
      end: 'End offset of the sentence in documents.text (exclusive)',
      text: 'The sentence as it appears in the article',
      words: 'The sentence cut into words by jieba, space-joined, as indexed by sentences_fts',
    },
  },
  sentences_fts: {
    description: 'Full-text index over sentences.words (SQLite does not segment Chinese, so it indexes jieba words); query with MATCH',
    columns: { words: 'Space-joined words of the sentence (sentences.words)' },
  },
  keywords: {
    description: 'TF-IDF keywords of each article, used by `planmine similar`',
    columns: {
      document_id: DOCUMENT_ID,
      word: 'A keyword of the article',
      weight: 'TF-IDF weight of the word in the article (higher is more characteristic)',
    },
  },
  targets: {
    description: 'Quantified targets and reported figures: the level an indicator should reach or reached',
    columns: {
      id: 'Target number (internal)',
      document_id: DOCUMENT_ID,
      indicator: 'What is measured, as written in the clause (优秀率, 体质健康合格率)',
      indicator_key: 'Canonical form of the indicator for grouping: variants such as 学生体质健康测试优秀率 and 体质健康优秀率 share one key',
      value: 'The number (Chinese numerals converted; the lower bound of a range)',
      value_max: 'Upper bound when the figure is a range (2-3个), otherwise empty',
      unit: '%, 人, 名次, 元, 万元, 平方米, 亩, ratio (value = left ÷ right) or the measure word as written (次, 节, 个…)',
      comparator: 'ge ≥, gt >, le ≤, lt <, eq =, range, increase (by value), decrease (by value)',
      kind: 'goal (a promise for the future) or actual (a figure reported as achieved)',
      year: 'Year the target is due or the figure refers to, when the text says',
      evidence: EVIDENCE,
      ...OFFSETS,
      section_path: SECTION_PATH,
      extractor: EXTRACTOR,
    },
  },
  phases: {
    description: 'Stages of each plan\'s timetable (实施步骤) in order, with their dates',
    columns: {
      id: 'Phase number (internal)',
      document_id: DOCUMENT_ID,
      ordinal: 'Position of the phase in the plan, from 1',
      name: 'Name of the phase (启动阶段, 实施阶段…)',
      start_date: 'Start as written, normalized: YYYY, YYYY-MM or YYYY-MM-DD',
      end_date: 'End as written, normalized: YYYY, YYYY-MM or YYYY-MM-DD',
      first_day: 'First calendar day start_date can mean (2016-03 → 2016-03-01)',
      last_day: 'Last calendar day end_date can mean (2016-03 → 2016-03-31)',
      evidence: EVIDENCE,
      ...OFFSETS,
      section_path: SECTION_PATH,
      extractor: EXTRACTOR,
    },
  },
  parties: {
    description: 'People, groups, units and roles named as responsible (leading groups, offices, posts)',
    columns: {
      id: 'Party number (internal)',
      document_id: DOCUMENT_ID,
      name: 'Name as written (王明, 教导处, 领导小组, 班主任)',
      kind: 'person, group, org (a unit or office) or role (a post)',
      role: 'For a person, the post held in a group (组长, 副组长)',
      group_name: 'For a member, the group they belong to',
      evidence: EVIDENCE,
      ...OFFSETS,
      section_path: SECTION_PATH,
      extractor: EXTRACTOR,
    },
  },
  assignments: {
    description: 'Who is made responsible for what (负责, 牵头), with a deadline when one is given',
    columns: {
      id: 'Assignment number (internal)',
      document_id: DOCUMENT_ID,
      party_id: 'The party row (parties.id) of the same article, when the party was also listed there',
      party: 'The responsible person, unit or role, as written',
      task: 'What they are responsible for',
      deadline: 'Deadline: YYYY, YYYY-MM or YYYY-MM-DD (the end of a range)',
      evidence: EVIDENCE,
      ...OFFSETS,
      section_path: SECTION_PATH,
      extractor: EXTRACTOR,
    },
  },
  messages: {
    description: 'Located warnings from any stage (a garbled date, a declared charset that lied)',
    columns: {
      id: 'Message number (internal)',
      file_id: 'File concerned (files.id)',
      document_id: 'Article concerned (documents.id); empty for a file-wide message',
      severity: 'info, warning or fatal',
      origin: 'stage:rule that raised it (pdf:no-text-layer, phases:unparsed-date)',
      reason: 'What went wrong, in words',
      start: 'Offset in documents.text where the problem starts, when located',
      end: 'Offset in documents.text where the problem ends, when located',
    },
  },
  errors: {
    description: 'Files that could not be ingested, one row per failure, kept across runs',
    columns: {
      id: 'Error number',
      path: 'Path of the file',
      stage: 'Stage that failed: read, decode, parse, normalize, structure, extract, write or limit',
      reason: 'Why, in words',
      at: 'When it happened (ISO 8601, UTC)',
      run_id: 'Run it happened in (runs.id)',
    },
  },
  target_comparison: {
    description: 'Targets beside the article facts needed to compare them across schools and provinces',
    columns: {
      doc: 'Article id (documents.doc)',
      title: 'Article title',
      organization: 'School or body whose plan it is',
      province: 'Province of the organization',
      period_start: 'First year the plan covers',
      period_end: 'Last year the plan covers',
      indicator: 'What is measured, as written',
      indicator_key: 'Canonical indicator for grouping variants',
      comparator: 'ge, gt, le, lt, eq, range, increase or decrease',
      value: 'The number (lower bound of a range)',
      value_max: 'Upper bound of a range',
      unit: 'Unit of value',
      kind: 'goal or actual',
      year: 'Year the target is due or refers to',
      evidence: EVIDENCE,
      section_path: SECTION_PATH,
    },
  },
  timeline: {
    description: 'Implementation phases of every plan with their length in days',
    columns: {
      doc: 'Article id (documents.doc)',
      title: 'Article title',
      organization: 'School or body whose plan it is',
      province: 'Province of the organization',
      ordinal: 'Position of the phase in the plan',
      name: 'Name of the phase',
      start_date: 'Start: YYYY, YYYY-MM or YYYY-MM-DD',
      end_date: 'End: YYYY, YYYY-MM or YYYY-MM-DD',
      days: 'Calendar days from the first day start_date can mean to the last day end_date can mean',
      evidence: EVIDENCE,
    },
  },
};
