/** `npm run bench` flags and environment variables -> {@link BenchOptions}. Pure. */
import { parseArgs } from "node:util";

/** The measurements, in the order they run. */
export const SECTIONS = ["generate", "typecheck", "per-call", "bundle", "mock", "unchanged"] as const;
export type Section = (typeof SECTIONS)[number];

/** Every count the bench uses, with defaults chosen so a full run takes under 10 minutes on 2 busy cores. */
export interface BenchOptions {
  /** Timed generation runs per tool and spec (each a fresh process). @default 4 (env BENCH_RUNS) */
  readonly runs: number;
  /** Untimed runs of every tool on the canonical spec before the timed ones (fills the disk and tsx caches). @default 1 (env BENCH_WARMUP) */
  readonly warmup: number;
  /** Timed `tsc --noEmit` runs per project. @default 5 (env BENCH_TSC_RUNS) */
  readonly tscRuns: number;
  /** Batches per client in the per-call benchmark; the reported figure is the median batch. @default 15 (env BENCH_BATCHES) */
  readonly batches: number;
  /** Calls per batch with the stubbed fetch. @default 2000 (env BENCH_STUB_CALLS) */
  readonly stubCalls: number;
  /** Calls per batch over loopback HTTP. @default 200 (env BENCH_LOOPBACK_CALLS) */
  readonly loopbackCalls: number;
  /** Upper bound on the whole loopback benchmark, in seconds; batches stop when it is spent. @default 30 (env BENCH_LOOPBACK_SECONDS) */
  readonly loopbackSeconds: number;
  /** How long the mock server is loaded, in seconds. @default 10 (env BENCH_MOCK_SECONDS) */
  readonly mockSeconds: number;
  /** Concurrent connections held open against the mock server. @default 10 (env BENCH_MOCK_CONNECTIONS) */
  readonly mockConnections: number;
  /** Timed runs of an unchanged `npm run generate`. @default 5 (env BENCH_UNCHANGED_RUNS) */
  readonly unchangedRuns: number;
  /** Longest any one process (a generation, a tsc run) may take before it is killed and reported as failed. @default 45 (env BENCH_TIMEOUT_SECONDS) */
  readonly timeoutSeconds: number;
  /** Flavors our pipeline renders in the generation, tsc and bundle sections. @default [] = every registered flavor (env BENCH_FLAVORS, comma-separated) */
  readonly flavors: readonly string[];
  /** Sections to run. @default every section (env BENCH_ONLY, comma-separated) */
  readonly sections: readonly Section[];
  /** Where the report goes, relative to the project root; `""` writes none. @default "BENCHMARKS.md" (env BENCH_REPORT) */
  readonly report: string;
  readonly help: boolean;
}

export const BENCH_DEFAULTS = {
  runs: 4,
  warmup: 1,
  tscRuns: 5,
  batches: 15,
  stubCalls: 2000,
  loopbackCalls: 200,
  loopbackSeconds: 30,
  mockSeconds: 10,
  mockConnections: 10,
  unchangedRuns: 5,
  timeoutSeconds: 45,
  report: "BENCHMARKS.md",
} as const;

/** Numeric options: flag name, environment variable, smallest allowed value. */
const COUNTS = {
  runs: { flag: "runs", env: "BENCH_RUNS", min: 1 },
  warmup: { flag: "warmup", env: "BENCH_WARMUP", min: 0 },
  tscRuns: { flag: "tsc-runs", env: "BENCH_TSC_RUNS", min: 1 },
  batches: { flag: "batches", env: "BENCH_BATCHES", min: 1 },
  stubCalls: { flag: "stub-calls", env: "BENCH_STUB_CALLS", min: 1 },
  loopbackCalls: { flag: "loopback-calls", env: "BENCH_LOOPBACK_CALLS", min: 1 },
  loopbackSeconds: { flag: "loopback-seconds", env: "BENCH_LOOPBACK_SECONDS", min: 1 },
  mockSeconds: { flag: "mock-seconds", env: "BENCH_MOCK_SECONDS", min: 1 },
  mockConnections: { flag: "mock-connections", env: "BENCH_MOCK_CONNECTIONS", min: 1 },
  unchangedRuns: { flag: "unchanged-runs", env: "BENCH_UNCHANGED_RUNS", min: 1 },
  timeoutSeconds: { flag: "timeout-seconds", env: "BENCH_TIMEOUT_SECONDS", min: 1 },
} as const satisfies Record<string, { flag: string; env: string; min: number }>;

