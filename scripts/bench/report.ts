/** Results -> tables -> BENCHMARKS.md. Pure: no measuring, no I/O. */
import { GENERATION_RATIOS, GENERATORS, generationRatio, STARTUP_STEP, TOTAL_STEP, type GenerationResult } from "./generation.js";
import type { MachineInfo } from "./machine.js";
import type { FlavorFallback } from "./our-flavors.js";
import type { MockThroughput } from "./mock-throughput.js";
import { CLIENTS, type PerCallReport } from "./per-call.js";
import type { BundleSize } from "./bundle-size.js";
import { median, pairwiseDifferences, pairwiseRatios, summarize } from "./stats.js";
import { formatBytes, formatMs, formatRatio, formatUs, renderSection, renderTable, type Table } from "./table.js";
import type { TargetCheck } from "./targets.js";
import type { TypecheckResult } from "./typecheck.js";
import type { UnchangedResult } from "./unchanged-generate.js";
import { generateScript } from "./tools.js";

export function generationTable(result: GenerationResult): Table {
  const rows: string[][] = [];
  for (const spec of result.specs) {
    for (const generator of GENERATORS) {
      const failure = result.failures.get(spec.id)?.get(generator.id);
      if (failure !== undefined) {
        rows.push([spec.id, generator.label, "failed", "failed", "failed", "0"]);
        continue;
      }
      const { min, median: mid, max, n } = summarize(result.samples.get(spec.id)!.get(generator.id)!);
      rows.push([spec.id, generator.label, formatMs(min), formatMs(mid), formatMs(max), String(n)]);
    }
  }
  return {
    title: "1. Generation time (wall clock, one fresh process per run)",
    headers: ["spec", "tool", "min", "median", "max", "runs"],
    align: ["left", "left", "right", "right", "right", "right"],
    rows,
    notes: [
      "Each run spawns the tool's own CLI with this Node (no shell, no npx) into an emptied folder; the clock runs from just before spawn to exit, so start-up is included for every tool.",
      `Ours runs \`${generateScript()}\` (what \`npm run generate\` runs, without npm's own ~0.3 s) on the spec itself: lint, bundle, types, model, every registered flavor (those that fail on a spec are dropped for it; see the top of this file), write. The other tools read one document: the vendor file as published, or for the split canonical spec our bundle of it.`,
      "openapi-typescript runs on its defaults (its built-in `minimal` Redocly rules) from a folder with no config file in it; @hey-api/openapi-ts on its defaults (types, sdk, fetch client); orval with `--client fetch` (its default client is axios).",
      "Runs are interleaved: run i of every tool on a spec is taken before run i+1 of any.",
      `Flavors our CLI rendered (as it announced them): ${result.flavorsSeen.map((flavors) => `\`${flavors}\``).join("; then ") || "none seen"}.`,
      ...[...result.failures].flatMap(([specId, byTool]) =>
        [...byTool].map(([tool, message]) => `**${tool} failed on ${specId}** (not run again on it): ${message.replace(/`/g, "'")}`),
      ),
    ],
  };
}

export function generationRatioTable(result: GenerationResult): Table {
  const rows: string[][] = [];
  for (const spec of result.specs) {
    for (const pair of GENERATION_RATIOS) {
      const ratio = generationRatio(result, spec.id, pair);
      const cells = ratio ? [formatRatio(ratio.min), formatRatio(ratio.median), formatRatio(ratio.max)] : ["—", "—", "—"];
      rows.push([spec.id, `${pair[0]} / ${pair[1]}`, ...cells]);
    }
  }
  return {
    title: "1b. Generation time ratios (pair by pair: run i of A / run i of B)",
    headers: ["spec", "A / B", "min", "median", "max"],
    align: ["left", "left", "right", "right", "right"],
    rows,
  };
}

export function stepTable(result: GenerationResult): Table {
  const specs = result.specs;
  const columns = specs.flatMap((spec) => (["ours", "ours-no-lint"] as const).map((id) => ({ spec, id })));
  const steps: string[] = [];
  for (const { spec, id } of columns) {
    for (const step of result.steps.get(spec.id)?.get(id)?.keys() ?? []) if (!steps.includes(step)) steps.push(step);
  }
  const ordered = [...steps.filter((step) => step !== TOTAL_STEP && step !== STARTUP_STEP), TOTAL_STEP, STARTUP_STEP].filter((step) => steps.includes(step));
  return {
    title: "1c. Our pipeline step by step (median ms of the timed runs, as the CLI prints them)",
    headers: ["step", ...columns.map(({ spec, id }) => `${spec.id}${id === "ours" ? "" : " no-lint"}`)],
    rows: ordered.map((step) => [
      step,
      ...columns.map(({ spec, id }) => {
        const value = result.steps.get(spec.id)?.get(id)?.get(step);
        return value === undefined ? "—" : String(Math.round(value));
      }),
    ]),
    notes: [
      "`types` and `model` run concurrently, so the steps add up to a little more than the total.",
      `"${STARTUP_STEP}" is the time before the CLI starts its clock and after it stops: starting Node, tsx compiling the CLI, loading modules.`,
    ],
  };
}

