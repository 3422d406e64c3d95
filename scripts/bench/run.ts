/**
 * `npm run bench`: how fast the generator, its output and the mock are, against peers, in one run.
 *
 *   npm run bench                          every section, default counts (under 10 minutes on 2 cores)
 *   npm run bench -- --runs 3 --tsc-runs 3 fewer runs
 *   npm run bench -- --only per-call,bundle  some sections only
 *   npm run bench -- --help                every count, its environment variable and default
 *
 * Prints each table as it is measured, then the targets, and writes BENCHMARKS.md.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { FLAVORS } from "../lib/flavors/index.js";
import { runMain } from "../lib/run-main.js";
import { benchBundleSize } from "./bundle-size.js";
import { benchGeneration, generationRatio } from "./generation.js";
import { machineInfo, revision, sampleLoadAverage, toolVersions } from "./machine.js";
import { benchMock } from "./mock-throughput.js";
import { BENCH_HELP, describeNonDefaults, parseBenchOptions, type Section } from "./options.js";
import { flavorFallbacks, selectOurFlavors } from "./our-flavors.js";
import { benchPerCall } from "./per-call.js";
import {
  bundleTable,
  busyMachineWarning,
  fallbackLines,
  generationRatioTable,
  generationTable,
  mockTable,
  perCallTables,
  renderReport,
  stepTable,
  targetsTable,
  typecheckRatioTable,
  typecheckTable,
  unchangedTable,
} from "./report.js";
import { median, pairwiseDifferences, pairwiseRatios } from "./stats.js";
import { renderSection, type Table } from "./table.js";
import { setDefaultTimeoutMs } from "./time-process.js";
import { checkTargets, type TargetInputs } from "./targets.js";
import { installedVersion, PROJECT_ROOT } from "./tools.js";
import { benchTypecheck } from "./typecheck.js";
import { benchUnchanged } from "./unchanged-generate.js";

/** Why each peer is pinned where it is; shown only while that version is the one installed. */
const PEER_CHOICES = [
  { name: "@hey-api/openapi-ts", version: "0.95.0", why: "@hey-api/openapi-ts 0.95.0 is the newest whose `engines` allow Node 20 (`>=20.19.0`); 0.96.x–0.97.x need `>=22.13.0`, 0.98.0 and later `>=22.18.0`." },
  { name: "orval", version: "7.13.2", why: "orval 7.13.2 is the newest that declares no Node 22 floor; every release from 7.14.0 to 8.x needs `>=22.18.0`." },
  { name: "openapi-typescript", version: "7.13.0", why: "openapi-typescript 7.13.0 is the newest release and is what our pipeline itself runs, so \"alone\" means the same code without the rest of our pipeline." },
  { name: "autocannon", version: "9.0.0", why: "autocannon 9.0.0 (the load generator) is the newest and declares no engines floor." },
] as const;

function peerChoices(): string[] {
  return PEER_CHOICES.filter(({ name, version }) => installedVersion(name) === version).map(({ why }) => why);
}

