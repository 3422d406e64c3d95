/**
 * An error the pipeline expects and explains: bad input, a bad flag, a stale file. The CLI prints
 * its message (which names the place: file:line:col or a JSON pointer) without a stack trace and
 * exits non-zero; anything else is a bug and keeps its stack.
 */
export class PipelineError extends Error {
  override readonly name = "PipelineError";
  /** What is wrong, without the place. */
  readonly reason: string;
  constructor(
    message: string,
    /** Where the problem is: `file:line:col`, a JSON pointer, or a flag name. */
    readonly where?: string,
    options?: ErrorOptions,
  ) {
    super(where ? `${oneLine(where)}: ${message}` : message, options);
    this.reason = message;
  }
}

/**
 * A place on one line: a JSON pointer may hold any character of a spec's keys, and a CR or LF there
 * would break the one-line error (and forge the next line of output). Control characters and the
 * Unicode line separators are shown as JSON escapes.
 */
export function oneLine(where: string): string {
  const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
  return where.replace(/[\0-\x1f\x7f\u0085\u2028\u2029]/g, (char) => named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
