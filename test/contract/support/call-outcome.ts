/** What one client call came to, whichever flavor made it: the common ground for the assertions. */
export interface CallOutcome {
  /** `success`: the client returned data; `error`: it surfaced the response as its typed API error. */
  kind: "success" | "error";
  status: number;
  headers: Headers;
  /** The decoded data, or the parsed error body. */
  body: unknown;
}