export function typecheckTable(result: TypecheckResult): Table {
  const baseline = result.samples.get("empty")!.map((sample) => sample.ms);
  return {
    title: "2. `tsc --noEmit` on the Clerk spec's generated code",
    headers: ["project", "tsconfig", "errors", "min", "median", "max", "median − empty project"],
    align: ["left", "left", "right", "right", "right", "right", "right"],
    rows: result.projects.map((project) => {
      const samples = result.samples.get(project.id)!;
      const ms = samples.map((sample) => sample.ms);
      const { min, median: mid, max } = summarize(ms);
      const net = project.id === "empty" ? "—" : formatMs(median(pairwiseDifferences(ms, baseline)));
      return [project.label, project.config === "own" ? "its own (strict)" : "shared strict", String(samples[0]?.errors ?? 0), formatMs(min), formatMs(mid), formatMs(max), net];
    }),
    notes: [
      "Shared strict config: `strict`, ES2022 + DOM libs, `moduleResolution: Bundler`, `skipLibCheck`, no `types`. Ours use the tsconfig each package ships (strict plus `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess` and more, `NodeNext`).",
      ...[...result.firstErrors].map(([id, lines]) => `${id} does not type-check cleanly; first errors: ${lines.map((line) => `\`${line.trim()}\``).join("; ")}`),
    ],
  };
}

export function typecheckRatioTable(result: TypecheckResult): Table {
  const ours = result.projects.filter((project) => project.config === "own");
  const peers = result.projects.filter((project) => project.config === "shared" && project.id !== "empty");
  const baseline = result.samples.get("empty")!.map((sample) => sample.ms);
  const ms = (id: string) => result.samples.get(id)!.map((sample) => sample.ms);
  const rows: string[][] = [];
  for (const own of ours) {
    for (const peer of peers) {
      const { min, median: mid, max } = summarize(pairwiseRatios(ms(own.id), ms(peer.id)));
      const net = median(pairwiseRatios(pairwiseDifferences(ms(own.id), baseline), pairwiseDifferences(ms(peer.id), baseline)));
      rows.push([`${own.label} / ${peer.label}`, formatRatio(min), formatRatio(mid), formatRatio(max), formatRatio(net)]);
    }
  }
  return {
    title: "2b. tsc time ratios (pair by pair; below 1.00x means ours checks faster)",
    headers: ["A / B", "min", "median", "max", "median, empty project subtracted"],
    rows,
  };
}

function perCallTable(title: string, samples: PerCallReport["stub"], notes: string[]): Table {
  const raw = samples.raw;
  return {
    title,
    headers: ["client", "min", "median", "max", "overhead (median − raw)", "overhead, pairwise min / median / max", "batches"],
    rows: CLIENTS.map((id) => {
      const { min, median: mid, max, n } = summarize(samples[id]);
      if (id === "raw") return ["raw fetch", formatUs(min), formatUs(mid), formatUs(max), "—", "—", String(n)];
      const overhead = summarize(pairwiseDifferences(samples[id], raw));
      return [
        `${id} flavor`,
        formatUs(min),
        formatUs(mid),
        formatUs(max),
        formatUs(mid - median(raw)),
        `${formatUs(overhead.min)} / ${formatUs(overhead.median)} / ${formatUs(overhead.max)}`,
        String(n),
      ];
    }),
    notes,
  };
}

export function perCallTables(report: PerCallReport, options: { stubCalls: number; loopbackCalls: number }): Table[] {
  const common =
    "One GET with two path parameters and a JSON response (`getOrganizationInvitation` / `client.GET(\"/v1/organizations/{organization_id}/invitations/{invitation_id}\")`), bearer auth, from the workspace packages `@invitations-api/sdk` and `@invitations-api/fetch`; retries and timeouts at their defaults. Figures are µs per call: each batch's mean, min/median/max over batches.";
  return [
    perCallTable("3a. Per-call cost with `fetch` stubbed (pure client cost)", report.stub, [
      common,
      `The stub returns a fresh \`new Response(json)\` per call; raw = the stub called with the URL and headers, then \`response.json()\`. ${options.stubCalls} sequential calls per batch, a GC before each batch, client order rotated per round.`,
    ]),
    perCallTable("3b. Per-call cost over loopback HTTP (node:http server on 127.0.0.1, keep-alive)", report.loopback, [
      `${options.loopbackCalls} sequential calls per batch through Node's own fetch; the server runs in the same process, so its cost is in every row alike. ${report.loopbackBatches} rounds fitted in the time bound.`,
    ]),
  ];
}

export function bundleTable(sizes: readonly BundleSize[]): Table {
  const raw = sizes.find((size) => size.app.id === "raw");
  return {
    title: "4. One-operation app, bundled (esbuild, minified, ESM, platform browser)",
    headers: ["app", "minified", "gzip -9", "gzip − raw fetch app", "largest inputs (bytes in output)"],
    align: ["left", "right", "right", "right", "left"],
    rows: sizes.map((size) => [
      size.app.label,
      formatBytes(size.minifiedBytes),
      formatBytes(size.gzipBytes),
      raw && size !== raw ? formatBytes(size.gzipBytes - raw.gzipBytes) : "—",
      size.largestInputs.map((input) => `${input.file.replace(/^.*node_modules\//, "").replace(/^.*\.tmp\/bench\/generate\//, "")} ${input.bytes}`).join(", "),
    ]),
    notes: [
      "Each app gets one invitation by id and logs it. Ours import the workspace packages; the peers' apps import their output for the canonical spec; openapi-typescript's row is its types with openapi-fetch, the client its docs pair it with.",
    ],
  };
}

export function mockTable(result: MockThroughput): Table {
  return {
    title: "5. Mock server (Prism) on loopback",
    headers: ["operation", "connections", "duration", "requests", "req/s", "p50", "p99", "max", "non-2xx", "errors", "timeouts"],
    align: ["left", "right", "right", "right", "right", "right", "right", "right", "right", "right", "right"],
    rows: [
      [
        result.operation,
        String(result.connections),
        `${result.seconds} s`,
        result.requests.toLocaleString("en-US"),
        result.requestsPerSecond.toFixed(0),
        `${result.p50Ms} ms`,
        `${result.p99Ms} ms`,
        `${result.maxMs} ms`,
        String(result.non2xx),
        String(result.errors),
        String(result.timeouts),
      ],
    ],
    notes: [
      "Prism started as `npm run mock` starts it (scripts/lib/mock/start-prism.ts) on generated/openapi.yaml, a free port from get-port; load from autocannon in its own process with keep-alive connections and `Authorization: Bearer …`; Prism stopped afterwards. A probe request before the load answered 200.",
    ],
  };
}

export function unchangedTable(result: UnchangedResult): Table {
  const row = (command: string, runs: UnchangedResult["viaNpm"]) => {
    const { min, median: mid, max, n } = summarize(runs.map((run) => run.ms));
    const skipped = runs.filter((run) => run.skipped);
    const skippedMedian = skipped.length ? formatMs(median(skipped.map((run) => run.ms))) : "—";
    return [command, formatMs(min), formatMs(mid), formatMs(max), `${skipped.length} of ${n}`, skippedMedian, runs.at(-1)?.summary ?? ""];
  };
  return {
    title: "6. Unchanged spec: a second `npm run generate` with nothing changed",
    headers: ["command", "min", "median", "max", "runs that skipped the stages", "median of those", "last line printed"],
    align: ["left", "right", "right", "right", "right", "right", "left"],
    rows: [row("npm run generate -- --out .tmp/bench/unchanged", result.viaNpm), row(`${generateScript()} --out .tmp/bench/unchanged (no npm)`, result.viaTsx)],
    notes: [
      "One untimed run first makes the output current; each timed run should then find nothing changed. A run that regenerated found its inputs changed (the cache fingerprints spec/, templates/, scripts/, the lint config and package-lock.json, which others may be editing while the bench runs); the target is judged on the runs that skipped.",
      "The CLI's own figure is on its last line; the rest of the wall time is npm, Node and tsx starting and the CLI's modules loading.",
    ],
  };
}

export function targetsTable(checks: readonly TargetCheck[]): Table {
  return {
    title: "Targets from the issue",
    headers: ["target", "measured", "holds"],
    align: ["left", "left", "left"],
    rows: checks.map((check) => [check.target, check.measured, check.holds === undefined ? "not measured" : check.holds ? "yes" : "**no**"]),
  };
}

export interface ReportInput {
  date: string;
  command: string;
  revision: string;
  machine: MachineInfo;
  /** The 1-minute load average sampled through the run. */
  loadSamples: readonly number[];
  versions: ReadonlyArray<{ name: string; version: string }>;
  peerChoices: readonly string[];
  flavors: readonly string[];
  durationS: number;
  targets: readonly TargetCheck[];
  tables: readonly Table[];
  /** Sections that failed, with why. */
  failedSections: readonly string[];
  /** Specs measured with fewer flavors than are registered, because some failed on them. */
  fallbacks: readonly FlavorFallback[];
}

/** The flavors that failed on a spec: a finding in itself ("any real spec in"). */
export function fallbackLines(fallbacks: readonly FlavorFallback[]): string[] {
  return fallbacks.flatMap((fallback) => [
    ...fallback.failing.map(({ flavor, error }) => `**${flavor} fails on ${fallback.specId}**: ${error.replace(/`/g, "'")}`),
    `${fallback.specId} is therefore measured with ${fallback.used.join(", ")} only (generation, and tsc when it is Clerk).`,
  ]);
}

export function machineTable(input: ReportInput): Table {
  const { machine } = input;
  return {
    title: "Machine",
    headers: ["", "value"],
    align: ["left", "left"],
    rows: [
      ["CPU", `${machine.cpu}, ${machine.cores} cores`],
      ["memory", machine.memory],
      ["OS", machine.os],
      ["Node / npm", `${machine.node} / ${machine.npm}`],
      ["load average (1 min) during the run, min / median / max", loadSummary(input.loadSamples)],
    ],
  };
}

function loadSummary(samples: readonly number[]): string {
  const { min, median: mid, max } = summarize(samples);
  return `${min.toFixed(2)} / ${mid.toFixed(2)} / ${max.toFixed(2)}`;
}

/**
 * A warning when other work ran beside the bench. The bench keeps every core busy itself (tsc,
 * the peers and our own worker all run more than one thread), so the load during it says little
 * alone: the load when it started (`loadSamples[0]`) is others' work, and a median beyond what the
 * bench's own runs explain is too. Alone on 2 cores, its own median was 1.97, 2.58 and 3.19 in
 * three runs: up to twice the cores is the bench itself.
 */
export function busyMachineWarning(cores: number, loadSamples: readonly number[]): string | undefined {
  const atStart = loadSamples[0] ?? 0;
  const load = median(loadSamples);
  if (atStart <= cores * 0.75 && load <= cores * 2) return undefined;
  return `**The machine was busy**: the 1-minute load average was ${atStart.toFixed(1)} when the bench started and ${load.toFixed(1)} (median) during it, on ${cores} cores, more than the bench's own runs explain. Every absolute time below is inflated by it, and the per-call microseconds most of all; the pairwise ratios compare runs taken seconds apart and hold up better. Rerun on a quiet machine for absolute figures.`;
}

/** BENCHMARKS.md */
export function renderReport(input: ReportInput): string {
  const versions: Table = { title: "Tool versions", headers: ["package", "version"], align: ["left", "left"], rows: input.versions.map(({ name, version }) => [name, version]) };
  return `# Benchmarks

Generated by \`npm run bench\` (scripts/bench/). Every figure below comes from the run described here;
rerun it to refresh this file.

- date: ${input.date}
- command: \`${input.command}\`
- revision: ${input.revision}
- flavors registered (\`FLAVORS\` in scripts/lib/flavors/index.ts): ${input.flavors.join(", ")}
- the whole bench took ${Math.round(input.durationS)} s
${busyMachineWarning(input.machine.cores, input.loadSamples) ? `\n${busyMachineWarning(input.machine.cores, input.loadSamples)}\n` : ""}${input.fallbacks.length ? `\n**Flavors that do not generate on a spec** (each tried alone, without lint):\n\n${fallbackLines(input.fallbacks).map((line) => `- ${line}`).join("\n")}\n` : ""}
${renderSection(machineTable(input))}
${renderSection(versions)}
Why these peer versions: ${input.peerChoices.join(" ")}

## Targets from the issue

${renderTable(targetsTable(input.targets))}

## Results
${input.failedSections.length ? `\n**Sections that failed:**\n\n${input.failedSections.map((line) => `- ${line}`).join("\n")}\n` : ""}
${input.tables.map((table) => renderSection(table)).join("\n")}`;
}
