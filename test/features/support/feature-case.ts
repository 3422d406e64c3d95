import type { ApiModel } from "../../../scripts/lib/model/api-model.js";
import type { RecordingServer } from "../../support/recording-server.js";

/** A generated sdk operation function (`<name>WithHttpInfo(config, params, options)`), untyped here. */
export type SdkOperation = (config: unknown, params?: object, options?: object) => Promise<{ data: unknown; status: number; headers: Headers }>;

/** The generated sdk of one fixture, imported from `<out>/sdk/src/index.ts` at run time. */
export interface GeneratedSdk {
  /** Everything `index.ts` exports. */
  module: Record<string, unknown>;
  /** `createConfig({ baseUrl: <recording server>, maxRetries: 0, ...options })` of the generated package. */
  config(options?: object): unknown;
  /** The standalone `<name>WithHttpInfo` function; fails the test when the package has none. */
  operation(name: string): SdkOperation;
}

export interface SdkContext {
  sdk: GeneratedSdk;
  /** The fixture's output root (`<out>/sdk`, `<out>/python`, …). */
  outDir: string;
  /** Cleared before each case; replies reset to `200 {}`. */
  server: RecordingServer;
}

/** Code run by an interpreter with the generated package importable; it prints what the case expects. */
export interface InterpreterCheck {
  /** What the check shows, as a test title. */
  title: string;
  /** Python source (the package's folder is on `sys.path`) or Ruby source (`-I <gem>/lib`). */
  code: string;
  /** Exactly what the code must print (trimmed). */
  stdout: string;
}

/** One feature fixture (`test/fixtures/features/<fixture>.yaml`) and what proves the feature works. */
export interface FeatureCase {
  /** File name of the fixture without `.yaml`, named after the feature. */
  fixture: string;
  /** What the fixture proves, in one line (the describe title). */
  proves: string;
  /** Assertions on `buildApiModel` of the bundled fixture. */
  model?: (model: ApiModel) => void;
  /**
   * A TypeScript module type-checked with the sdk's strict tsconfig, importing the generated sdk
   * as `./sdk/src/index.js`. Use `// @ts-expect-error` lines so that too loose a type fails too.
   */
  typedUsage?: string;
  /** Behaviour of the generated sdk at run time, against the recording server. */
  sdk?: (context: SdkContext) => Promise<void>;
  python?: InterpreterCheck[];
  ruby?: InterpreterCheck[];
  /**
   * Behaviour of a language's client that is known not to work yet (a deep problem in a flavor
   * another engineer owns): shown as a named note in the test report, never skipped silently.
   * The language's compile checks still run.
   */
  leftOut?: Array<{ language: "python" | "ruby"; behaviour: string; why: string }>;
}
