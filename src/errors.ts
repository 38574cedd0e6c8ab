// One error class per failure a researcher can meet; `reason` is the words shown and stored.

export type FailureStage = 'read' | 'decode' | 'parse' | 'normalize' | 'structure' | 'extract' | 'write' | 'limit';

export class PlanmineError extends Error {
  override name = 'PlanmineError';
  constructor(
    readonly stage: FailureStage,
    readonly reason: string,
    readonly path?: string,
  ) {
    super(path ? `${path}: ${reason}` : reason);
  }
}

/** The file cannot be read as the format it claims or seems to be (truncated, encrypted, not a DOCX…). */
export class UnreadableFileError extends PlanmineError {
  override name = 'UnreadableFileError';
  constructor(reason: string, path?: string) {
    super('parse', reason, path);
  }
}

/** The file is over a configured limit (size, pages, zip entries, time). */
export class LimitExceededError extends PlanmineError {
  override name = 'LimitExceededError';
  constructor(reason: string, path?: string) {
    super('limit', reason, path);
  }
}

/** The file was read but holds no text worth storing (scanned PDF, empty page). */
export class NoTextError extends PlanmineError {
  override name = 'NoTextError';
  constructor(reason: string, path?: string) {
    super('read', reason, path);
  }
}
