/** Markdown tables and the number formats the benchmark prints. Pure functions. */
import type { Summary } from "./stats.js";

/** A table: a title, column headers, rows of cells (already formatted), and notes under it. */
export interface Table {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  /** Alignment per column; numbers read best right-aligned. @default "left" for the first column, "right" for the rest */
  readonly align?: ReadonlyArray<"left" | "right">;
  readonly notes?: readonly string[];
}

/** `|` inside a cell would end it. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** A GitHub-flavoured Markdown table, columns padded so it also reads well in a terminal. */
export function renderTable(table: Table): string {
  const width = table.headers.length;
  for (const row of table.rows) {
    if (row.length !== width) throw new RangeError(`table "${table.title}": a row has ${row.length} cells, expected ${width}`);
  }
  const align = table.headers.map((_, index) => table.align?.[index] ?? (index === 0 ? "left" : "right"));
  const cells = [table.headers, ...table.rows].map((row) => row.map(cell));
  const widths = table.headers.map((_, column) => Math.max(3, ...cells.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((text, column) => (align[column] === "right" ? text.padStart(widths[column]!) : text.padEnd(widths[column]!))).join(" | ")} |`;
  const rule = `| ${widths.map((w, column) => (align[column] === "right" ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  const [header, ...body] = cells;
  return [line(header!), rule, ...body.map(line)].join("\n");
}

/** A table with its title as a heading and its notes as a list after it. */
export function renderSection(table: Table, level = 3): string {
  const notes = table.notes?.length ? `\n\n${table.notes.map((note) => `- ${note}`).join("\n")}` : "";
  return `${"#".repeat(level)} ${table.title}\n\n${renderTable(table)}${notes}\n`;
}

/** `1234.5` -> `1,235 ms`; below 10 ms one decimal. */
export function formatMs(ms: number): string {
  return `${ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString("en-US")} ms`;
}

/** Microseconds: one decimal below 100 µs, whole numbers above. */
export function formatUs(us: number): string {
  return `${Math.abs(us) < 100 ? us.toFixed(1) : Math.round(us).toLocaleString("en-US")} µs`;
}

/** A ratio as `1.23x`. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}x`;
}

/** Bytes: `812 B`, `1.42 kB` (1 kB = 1000 B, as bundlers and size budgets count). */
export function formatBytes(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(2)} kB`;
}

/** `min / median / max` in one cell, with a formatter. */
export function formatSummary(summary: Summary, format: (value: number) => string): string {
  return `${format(summary.min)} / ${format(summary.median)} / ${format(summary.max)}`;
}
