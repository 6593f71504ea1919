import type { RejectReason } from '../errors.js';
import type { RawRow } from '../validate/row.js';

/** One rejected row, as written to the `--rejects` report. */
export interface RejectedRow {
  file: string;
  line: number;
  field: string;
  reason: RejectReason;
  message: string;
  raw: RawRow;
}
