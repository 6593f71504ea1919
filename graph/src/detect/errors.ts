import { GraphError } from '../errors.js';

/** config/domain.json is missing or does not validate; names the file and the bad field. */
export class DetectionConfigError extends GraphError {
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super('DETECTION_CONFIG', `${file}: ${message}`, options);
    this.file = file;
  }
}

/** A pattern file's `//` header breaks the contract (missing field, bad parameter line). */
export class PatternHeaderError extends GraphError {
  readonly patternFile: string;
  readonly line: number;
  constructor(patternFile: string, line: number, message: string) {
    super('PATTERN_HEADER', `${patternFile}:${line}: ${message}`);
    this.patternFile = patternFile;
    this.line = line;
  }
}

/** No pattern with this id in cypher/patterns. */
export class UnknownPatternError extends GraphError {
  readonly patternId: string;
  constructor(patternId: string) {
    super('UNKNOWN_PATTERN', `no pattern "${patternId}" in cypher/patterns`);
    this.patternId = patternId;
  }
}

/** A pattern parameter has the wrong type or is unknown to the pattern. */
export class PatternParamError extends GraphError {
  readonly patternId: string;
  readonly param: string;
  constructor(patternId: string, param: string, message: string) {
    super('PATTERN_PARAM', `pattern "${patternId}", parameter "${param}": ${message}`);
    this.patternId = patternId;
    this.param = param;
  }
}

/** A pattern returned a row without the contract's columns. */
export class PatternResultError extends GraphError {
  readonly patternId: string;
  constructor(patternId: string, message: string) {
    super('PATTERN_RESULT', `pattern "${patternId}": ${message}`);
    this.patternId = patternId;
  }
}

/** No persisted network with this id. */
export class NetworkNotFoundError extends GraphError {
  readonly networkId: string;
  constructor(networkId: string) {
    super('NETWORK_NOT_FOUND', `no network "${networkId}"`);
    this.networkId = networkId;
  }
}
