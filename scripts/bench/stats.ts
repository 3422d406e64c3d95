/** Summary statistics for benchmark samples. Pure functions; no timing here. */

/** Min, median and max of a set of samples (`n` of them). */
export interface Summary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly n: number;
}

/** The median (mean of the two middle values for an even count). @throws on an empty list */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Min, median and max. @throws on an empty list */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError("summary of no values");
  return { min: Math.min(...values), median: median(values), max: Math.max(...values), n: values.length };
}

/**
 * Ratios taken pair by pair: `a[i] / b[i]` for every run `i` both have, so that two measurements
 * taken side by side (run i of A right after run i of B) are compared with each other, not with a
 * run taken while the machine was busier or quieter.
 * @throws when the lists differ in length or are empty
 */
export function pairwiseRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new RangeError(`pairwise ratio of ${a.length} and ${b.length} samples`);
  if (a.length === 0) throw new RangeError("pairwise ratio of no samples");
  return a.map((value, index) => value / b[index]!);
}

/** Differences pair by pair: `a[i] - b[i]`. @throws when the lists differ in length or are empty */
export function pairwiseDifferences(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new RangeError(`pairwise difference of ${a.length} and ${b.length} samples`);
  if (a.length === 0) throw new RangeError("pairwise difference of no samples");
  return a.map((value, index) => value - b[index]!);
}
