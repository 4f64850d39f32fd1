// Loaded into a child process with `node --import ./bench/heap-probe.mjs` (bench/export-bench.ts): samples the
// V8 heap every 10 ms and after each full garbage collection, and at exit writes the peaks as JSON to
// $HEAP_PROBE_OUT. Plain JavaScript so that it runs before tsx is registered.
import { writeFileSync } from "node:fs";
import { constants, PerformanceObserver } from "node:perf_hooks";

const out = process.env.HEAP_PROBE_OUT;
if (out) {
  // heapUsed counts garbage not yet collected, so its peak follows V8's collection schedule; the heap left
  // after a full collection is what the process holds.
  const peak = { heapUsed: 0, heapTotal: 0, heapAfterGc: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.heapTotal = Math.max(peak.heapTotal, m.heapTotal);
  };
  setInterval(sample, 10).unref();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        peak.heapAfterGc = Math.max(peak.heapAfterGc, process.memoryUsage().heapUsed);
    }
  }).observe({ entryTypes: ["gc"] });
  process.on("exit", () => {
    sample();
    // maxRSS is in kilobytes.
    writeFileSync(out, JSON.stringify({ ...peak, maxRss: process.resourceUsage().maxRSS * 1024 }));
  });
}
