import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { DropHeaderError, type FileProblem } from '../errors.js';
import type { DropFile } from './discover.js';
import { FOREIGNER_REQUIRED, KINDS, type KindSpec } from './kinds.js';

export interface CheckedFile extends DropFile {
  /** Lower-case column names in file order. */
  columns: string[];
  /** sha256 of the bytes. */
  sha256: string;
  /** Number of line breaks (an estimate of the rows, for progress display). */
  lines: number;
}

export interface CheckedDrop {
  files: CheckedFile[];
  /** Content hash of the whole drop (file names and bytes): the `Load.id`. */
  loadId: string;
}

interface Scan {
  sha256: string;
  lines: number;
  firstLine: string;
  encodingProblem: string | null;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Reads a file once: hash, strict UTF-8 check, and its first line. */
async function scan(file: string): Promise<Scan> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let offset = 0;
  let lines = 0;
  let firstLine: string | null = null;
  let head = '';
  let encodingProblem: string | null = null;
  for await (const chunk of createReadStream(file)) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
    if (offset === 0 && (bytes[0] === 0xff || bytes[0] === 0xfe) && encodingProblem === null) {
      encodingProblem = 'it is UTF-16 (byte-order mark FF FE / FE FF)';
    }
    if (encodingProblem === null) {
      try {
        const text = decoder.decode(bytes, { stream: true });
        if (firstLine === null) {
          head += text;
          const end = head.indexOf('\n');
          if (end >= 0) firstLine = head.slice(0, end);
        }
      } catch {
        encodingProblem = `it is not valid UTF-8 (a bad byte within bytes ${offset}-${offset + bytes.length}; Windows-1251 exports look like this)`;
      }
    }
    offset += bytes.length;
  }
  if (encodingProblem === null) {
    try {
      head += decoder.decode();
    } catch {
      encodingProblem = 'it is not valid UTF-8 (it ends inside a multi-byte character)';
    }
  }
  return {
    sha256: hash.digest('hex'),
    lines,
    firstLine: (firstLine ?? head).replace(/\r$/, ''),
    encodingProblem,
  };
}

function headerColumns(file: DropFile, firstLine: string): string[] {
  const line = firstLine.startsWith('\ufeff') ? firstLine.slice(1) : firstLine;
  if (file.format === 'jsonl') {
    const parsed: unknown = JSON.parse(line);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new SyntaxError('the first line is not a JSON object');
    }
    return Object.keys(parsed).map((c) => c.trim().toLowerCase());
  }
  const rows = parse(line, { relax_quotes: true }) as string[][];
  return (rows[0] ?? []).map((c) => c.trim().toLowerCase());
}

/** The required columns missing from a header (a party needs its `_iin` or `_bin` column). */
export function missingColumns(spec: KindSpec, columns: readonly string[]): string[] {
  const have = new Set(columns);
  const missing = spec.required.filter((c) => !have.has(c));
  if (spec.foreigner === 'required')
    missing.push(...FOREIGNER_REQUIRED.filter((c) => !have.has(c)));
  const party = spec.party;
  if (
    party?.required === 'always' &&
    !have.has(`${party.prefix}_iin`) &&
    !have.has(`${party.prefix}_bin`)
  ) {
    missing.push(`${party.prefix}_iin or ${party.prefix}_bin`);
  }
  return missing;
}

/**
 * Checks every file of the drop before a single row is loaded: valid UTF-8, a header, and
 * the required columns of its kind. All problems are collected and thrown together as a
 * DropHeaderError; otherwise returns the files with their columns and the drop's load id.
 */
export async function preflight(files: readonly DropFile[]): Promise<CheckedDrop> {
  const problems: FileProblem[] = [];
  const checked: CheckedFile[] = [];
  const dropHash = createHash('sha256');
  for (const file of files) {
    const { sha256, lines, firstLine, encodingProblem } = await scan(file.path);
    dropHash.update(`${file.name}\0${sha256}\n`);
    if (encodingProblem) {
      problems.push({
        file: file.name,
        problem: 'encoding',
        message: `${encodingProblem}; save it as UTF-8 and deliver it again`,
      });
      continue;
    }
    if (firstLine.replace(UTF8_BOM.toString('utf8'), '').trim() === '') {
      problems.push({ file: file.name, problem: 'empty', message: 'the file has no header line' });
      continue;
    }
    let columns: string[];
    try {
      columns = headerColumns(file, firstLine);
    } catch (error) {
      problems.push({
        file: file.name,
        problem: 'syntax',
        message: `the header cannot be read (${(error as Error).message})`,
      });
      continue;
    }
    const missing = missingColumns(KINDS[file.kind], columns);
    if (missing.length > 0) {
      problems.push({
        file: file.name,
        problem: 'missing-columns',
        message: `missing required column(s) ${missing.join(', ')} for kind "${file.kind}"; add them to the header line (names are case-insensitive)`,
      });
      continue;
    }
    checked.push({ ...file, columns, sha256, lines });
  }
  if (problems.length > 0) throw new DropHeaderError(problems);
  return { files: checked, loadId: dropHash.digest('hex').slice(0, 20) };
}
