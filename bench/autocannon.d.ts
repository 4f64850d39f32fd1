// The few parts of autocannon 9's API the load generator uses (the package ships no types).
declare module "autocannon" {
  interface Histogram {
    average: number;
    total: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
    duration: number;
  }
  interface Options {
    url: string;
    connections: number;
    duration: number;
    /** Seconds before an unanswered request counts as a timeout (and an error). */
    timeout: number;
    method: string;
    headers: Record<string, string>;
    requests: { method: string; body: string }[];
    verifyBody(body: string): boolean;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
