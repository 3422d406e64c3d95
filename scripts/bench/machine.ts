/** What the numbers were measured on, and with which versions. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { installedVersion, PROJECT_ROOT } from "./tools.js";

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  readonly os: string;
  readonly node: string;
  readonly npm: string;
  /** 1-minute load average when the bench started: other work on the box skews every number. */
  readonly loadAverage: number;
}

function quiet(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: PROJECT_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

function osName(): string {
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1];
    if (pretty) return `${pretty} (kernel ${os.release()})`;
  } catch {
    // not Linux, or no os-release
  }
  return `${os.type()} ${os.release()}`;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: osName(),
    node: process.version,
    npm: quiet("npm", ["--version"]),
    loadAverage: os.loadavg()[0] ?? 0,
  };
}

/**
 * Samples the 1-minute load average every few seconds while the bench runs: on a shared box, other
 * work inflates every absolute figure, and the report should say how busy it was.
 */
export function sampleLoadAverage(everyMs = 5_000): { stop(): number[] } {
  const samples = [os.loadavg()[0] ?? 0];
  const timer = setInterval(() => samples.push(os.loadavg()[0] ?? 0), everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      samples.push(os.loadavg()[0] ?? 0);
      return samples;
    },
  };
}

/**
 * The commit measured, with "+ uncommitted changes" when the tree differs from it. BENCHMARKS.md
 * does not count: it is what the bench writes, and a previous run's copy changes nothing measured.
 */
export function revision(): string {
  const head = quiet("git", ["rev-parse", "--short", "HEAD"]);
  const dirty = quiet("git", ["status", "--porcelain", "--", ".", ":(exclude)BENCHMARKS.md"]);
  return dirty && dirty !== "unknown" ? `${head} + uncommitted changes` : head;
}

/** Every tool whose version matters to a number here. */
export const MEASURED_PACKAGES = [
  "openapi-typescript",
  "@hey-api/openapi-ts",
  "orval",
  "openapi-fetch",
  "typescript",
  "esbuild",
  "@redocly/cli",
  "@stoplight/prism-cli",
  "autocannon",
  "tsx",
] as const;

export function toolVersions(): Array<{ name: string; version: string }> {
  return MEASURED_PACKAGES.map((name) => ({ name, version: installedVersion(name) }));
}
