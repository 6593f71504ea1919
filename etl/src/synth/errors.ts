/** A synthetic drop could not be written; `code` says why, the message names the path. */
export class SynthError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(`synth: ${message}`, options);
    this.name = 'SynthError';
    this.code = code;
  }
}
