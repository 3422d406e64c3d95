// The bench's table printer and number formats: table-driven, [name, { given, want }].
import { describe, expect, it } from "vitest";
import { formatBytes, formatMs, formatRatio, formatUs, renderSection, renderTable } from "../../../scripts/bench/table.js";

describe("renderTable", () => {
  it("pads columns, right-aligns all but the first by default", () => {
    const table = { title: "t", headers: ["tool", "median"], rows: [["ours", "1 ms"], ["openapi-typescript", "12 ms"]] };
    expect(renderTable(table)).toBe(
      [
        "| tool               | median |",
        "| ------------------ | -----: |",
        "| ours               |   1 ms |",
        "| openapi-typescript |  12 ms |",
      ].join("\n"),
    );
  });

  it.each([
    ["a pipe would end the cell", { given: "a | b", want: "a \\| b" }],
    ["a line break would end the row", { given: "a\nb", want: "a b" }],
  ] as const)("escapes: %s", (_name, { given, want }) => {
    expect(renderTable({ title: "t", headers: ["x"], rows: [[given]] })).toContain(`| ${want} |`);
  });

  it("refuses a row with the wrong number of cells", () => {
    expect(() => renderTable({ title: "t", headers: ["a", "b"], rows: [["1"]] })).toThrow(/a row has 1 cells, expected 2/);
  });

  it("renders a section: heading, table, notes", () => {
    const section = renderSection({ title: "Sizes", headers: ["app"], rows: [["sdk"]], notes: ["gzip -9"] });
    expect(section).toBe("### Sizes\n\n| app |\n| --- |\n| sdk |\n\n- gzip -9\n");
  });
});

describe("formats", () => {
  it.each([
    ["ms below 10 keep a decimal", { given: formatMs(4.26), want: "4.3 ms" }],
    ["ms above 10 are whole, grouped", { given: formatMs(12345.6), want: "12,346 ms" }],
    ["µs below 100 keep a decimal", { given: formatUs(9.94), want: "9.9 µs" }],
    ["negative µs keep their sign", { given: formatUs(-3.21), want: "-3.2 µs" }],
    ["µs above 100 are whole", { given: formatUs(1234.4), want: "1,234 µs" }],
    ["ratio", { given: formatRatio(1.005), want: "1.00x" }],
    ["bytes below 1000", { given: formatBytes(999), want: "999 B" }],
    ["kB are 1000 bytes", { given: formatBytes(1500), want: "1.50 kB" }],
  ] as const)("%s", (_name, { given, want }) => {
    expect(given).toBe(want);
  });
});