await runMain(async () => {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  if (options.help) {
    process.stdout.write(BENCH_HELP);
    return;
  }
  selectOurFlavors(options.flavors);
  setDefaultTimeoutMs(options.timeoutSeconds * 1000);
  const started = performance.now();
  const machine = machineInfo();
  const load = sampleLoadAverage();
  const log = (line: string) => console.log(line);
  const tables: Table[] = [];
  const show = (table: Table) => {
    tables.push(table);
    console.log(`\n${renderSection(table)}`);
  };
  const inputs: TargetInputs = {};
  const failedSections: string[] = [];

  console.log(`bench: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load average ${machine.loadAverage.toFixed(2)}`);
  console.log(`bench: flavors registered: ${FLAVORS.map((flavor) => flavor.name).join(", ")}${options.flavors.length ? `; rendering only ${options.flavors.join(", ")}` : ""}`);

  /** Each section measures, shows its tables and fills its target inputs; a failure is reported and the next section runs. */
  const sections: Record<Section, { title: string; run: () => Promise<void> }> = {
    generate: {
      title: `generation: ${options.warmup} warm-up run(s) per tool on the canonical spec, then ${options.runs} timed runs per tool and spec`,
      run: async () => {
        const result = await benchGeneration({ runs: options.runs, warmup: options.warmup, log });
        show(generationTable(result));
        show(generationRatioTable(result));
        show(stepTable(result));
        const noLint = generationRatio(result, "clerk", ["ours-no-lint", "openapi-typescript"]);
        const withLint = generationRatio(result, "clerk", ["ours", "openapi-typescript"]);
        if (noLint) inputs.noLintVsOpenapiTypescript = noLint.median;
        if (withLint) inputs.lintVsOpenapiTypescript = withLint.median;
      },
    },
    typecheck: {
      title: `tsc --noEmit: 1 warm-up + ${options.tscRuns} timed runs per project`,
      run: async () => {
        const result = await benchTypecheck({ runs: options.tscRuns, log });
        show(typecheckTable(result));
        show(typecheckRatioTable(result));
        const ms = (id: string) => result.samples.get(id)!.map((sample) => sample.ms);
        const sdk = result.projects.find((project) => project.id === "ours-sdk");
        if (sdk) {
          inputs.tscSdkVsPeers = result.projects
            .filter((project) => project.config === "shared" && project.id !== "empty")
            .map((peer) => ({ peer: peer.id, ratio: median(pairwiseRatios(ms(sdk.id), ms(peer.id))) }));
        }
      },
    },
    "per-call": {
      title: `per-call: ${options.batches} batches; ${options.stubCalls} stubbed calls, ${options.loopbackCalls} loopback calls per batch (loopback bounded to ${options.loopbackSeconds} s)`,
      run: async () => {
        const report = await benchPerCall(options);
        for (const table of perCallTables(report, options)) show(table);
        inputs.sdkStubOverheadUs = median(pairwiseDifferences(report.stub.sdk, report.stub.raw));
      },
    },
    bundle: {
      title: "bundle size: esbuild, minified, ESM, platform browser, gzip -9",
      run: async () => {
        const sizes = await benchBundleSize();
        show(bundleTable(sizes));
        const sdkApp = sizes.find((size) => size.app.id === "ours-sdk");
        if (sdkApp) inputs.sdkAppGzipBytes = sdkApp.gzipBytes;
      },
    },
    mock: {
      title: `mock: Prism, ${options.mockConnections} connections for ${options.mockSeconds} s`,
      run: async () => show(mockTable(await benchMock({ seconds: options.mockSeconds, connections: options.mockConnections, log }))),
    },
    unchanged: {
      title: `unchanged spec: 1 untimed + ${options.unchangedRuns} timed runs of npm run generate`,
      run: async () => {
        const result = await benchUnchanged({ runs: options.unchangedRuns, log });
        show(unchangedTable(result));
        const skipped = result.viaNpm.filter((run) => run.skipped);
        inputs.unchangedGenerate = {
          ms: median((skipped.length ? skipped : result.viaNpm).map((run) => run.ms)),
          skippedRuns: skipped.length,
          runs: result.viaNpm.length,
        };
      },
    },
  };

  for (const name of options.sections) {
    const { title, run } = sections[name];
    console.log(`\n== ${title} (${new Date().toISOString().slice(11, 19)})`);
    try {
      await run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`bench: section ${name} failed: ${message}`);
      failedSections.push(`${name}: ${message.split("\n").filter(Boolean).slice(0, 6).join(" / ")}`);
    }
  }

  const loadSamples = load.stop();
  const busy = busyMachineWarning(machine.cores, loadSamples);
  if (busy) console.log(`bench: ${busy}`);
  for (const line of fallbackLines(flavorFallbacks())) console.log(`bench: ${line}`);
  const targets = checkTargets(inputs);
  console.log(`\n${renderSection(targetsTable(targets))}`);

  if (options.report) {
    const file = path.resolve(PROJECT_ROOT, options.report);
    const nonDefaults = describeNonDefaults(options);
    const report = renderReport({
      date: new Date().toISOString(),
      command: ["npm run bench", ...(nonDefaults.length ? ["--", ...nonDefaults] : [])].join(" "),
      revision: revision(),
      machine,
      loadSamples,
      versions: toolVersions(),
      peerChoices: peerChoices(),
      flavors: FLAVORS.map((flavor) => flavor.name),
      durationS: (performance.now() - started) / 1000,
      targets,
      tables,
      failedSections,
      fallbacks: flavorFallbacks(),
    });
    await writeFile(file, report);
    console.log(`bench: wrote ${path.relative(PROJECT_ROOT, file)} (${Math.round((performance.now() - started) / 1000)} s)`);
  }
  if (failedSections.length > 0) process.exitCode = 1;
});
