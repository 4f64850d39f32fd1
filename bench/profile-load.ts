import type { Driver, ManagedTransaction } from "neo4j-driver";
import { exitOnError } from "../src/errors.ts";
import { loadArticles } from "../src/loader/load-articles.ts";
import type { ArticleGraph } from "../src/model/article-graph.ts";
import { openDatabase } from "../src/neo4j/open-database.ts";
import { f1, int, rate } from "./figures.ts";
import { corpusOf, loadBaseline, wipe } from "./load.ts";
import { benchNeo4j, parseBenchArgs } from "./options.ts";

/**
 * `npm run bench:load -- --size S|M [--batch-articles 100] [--parallel]`: the loader's bulk path alone, each
 * statement of its transactions timed (from its call to its summary), then the plain `UNWIND … CREATE` baseline
 * on the same rows in the same run. With --parallel, half the batches go two at a time (see below). For tuning
 * the batch shape; `npm run bench` reports the figures.
 */

/** The driver, each statement run inside a managed transaction timed under its first comment-free line. */
function timingDriver(driver: Driver, times: Map<string, { ms: number; calls: number }>): Driver {
  const timedTx = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get(target, property) {
        if (property !== "run") return Reflect.get(target, property, target);
        return async (query: string, params?: unknown) => {
          const t = performance.now();
          const result = await target.run(query, params as Record<string, unknown>);
          const name = query.split("\n").find((l) => !l.startsWith("//")) ?? query;
          const entry = times.get(name) ?? { ms: 0, calls: 0 };
          entry.ms += performance.now() - t;
          entry.calls++;
          times.set(name, entry);
          return result;
        };
      },
    });
  return new Proxy(driver, {
    get(target, property) {
      if (property !== "session") return Reflect.get(target, property, target);
      return (...args: Parameters<Driver["session"]>) => {
        const session = target.session(...args);
        return new Proxy(session, {
          get(s, p) {
            if (p !== "executeWrite") return Reflect.get(s, p, s);
            return (work: (tx: ManagedTransaction) => unknown) => s.executeWrite((tx) => work(timedTx(tx)));
          },
        });
      };
    },
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const parallel = args.includes("--parallel");
  const o = parseBenchArgs(args.filter((a) => a !== "--parallel"));
  const db = await openDatabase(benchNeo4j({ temporary: "actorgraph-profile-load-" }, o.database), {
    log: () => {},
  });
  try {
    const times = new Map<string, { ms: number; calls: number }>();
    const driver = timingDriver(db.driver, times);
    const batches: ArticleGraph[][] = [[]];
    for (const graph of corpusOf(o)) {
      const last = batches.at(-1) as ArticleGraph[];
      if (last.length >= o.batchArticles) batches.push([graph]);
      else last.push(graph);
    }
    const relationsOf = (b: ArticleGraph[]) => b.reduce((n, g) => n + g.relations.length, 0);
    // With --parallel: windows of two batches one after the other, then two at once, alternating, so both modes
    // meet the same machine (it is shared and noisy); the two at once hold disjoint articles.
    const modes = { serial: { relations: 0, ms: 0 }, parallel: { relations: 0, ms: 0 } };
    const step = parallel ? 2 : 1;
    for (let i = 0; i < batches.length; i += step) {
      const window = batches.slice(i, i + step);
      const mode = parallel && (i / step) % 2 === 1 ? modes.parallel : modes.serial;
      const t = performance.now();
      if (mode === modes.parallel) await Promise.all(window.map((b) => loadArticles(driver, b, o.database)));
      else for (const b of window) await loadArticles(driver, b, o.database);
      mode.ms += performance.now() - t;
      mode.relations += window.reduce((n, b) => n + relationsOf(b), 0);
    }
    const relations = modes.serial.relations + modes.parallel.relations;
    const ms = modes.serial.ms + modes.parallel.ms;
    console.log(
      `loader bulk: ${int(relations)} relations in ${f1(ms / 1000)} s = ${int(rate(relations, ms))}/s`,
    );
    if (parallel) {
      const r = (m: { relations: number; ms: number }) => rate(m.relations, m.ms);
      console.log(
        `  two batches one after the other: ${int(r(modes.serial))}/s; two at once: ${int(r(modes.parallel))}/s ` +
          `(× ${(r(modes.parallel) / r(modes.serial)).toFixed(2)})`,
      );
    }
    for (const [name, t] of [...times].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(
        `  ${f1((100 * t.ms) / ms).padStart(5)} %  ${f1(t.ms / 1000).padStart(7)} s  ${t.calls}×  ${name.slice(0, 90)}`,
      );
    }
    await wipe(db.driver, o.database);
    const baseline = await loadBaseline(db.driver, o, () => {});
    const baselineRate = rate(baseline.relations, baseline.ms);
    console.log(
      `baseline UNWIND … CREATE: ${int(baselineRate)}/s; loader / baseline = ${(rate(relations, ms) / baselineRate).toFixed(2)}`,
    );
  } finally {
    await db.close();
  }
}

await main().catch(exitOnError);
