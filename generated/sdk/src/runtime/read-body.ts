import { ResponseTooLargeError } from "./errors.js";

/**
 * Reads a response body as UTF-8 text, counting bytes as they stream in. Past `maxBytes` it stops
 * reading, cancels the stream (freeing the connection) and throws {@link ResponseTooLargeError}, so
 * a huge or endless body never sits in memory. `Content-Length` is not trusted: it can be absent,
 * wrong, or describe the compressed size.
 */
export async function readBodyText(response: Response, maxBytes: number, operationId: string): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(response, maxBytes, operationId));
}

/** {@link readBodyText} without the decoding: the body's bytes, with the same limit. */
export async function readBodyBytes(response: Response, maxBytes: number, operationId: string): Promise<Uint8Array<ArrayBuffer>> {
  const body = response.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      throw new ResponseTooLargeError(operationId, response.status, maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
