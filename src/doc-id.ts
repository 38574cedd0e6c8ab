// Article ids (GUIDE.md): the file's path relative to the folder given to ingest, up to the first
// dot of its file name, `#`, the 1-based article index.

/**
 * `000_6a7843488500aee0.txt` → `000_6a7843488500aee0`, `siteA/index.html` → `siteA/index`: the
 * path up to the first dot of its file name. Folders stay in the id so that two `index.html` of two
 * sites are two documents.
 */
export function documentStem(docPath: string): string {
  const slash = docPath.lastIndexOf('/');
  const name = docPath.slice(slash + 1);
  const dot = name.indexOf('.');
  return docPath.slice(0, slash + 1) + (dot > 0 ? name.slice(0, dot) : name);
}

/**
 * Stems to try, in order, when the file's own stem is taken by another file's articles (two dumps
 * of one layout, ingested from two folders): the stem with more and more of the folders above it,
 * then the stem marked with the file's row id, which no other file has.
 */
export function fallbackStems(stem: string, absolutePath: string, fileId: number): string[] {
  const folders = absolutePath.split('/').slice(1, -1);
  const depth = stem.split('/').length - 1;
  const above = folders.slice(0, folders.length - depth);
  const tries: string[] = [];
  for (let i = above.length - 1; i >= 0; i--) tries.push(`${above.slice(i).join('/')}/${stem}`);
  tries.push(`${stem}~${fileId}`);
  return tries;
}
