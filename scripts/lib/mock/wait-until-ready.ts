import { PipelineError } from "../pipeline-error.js";

export interface WaitUntilReadyOptions {
  /** Give up after this long. @default 30_000 */
  timeoutMs?: number;
  /** Pause between attempts. @default 100 */
  intervalMs?: number;
  /** Rejects (e.g. when the server process exits) to stop waiting early. */
  abandon?: Promise<never>;
  /** The probe request's method and headers. @default a plain GET */
  request?: { method?: string; headers?: Record<string, string> };
}

/**
 * Resolves once `url` answers HTTP at all (any status: Prism answers `/` with a 404 problem). Only a
 * refused or reset connection means "not yet".
 *
 * @throws {@link PipelineError} after `timeoutMs`, or the reason `abandon` rejected with.
 */
export async function waitUntilReady(url: string, options: WaitUntilReadyOptions = {}): Promise<void> {
  const { timeoutMs = 30_000, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  let abandoned: unknown;
  let gaveUp = false;
  options.abandon?.catch((reason: unknown) => {
    abandoned = reason;
    gaveUp = true;
  });
  let lastError: unknown;
  while (!gaveUp && Date.now() < deadline) {
    try {
      const response = await fetch(url, { ...options.request, signal: AbortSignal.timeout(Math.max(1, Math.min(2_000, deadline - Date.now()))) });
      await response.body?.cancel();
      return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  if (gaveUp) throw abandoned;
  const cause = (lastError as { cause?: { code?: string } } | undefined)?.cause?.code ?? String(lastError);
  throw new PipelineError(`no answer from ${url} within ${timeoutMs} ms (last attempt: ${cause})`);
}
