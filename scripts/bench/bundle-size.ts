/**
 * 4. Gzipped size of a one-operation app (GET an organization invitation by id), bundled with esbuild:
 * minified, ESM, platform browser. Our flavors come from the workspace packages; peers' clients from
 * their output for the canonical spec.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ensureGenerated } from "./generation.js";
import { BENCH_DIR, PROJECT_ROOT, SPECS } from "./tools.js";

export interface BundleApp {
  readonly id: string;
  readonly label: string;
  /** The app's source; `{{out}}` is replaced with the peer's output folder (relative import). */
  readonly source: string;
  /** Peer output this app imports, generated from the canonical spec. */
  readonly peer?: "hey-api" | "orval" | "openapi-typescript";
}

export interface BundleSize {
  readonly app: BundleApp;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Largest inputs by bytes in the output: what the bundle is made of. */
  readonly largestInputs: ReadonlyArray<{ file: string; bytes: number }>;
}

const CALL = `{ organization_id: "org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG", invitation_id: "orginv_2qA8sT0nL4wM9uU5xZ7cE2dH6gJ" }`;

export const BUNDLE_APPS: readonly BundleApp[] = [
  {
    id: "raw",
    label: "raw fetch (baseline)",
    source: `const response = await fetch("https://api.clerk.com/v1/organizations/" + encodeURIComponent("org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG") + "/invitations/" + encodeURIComponent("orginv_2qA8sT0nL4wM9uU5xZ7cE2dH6gJ"), { headers: { Authorization: "Bearer " + localStorage.token } });
if (!response.ok) throw new Error("HTTP " + response.status);
console.log(await response.json());
`,
  },
  {
    id: "ours-sdk",
    label: "ours: sdk (createConfig + getOrganizationInvitation)",
    source: `import { createConfig, getOrganizationInvitation } from "@invitations-api/sdk";
const config = createConfig({ credentials: { bearerAuth: localStorage.token } });
console.log(await getOrganizationInvitation(config, { organizationId: "org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG", invitationId: "orginv_2qA8sT0nL4wM9uU5xZ7cE2dH6gJ" }));
`,
  },
  {
    id: "ours-fetch",
    label: "ours: fetch (createClient + GET)",
    source: `import { createClient } from "@invitations-api/fetch";
const client = createClient({ auth: { bearerAuth: localStorage.token } });
const { data, error } = await client.GET("/v1/organizations/{organization_id}/invitations/{invitation_id}", { params: { path: ${CALL} } });
if (error) throw new Error(JSON.stringify(error));
console.log(data);
`,
  },
  {
    id: "openapi-fetch",
    label: "openapi-typescript types + openapi-fetch",
    peer: "openapi-typescript",
    source: `import createClient from "openapi-fetch";
import type { paths } from "{{out}}/schema";
const client = createClient<paths>({ baseUrl: "https://api.clerk.com", headers: { Authorization: "Bearer " + localStorage.token } });
const { data, error } = await client.GET("/v1/organizations/{organization_id}/invitations/{invitation_id}", { params: { path: ${CALL} } });
if (error) throw new Error(JSON.stringify(error));
console.log(data);
`,
  },
  {
    id: "hey-api",
    label: "@hey-api/openapi-ts (sdk function + fetch client)",
    peer: "hey-api",
    source: `import { client } from "{{out}}/client.gen";
import { getOrganizationInvitation } from "{{out}}/sdk.gen";
client.setConfig({ baseUrl: "https://api.clerk.com", auth: () => localStorage.token });
const { data, error } = await getOrganizationInvitation({ path: ${CALL} });
if (error) throw new Error(JSON.stringify(error));
console.log(data);
`,
  },
  {
    id: "orval",
    label: "orval --client fetch",
    peer: "orval",
    source: `import { getOrganizationInvitation } from "{{out}}/client";
const response = await getOrganizationInvitation("org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG", "orginv_2qA8sT0nL4wM9uU5xZ7cE2dH6gJ", { headers: { Authorization: "Bearer " + localStorage.token } });
console.log(response.data);
`,
  },
];

const BUNDLE_DIR = path.join(BENCH_DIR, "bundle");

async function bundleApp(app: BundleApp): Promise<BundleSize> {
  const dir = path.join(BUNDLE_DIR, app.id);
  await mkdir(dir, { recursive: true });
  let source = app.source;
  if (app.peer) {
    const out = await ensureGenerated(app.peer, SPECS.canonical);
    source = source.replaceAll("{{out}}", path.relative(dir, out).split(path.sep).join("/"));
  }
  const entry = path.join(dir, "app.ts");
  await writeFile(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    absWorkingDir: PROJECT_ROOT,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${app.label}`);
  await writeFile(path.join(dir, "app.min.js"), output.contents);
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const largestInputs = Object.entries(inputs)
    .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 4);
  return { app, minifiedBytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength, largestInputs };
}

export async function benchBundleSize(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const app of BUNDLE_APPS) sizes.push(await bundleApp(app));
  return sizes;
}
