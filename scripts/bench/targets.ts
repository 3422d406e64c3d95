/** The performance targets, checked against measured figures. Pure. */

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** `undefined` when the section that measures it did not run. */
  readonly holds: boolean | undefined;
}

/** Figures the targets read; each absent when its section did not run. */
export interface TargetInputs {
  /** Median pairwise ratio, ours --no-lint / openapi-typescript, Clerk. */
  noLintVsOpenapiTypescript?: number;
  /** Median pairwise ratio, ours with lint / openapi-typescript, Clerk. */
  lintVsOpenapiTypescript?: number;
  /** Median pairwise ratio of tsc time, our sdk / each peer, Clerk. */
  tscSdkVsPeers?: ReadonlyArray<{ peer: string; ratio: number }>;
  /** Median per-call overhead of the sdk over raw fetch with fetch stubbed, in µs. */
  sdkStubOverheadUs?: number;
  /** Gzipped bytes of the one-operation sdk app. */
  sdkAppGzipBytes?: number;
  /**
   * Median wall time of an unchanged `npm run generate` over the runs that skipped the stages (over
   * all runs when none did), in ms, and how many of how many runs skipped.
   */
  unchangedGenerate?: { ms: number; skippedRuns: number; runs: number };
}

export const TARGETS = {
  noLintRatio: 1.0,
  lintRatio: 1.6,
  sdkOverheadUs: 10,
  /** 1.5 kB, counted as 1 kB = 1000 B (as bundlers and size-limit print it). */
  sdkAppGzipBytes: 1500,
  unchangedMs: 1000,
} as const;

const ratio = (value: number) => `${value.toFixed(2)}x`;

export function checkTargets(inputs: TargetInputs): TargetCheck[] {
  const { noLintVsOpenapiTypescript: noLint, lintVsOpenapiTypescript: lint, tscSdkVsPeers: tsc, sdkStubOverheadUs: overhead, sdkAppGzipBytes: gzip, unchangedGenerate: unchanged } = inputs;
  return [
    {
      target: `Clerk: pipeline without lint <= ${TARGETS.noLintRatio.toFixed(1)}x openapi-typescript alone`,
      measured: noLint === undefined ? "not measured" : `${ratio(noLint)} (median pairwise ratio)`,
      holds: noLint === undefined ? undefined : noLint <= TARGETS.noLintRatio,
    },
    {
      target: `Clerk: whole pipeline with lint <= ${TARGETS.lintRatio.toFixed(1)}x openapi-typescript alone`,
      measured: lint === undefined ? "not measured" : `${ratio(lint)} (median pairwise ratio)`,
      holds: lint === undefined ? undefined : lint <= TARGETS.lintRatio,
    },
    {
      target: "Clerk: tsc on our sdk output faster than on every peer's output",
      measured: tsc === undefined ? "not measured" : tsc.map(({ peer, ratio: value }) => `${ratio(value)} of ${peer}`).join(", "),
      holds: tsc === undefined ? undefined : tsc.every(({ ratio: value }) => value < 1),
    },
    {
      target: `sdk per-call overhead over raw fetch, fetch stubbed, <= ${TARGETS.sdkOverheadUs} µs`,
      measured: overhead === undefined ? "not measured" : `${overhead.toFixed(1)} µs`,
      holds: overhead === undefined ? undefined : overhead <= TARGETS.sdkOverheadUs,
    },
    {
      target: `one-operation sdk app <= ${(TARGETS.sdkAppGzipBytes / 1000).toFixed(1)} kB gzipped`,
      measured: gzip === undefined ? "not measured" : `${gzip} B (${(gzip / 1000).toFixed(2)} kB)`,
      holds: gzip === undefined ? undefined : gzip <= TARGETS.sdkAppGzipBytes,
    },
    {
      target: `unchanged spec: \`npm run generate\` returns in < ${TARGETS.unchangedMs / 1000} s`,
      measured:
        unchanged === undefined
          ? "not measured"
          : unchanged.skippedRuns === 0
            ? `${Math.round(unchanged.ms)} ms (median); no run skipped the stages`
            : `${Math.round(unchanged.ms)} ms (median of the ${unchanged.skippedRuns} of ${unchanged.runs} runs that skipped the stages)`,
      holds: unchanged === undefined ? undefined : unchanged.skippedRuns > 0 && unchanged.ms < TARGETS.unchangedMs,
    },
  ];
}
