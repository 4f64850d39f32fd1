// Loaded into a child process with `node --import ./bench/heap-probe.mjs` (bench/export-bench.ts): samples the
// V8 heap every 10 ms and, at exit, writes the peaks as JSON to $HEAP_PROBE_OUT. Plain JavaScript so that it
// runs before tsx is registered.
import { writeFileSync } from "node:fs";

const out = process.env.HEAP_PROBE_OUT;
if (out) {
  const peak = { heapUsed: 0, heapTotal: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.heapTotal = Math.max(peak.heapTotal, m.heapTotal);
  };
  setInterval(sample, 10).unref();
  process.on("exit", () => {
    sample();
    // maxRSS is in kilobytes.
    writeFileSync(out, JSON.stringify({ ...peak, maxRss: process.resourceUsage().maxRSS * 1024 }));
  });
}