type CountName = keyof typeof COUNTS;

export const BENCH_HELP = `Usage: npm run bench -- [options]     (each option also reads the environment variable shown)

${Object.entries(COUNTS)
  .map(([name, { flag, env }]) => `  --${flag.padEnd(18)} N  ${env.padEnd(24)} default ${BENCH_DEFAULTS[name as CountName]}`)
  .join("\n")}
  --only ${"LIST".padEnd(16)} BENCH_ONLY               sections to run, comma-separated: ${SECTIONS.join(", ")}
  --flavors ${"LIST".padEnd(13)} BENCH_FLAVORS            our flavors to render, comma-separated (default: every registered flavor)
  --report ${"FILE".padEnd(14)} BENCH_REPORT             report file (default BENCHMARKS.md); --no-report writes none
  --help
`;

function parseCount(name: CountName, raw: string | undefined): number {
  const { flag, env, min } = COUNTS[name];
  if (raw === undefined) return BENCH_DEFAULTS[name];
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`--${flag} (${env}) expects a whole number >= ${min}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function parseSections(raw: string | undefined): Section[] {
  if (raw === undefined || raw.trim() === "") return [...SECTIONS];
  const names = raw.split(",").map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!(SECTIONS as readonly string[]).includes(name)) throw new RangeError(`--only: unknown section ${JSON.stringify(name)} (known: ${SECTIONS.join(", ")})`);
  }
  return SECTIONS.filter((section) => names.includes(section));
}

/** Flags win over environment variables, which win over defaults. @throws RangeError naming the bad option */
export function parseBenchOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...Object.fromEntries(Object.values(COUNTS).map(({ flag }) => [flag, { type: "string" as const }])),
      only: { type: "string" },
      flavors: { type: "string" },
      report: { type: "string" },
      "no-report": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  const raw = (name: CountName): string | undefined => {
    const value = (values as Record<string, unknown>)[COUNTS[name].flag];
    return typeof value === "string" ? value : env[COUNTS[name].env];
  };
  const only = typeof values.only === "string" ? values.only : env.BENCH_ONLY;
  const report = values["no-report"] === true ? "" : typeof values.report === "string" ? values.report : (env.BENCH_REPORT ?? BENCH_DEFAULTS.report);
  return {
    runs: parseCount("runs", raw("runs")),
    warmup: parseCount("warmup", raw("warmup")),
    tscRuns: parseCount("tscRuns", raw("tscRuns")),
    batches: parseCount("batches", raw("batches")),
    stubCalls: parseCount("stubCalls", raw("stubCalls")),
    loopbackCalls: parseCount("loopbackCalls", raw("loopbackCalls")),
    loopbackSeconds: parseCount("loopbackSeconds", raw("loopbackSeconds")),
    mockSeconds: parseCount("mockSeconds", raw("mockSeconds")),
    mockConnections: parseCount("mockConnections", raw("mockConnections")),
    unchangedRuns: parseCount("unchangedRuns", raw("unchangedRuns")),
    timeoutSeconds: parseCount("timeoutSeconds", raw("timeoutSeconds")),
    flavors: (typeof values.flavors === "string" ? values.flavors : (env.BENCH_FLAVORS ?? ""))
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
    sections: parseSections(only),
    report,
    help: values.help === true,
  };
}

/** The options that differ from the defaults, as flags, for the report's "command" line. */
export function describeNonDefaults(options: BenchOptions): string[] {
  const flags: string[] = [];
  for (const [name, { flag }] of Object.entries(COUNTS) as [CountName, (typeof COUNTS)[CountName]][]) {
    if (options[name] !== BENCH_DEFAULTS[name]) flags.push(`--${flag} ${options[name]}`);
  }
  if (options.flavors.length > 0) flags.push(`--flavors ${options.flavors.join(",")}`);
  if (options.sections.length !== SECTIONS.length) flags.push(`--only ${options.sections.join(",")}`);
  return flags;
}
