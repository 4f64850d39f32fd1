import { runAutocannon, type ThroughputFigures } from "./run-autocannon.ts";

/** A long run at many connections over a mix of the research queries, with the API's memory sampled throughout. */
export interface SoakFigures extends Omit<ThroughputFigures, "name"> {
  readonly seconds: number;
  /** Resident memory of the process that serves GraphQL (MB): mean of the first and of the last fifth, and max. */
  readonly rssFirstMb: number;
  readonly rssLastMb: number;
  readonly rssMaxMb: number;
}

const SAMPLE_MS = 5_000;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * Runs autocannon against `url` for `seconds` with `connections`, sending `bodies` in turn, while this process
 * (which serves the API in the benchmark) samples its own resident memory every 5 s. Memory is compared between
 * the run's first and last fifth, so start-up allocation and the last requests' garbage weigh alike.
 */
export async function soak(
  url: string,
  bodies: readonly string[],
  seconds: number,
  connections: number,
  timeout: number,
  log: (line: string) => void,
): Promise<SoakFigures> {
  const samples: number[] = [];
  const sample = () => samples.push(process.memoryUsage().rss / 1024 ** 2);
  sample();
  const timer = setInterval(() => {
    sample();
    if (samples.length % 12 === 0)
      log(`  soak: ${(samples.length * SAMPLE_MS) / 1000} s, RSS ${samples.at(-1)?.toFixed(0)} MB`);
  }, SAMPLE_MS);
  try {
    const figures = await runAutocannon({ url, connections, duration: seconds, timeout, bodies });
    sample();
    const fifth = Math.max(1, Math.floor(samples.length / 5));
    return {
      ...figures,
      seconds,
      rssFirstMb: mean(samples.slice(0, fifth)),
      rssLastMb: mean(samples.slice(-fifth)),
      rssMaxMb: Math.max(...samples),
    };
  } finally {
    clearInterval(timer);
  }
}
