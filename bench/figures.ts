/** The benchmark's arithmetic and number formats, shared by its measuring and reporting modules. */

/** The nearest-rank percentile `p` (0–100) of ascending `sorted`; NaN for no values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const ascending = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);

export const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
export const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");
export const int = (x: number) => Math.round(x).toLocaleString("en-GB");
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Relations per second; NaN when nothing was timed. */
export const rate = (relations: number, ms: number) => relations / (ms / 1000);

export type Log = (line: string) => void;
