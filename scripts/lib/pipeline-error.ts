/**
 * An error the pipeline expects and explains: bad input, a bad flag, a stale file. The CLI prints
 * its message (which names the place: file:line:col or a JSON pointer) without a stack trace and
 * exits non-zero; anything else is a bug and keeps its stack.
 */
export class PipelineError extends Error {
  override readonly name = "PipelineError";
  constructor(
    message: string,
    /** Where the problem is: `file:line:col`, a JSON pointer, or a flag name. */
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
  }
}
