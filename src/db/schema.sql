-- planmine database, schema version 3 (src/db/migrations.ts brings older ones here). Offsets (start,
-- end) are character offsets into documents.text, the article's normalized text;
-- evidence = substr(text, start + 1, end - start).

CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  args TEXT NOT NULL,
  files_seen INTEGER NOT NULL DEFAULT 0,
  files_ingested INTEGER NOT NULL DEFAULT 0,
  files_unchanged INTEGER NOT NULL DEFAULT 0,
  files_duplicate INTEGER NOT NULL DEFAULT 0,
  files_failed INTEGER NOT NULL DEFAULT 0,
  files_missing INTEGER NOT NULL DEFAULT 0,
  files_pruned INTEGER NOT NULL DEFAULT 0
);

-- At most one ingest writes at a time: the row names it, so a second run can say who holds the
-- database. A row whose process is dead is stale and taken over.
CREATE TABLE IF NOT EXISTS ingest_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  process_start TEXT,
  started_at TEXT NOT NULL
);

-- path: absolute, the key; doc_path: relative to the folder given to ingest, names the articles.
-- missing: stored before, gone from its folder now; its articles stay until `ingest --prune`.
CREATE TABLE IF NOT EXISTS files (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  doc_path TEXT,
  sha256 TEXT,
  format TEXT,
  encoding TEXT,
  bytes INTEGER,
  pages INTEGER,
  status TEXT NOT NULL CHECK (status IN ('ingested', 'unchanged', 'duplicate', 'failed', 'missing')),
  duplicate_of INTEGER REFERENCES files (id) ON DELETE SET NULL,
  run_id INTEGER REFERENCES runs (id),
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_sha256 ON files (sha256);

CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  doc TEXT NOT NULL,
  article_index INTEGER NOT NULL,
  title TEXT,
  organization TEXT,
  province TEXT,
  date TEXT,
  period_start INTEGER,
  period_end INTEGER,
  doc_type TEXT,
  relevant INTEGER,
  script TEXT,
  text TEXT NOT NULL,
  chars INTEGER NOT NULL,
  -- the first article stored with the same or nearly the same text (a repost, another format), and
  -- the MinHash resemblance to it; NULL for an original. See copy_signatures and copy_bands.
  duplicate_of INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  duplicate_similarity REAL,
  UNIQUE (file_id, article_index)
);
CREATE INDEX IF NOT EXISTS documents_doc ON documents (doc);
-- Deleting an original sets its copies' duplicate_of to NULL: without this index every delete scans documents.
CREATE INDEX IF NOT EXISTS documents_duplicate_of ON documents (duplicate_of);

-- The copy index (src/db/copy-index.ts): each article's MinHash signature (128 unsigned 32-bit
-- slots, big-endian) and its distinct figures; band keys of originals only (copies are found
-- through their original). Older databases get documents.duplicate_of from migration 3.
CREATE TABLE IF NOT EXISTS copy_signatures (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  signature BLOB NOT NULL,
  figures TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS copy_bands (
  key INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (key, document_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS copy_bands_document ON copy_bands (document_id);

CREATE TABLE IF NOT EXISTS sections (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES sections (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  level INTEGER NOT NULL,
  numbering TEXT NOT NULL,
  title TEXT NOT NULL,
  path TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sections_document ON sections (document_id);

CREATE TABLE IF NOT EXISTS sentences (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  section_path TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  words TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_document ON sentences (document_id);

-- SQLite's tokenizers do not segment Chinese: the index holds jieba's space-joined words.
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5 (
  words, content = 'sentences', content_rowid = 'id', tokenize = 'unicode61'
);
CREATE TRIGGER IF NOT EXISTS sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, words) VALUES (new.id, new.words);
END;
CREATE TRIGGER IF NOT EXISTS sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, words) VALUES ('delete', old.id, old.words);
END;

CREATE TABLE IF NOT EXISTS keywords (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  word TEXT NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (document_id, word)
);

CREATE TABLE IF NOT EXISTS targets (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  indicator_key TEXT NOT NULL,
  value REAL NOT NULL,
  value_max REAL,
  unit TEXT NOT NULL,
  comparator TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('goal', 'actual')),
  year INTEGER,
  evidence TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  section_path TEXT NOT NULL,
  extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS targets_document ON targets (document_id);
CREATE INDEX IF NOT EXISTS targets_indicator_key ON targets (indicator_key);

CREATE TABLE IF NOT EXISTS phases (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  -- the first and last calendar day the dates can mean (2016-03 → 2016-03-01 … 2016-03-31)
  first_day TEXT,
  last_day TEXT,
  evidence TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  section_path TEXT NOT NULL,
  extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS phases_document ON phases (document_id);

CREATE TABLE IF NOT EXISTS parties (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'group', 'org', 'role')),
  role TEXT,
  group_name TEXT,
  evidence TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  section_path TEXT NOT NULL,
  extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS parties_document ON parties (document_id);

CREATE TABLE IF NOT EXISTS assignments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  party_id INTEGER REFERENCES parties (id) ON DELETE SET NULL,
  party TEXT NOT NULL,
  task TEXT NOT NULL,
  deadline TEXT,
  evidence TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  section_path TEXT NOT NULL,
  extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS assignments_document ON assignments (document_id);

-- Located warnings from any stage (a garbled date, a declared charset that lied).
CREATE TABLE IF NOT EXISTS messages (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  document_id INTEGER REFERENCES documents (id) ON DELETE CASCADE,
  severity TEXT NOT NULL,
  origin TEXT NOT NULL,
  reason TEXT NOT NULL,
  start INTEGER,
  end INTEGER
);

-- Files that could not be ingested, one row per failure, kept across runs.
CREATE TABLE IF NOT EXISTS errors (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  run_id INTEGER REFERENCES runs (id)
);

CREATE VIEW IF NOT EXISTS target_comparison AS
SELECT d.doc, d.title, d.organization, d.province, d.period_start, d.period_end,
       t.indicator, t.indicator_key, t.comparator, t.value, t.value_max, t.unit, t.kind, t.year,
       t.evidence, t.section_path
FROM targets t JOIN documents d ON d.id = t.document_id;

CREATE VIEW IF NOT EXISTS timeline AS
SELECT d.doc, d.title, d.organization, d.province, p.ordinal, p.name, p.start_date, p.end_date,
       CAST(julianday(p.last_day) - julianday(p.first_day) + 1 AS INTEGER) AS days,
       p.evidence
FROM phases p JOIN documents d ON d.id = p.document_id;
