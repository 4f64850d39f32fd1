import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readArticle } from "../src/article/read-article.ts";
import { DEFAULT_CORENLP } from "../src/config.ts";
import { freePort } from "../src/neo4j/launcher/probe-port.ts";
import { ANNOTATORS, PIPELINE_PROPERTIES } from "../src/nlp/annotators.ts";
import { annotate } from "../src/nlp/client/annotate.ts";
import type { CoreNLPDocument } from "../src/nlp/client/corenlp-document.ts";
import { startCoreNLP } from "../src/nlp/launcher/start-corenlp.ts";
import { readSentences } from "../src/nlp/record-fixtures.ts";
import { ascending, percentile } from "./figures.ts";

/**
 * `npm run bench:corenlp`: what coreference costs. For each pipeline, a fresh CoreNLP server of its own (heap
 * CORENLP_HEAP's default) annotates the seed article (cold, then `--runs` warm times) and the fictional sentences
 * of tests/fixtures/corenlp, and reports seconds per article, the server's resident memory and what the
 * pipeline found (quotes with a speaker, coreference chains). Results go to bench/results/<date>-corenlp.md.
 */

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(args.runs);

const BASE = ["tokenize", "ssplit", "pos", "lemma", "ner", "depparse"];
const PIPELINES = [
  { name: "no coref, no quote", annotators: BASE, properties: {} },
  {
    name: "quotes, not attributed (the project's)",
    annotators: [...ANNOTATORS],
    properties: PIPELINE_PROPERTIES,
  },
  { name: "coref + attributed quotes", annotators: [...BASE, "coref", "quote"], properties: {} },
] as const;

const SEED = "data/articles/2025-04-17-dar-kabul-afghan-expulsions.txt";

async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024);
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const median = (xs: readonly number[]) => percentile(ascending(xs), 50);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

// Without attribution CoreNLP still names a speaker: "Unknown".
const attributed = (d: CoreNLPDocument) =>
  d.quotes.filter((q) => q.speaker !== undefined && q.speaker !== "Unknown").length;

const seed = await readArticle(SEED);
const words = seed.text.split(/\s+/).filter(Boolean).length;
const sentences = await readSentences();
const rows: string[] = [];
for (const pipeline of PIPELINES) {
  const log = (line: string) => console.log(`[${pipeline.name}] ${line}`);
  const home = await mkdtemp(join(tmpdir(), "actorgraph-bench-corenlp-"));
  const port = await freePort();
  const [server, startMs] = await timed(() =>
    startCoreNLP({ ...DEFAULT_CORENLP, home, port }, log, {
      reuse: false,
      warmUp: pipeline,
      startTimeoutMs: 600_000,
    }),
  );
  try {
    const options = {
      date: seed.date,
      timeoutMs: 300_000,
      annotators: pipeline.annotators,
      properties: pipeline.properties,
    };
    const [coldDocument, coldMs] = await timed(() => annotate(server, seed.text, options));
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push((await timed(() => annotate(server, seed.text, options)))[1]);
    let sentencesMs = 0;
    let sentenceQuotes = 0;
    let sentenceAttributed = 0;
    for (const sentence of sentences) {
      const [document, ms] = await timed(() =>
        annotate(server, sentence.text, { ...options, date: sentence.date }),
      );
      sentencesMs += ms;
      sentenceQuotes += document.quotes.length;
      sentenceAttributed += attributed(document);
    }
    const memory = server.pid === null ? Number.NaN : await residentMb(server.pid);
    const row = [
      pipeline.name,
      seconds(startMs),
      seconds(coldMs),
      seconds(median(warm)),
      `${seconds(Math.min(...warm))}–${seconds(Math.max(...warm))}`,
      seconds(sentencesMs / sentences.length),
      String(memory),
      `${attributed(coldDocument)}/${coldDocument.quotes.length}`,
      `${sentenceAttributed}/${sentenceQuotes}`,
      String(Object.keys(coldDocument.corefs).length),
    ];
    log(row.join(" | "));
    rows.push(`| ${row.join(" | ")} |`);
  } finally {
    await server.stop();
    await rm(home, { recursive: true, force: true });
  }
}

const today = new Date().toISOString().slice(0, 10);
const report = `# CoreNLP: what coreference costs (${today})

\`npm run bench:corenlp -- --runs ${runs}\`: Stanford CoreNLP 4.5.10, heap ${DEFAULT_CORENLP.heap}, a fresh server per
pipeline. Seed article: ${words} words. Sentences: the ${sentences.length} fictional ones of tests/fixtures/corenlp.
Machine: 2 cores shared with other work, load average at the end ${loadavg()
  .map((l) => l.toFixed(1))
  .join(" / ")}.

| pipeline | start to ready (s) | seed, cold (s) | seed, warm median (s) | seed, warm range (s) | per sentence (s) | server RSS (MB) | seed quotes with a speaker | sentences' quotes with a speaker | seed coref chains |
|---|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}

"no coref, no quote" is ${BASE.join(",")}. The project's adds quote with ${Object.entries(PIPELINE_PROPERTIES)
  .map(([k, v]) => `\`${k}=${v}\``)
  .join(" and ")}: CoreNLP's quote attribution needs coref, and the server adds coref to any request that
names quote unless its requirement check is off. The last adds coref and quote with attribution.
`;
const file = `bench/results/${today}-corenlp.md`;
await writeFile(file, report);
console.log(report);
console.log(`Written to ${file}.`);
