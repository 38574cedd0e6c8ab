import { PlanmineError } from './errors.js';
import type { FileRows } from './db/file-rows.js';

/**
 * What processing a file gives back across a worker boundary. Errors lose their class when
 * structured-cloned, so a failure travels as a value with its stage and reason.
 */
export type ProcessResult = { ok: true; file: FileRows } | { ok: false; stage: string; reason: string };

export function failureOf(err: unknown): { ok: false; stage: string; reason: string } {
  if (err instanceof PlanmineError) return { ok: false, stage: err.stage, reason: err.reason };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, stage: 'parse', reason: `unexpected error while parsing: ${message}` };
}
