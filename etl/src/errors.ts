/**
 * Typed errors of the loader. Each carries what a user needs to fix the input: the file, and
 * where it applies the line and the field. `code` is stable; nothing matches on message text.
 */
export class EtlError extends Error {
  readonly code: string;
  readonly file: string | undefined;
  constructor(code: string, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(`etl: ${message}`, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.file = options.file;
  }
}

/** The drop folder cannot be read at all. */
export class DropUnreadableError extends EtlError {
  constructor(dir: string, cause: unknown) {
    super('DROP_UNREADABLE', `cannot read the drop folder ${dir}`, { cause });
  }
}

/** One problem with a file of the drop found before loading (header, encoding). */
export interface FileProblem {
  file: string;
  problem: 'missing-columns' | 'encoding' | 'empty' | 'syntax';
  /** What is wrong and what to do about it, one sentence. */
  message: string;
}

/**
 * The drop cannot be loaded as delivered: every file with a problem is listed, so the
 * supplier can fix them all in one round.
 */
export class DropHeaderError extends EtlError {
  readonly problems: readonly FileProblem[];
  constructor(problems: readonly FileProblem[]) {
    super(
      'DROP_INVALID',
      `the drop cannot be loaded, nothing was written:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`,
      problems[0] ? { file: problems[0].file } : {},
    );
    this.problems = problems;
  }
}

/** Why a row was rejected (stable codes, used in the rejects report and by tests). */
export type RejectReason =
  | 'required'
  | 'iin-format'
  | 'iin-control-digit'
  | 'iin-date'
  | 'iin-century'
  | 'bin-format'
  | 'bin-control-digit'
  | 'bin-entity-type'
  | 'country'
  | 'date'
  | 'datetime'
  | 'enum'
  | 'party'
  | 'rka'
  | 'phone'
  | 'plate'
  | 'passport-no'
  | 'column-count'
  | 'csv-syntax'
  | 'json-syntax';

/** A row failed a check: it is rejected, the rest of the file still loads. */
export class ValidationError extends EtlError {
  readonly field: string;
  readonly reason: RejectReason;
  readonly line: number;
  constructor(file: string, line: number, field: string, reason: RejectReason, detail: string) {
    super('ROW_REJECTED', `${file}:${line} ${field}: ${detail}`, { file });
    this.field = field;
    this.reason = reason;
    this.line = line;
  }
}
