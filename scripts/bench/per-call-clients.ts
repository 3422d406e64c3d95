/** Shared between per-call.ts and its worker: which clients are timed, and the worker's report. */

export const CLIENTS = ["raw", "sdk", "fetch"] as const;
export type ClientId = (typeof CLIENTS)[number];

/** Microseconds per call, one figure per batch, per client. */
export type BatchSamples = Record<ClientId, number[]>;

/** What the worker prints, as one JSON line. */
export interface PerCallReport {
  stub: BatchSamples;
  loopback: BatchSamples;
  /** Loopback rounds completed before the time bound (each round is one batch per client). */
  loopbackBatches: number;
}
