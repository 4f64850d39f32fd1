import { writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { dirname, relative } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "../src/config.ts";
import { draftYaml } from "../src/extract/draft-yaml.ts";
import { extractArticle, type MachineDraft } from "../src/extract/extract-article.ts";
import type { ArticleGraph } from "../src/model/article-graph.ts";
import { openCoreNLP } from "../src/nlp/open-corenlp.ts";
import { readMerges } from "../src/resolver/merges.ts";
import { resolverFromFiles } from "../src/resolver/open-resolver.ts";
import { readAnnotation, readAnnotationText } from "../src/validation/read-annotation.ts";
import { validateAnnotation } from "../src/validation/validate-annotation.ts";
import { loadWikidataIds } from "../src/validation/wikidata-ids.ts";
import { EVAL_SETS, type EvalArticle, type EvalSet, evalArticles } from "./extract/eval-corpus.ts";
import { type ArticleScore, type Summary, scoreArticle, summarise } from "./extract/score.ts";
import { serverMemoryMb } from "./extract/server-memory.ts";

/**
 * `npm run eval:extract`: the machine coder against the human annotations. Every annotated article (the seed,
 * the tuning and the held-out fictional articles of tests/fixtures/extraction) is extracted through CoreNLP
 * (CORENLP_URL, or the project's own server), with the actors of the OTHER annotated articles as the known ones
 * (never its own annotation's: that would give the answer away), and scored (bench/extract/score.ts). The first
 * article's time is the cold one; `--runs N` further passes over all articles give the warm times. Writes
 * bench/results/<date>-extract.md and .json and prints the summary.
 */

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "2" } } });
const warmRuns = Number(args.runs);
if (!Number.isInteger(warmRuns) || warmRuns < 1) throw new Error(`--runs must be a whole number ≥ 1`);

interface ArticleRun {
  readonly article: EvalArticle;
  readonly id: string;
  readonly words: number;
  readonly coldMs: number;
  readonly warmMs: number[];
  readonly score: ArticleScore;
  /** null when the draft passes `validate` unchanged, else the validator's first problems. */
  readonly invalid: string | null;
  readonly warnings: readonly string[];
  /** The draft's relations, in short, for reading the misses against. */
  readonly relations: readonly string[];
}

const config = readConfig();
const log = (line: string) => console.error(line);
const articles = await evalArticles();
const files = articles.map((a) => a.annotation);
const merges = await readMerges(config.mergesFile);
const wikidata = await loadWikidataIds();

/** The human annotation, validated against the other articles' actors (its `ref:`s point there). */
async function humanGraph(
  file: string,
): Promise<{ graph: ArticleGraph; path: string; date: string; text: string }> {
  const source = await readAnnotation(file);
  if ("problem" in source.article) throw new Error(`${file}: ${source.article.problem}`);
  const id = source.yaml.document.getIn(["article", "id"]);
  const resolver = await resolverFromFiles(files, merges, typeof id === "string" ? id : undefined);
  const { graph } = validateAnnotation(source, { wikidata, resolver });
  return { graph, path: source.article.path, date: source.article.date, text: source.article.text };
}

async function draftProblems(
  draft: MachineDraft,
  annotation: string,
  articleId: string,
): Promise<string | null> {
  try {
    const source = await readAnnotationText(draftYaml(draft), annotation);
    validateAnnotation(source, { wikidata, resolver: await resolverFromFiles(files, merges, articleId) });
    return null;
  } catch (error) {
    const problems = (error as { problems?: { path: string; message: string }[] }).problems;
    if (!problems) throw error;
    return problems
      .slice(0, 3)
      .map((p) => `${p.path}: ${p.message}`)
      .join("; ");
  }
}

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  return [await work(), performance.now() - started];
};

const corenlp = await openCoreNLP(config, log);
const runs: ArticleRun[] = [];
let memory: Awaited<ReturnType<typeof serverMemoryMb>> = null;
try {
  const humans = await Promise.all(articles.map((a) => humanGraph(a.annotation)));
  const extract = async (i: number) => {
    const article = articles[i] as EvalArticle;
    const human = humans[i] as (typeof humans)[number];
    const resolver = await resolverFromFiles(files, merges, human.graph.article.id);
    const textPath = relative(dirname(article.annotation), human.path);
    return timed(() => extractArticle(human.path, { corenlp, resolver, textPath }));
  };
  for (const [i, article] of articles.entries()) {
    const human = humans[i] as (typeof humans)[number];
    const [draft, coldMs] = await extract(i);
    const resolver = await resolverFromFiles(files, merges, human.graph.article.id);
    const score = scoreArticle(draft, human.graph, human, (id) => resolver.actor(id));
    runs.push({
      article,
      id: human.graph.article.id,
      words: human.graph.article.text.split(/\s+/).filter(Boolean).length,
      coldMs,
      warmMs: [],
      score,
      invalid: await draftProblems(draft, article.annotation, human.graph.article.id),
      warnings: draft.warnings,
      relations: draft.relations.map(
        (r) =>
          `${r.type} ${r.source} → ${r.target} (${r.status}, ${r.rule}, ${r.confidence}): “${r.evidence}”`,
      ),
    });
    log(
      `${article.set} ${human.graph.article.id}: ${(coldMs / 1000).toFixed(2)} s, relations ${score.typed.matched}/${score.typed.human} found, ${score.typed.machine - score.typed.matched} spurious`,
    );
  }
  for (let pass = 0; pass < warmRuns; pass++) {
    for (const [i, run] of runs.entries()) run.warmMs.push((await extract(i))[1]);
    log(`warm pass ${pass + 1} of ${warmRuns} done`);
  }
  // Read while the server still runs: the evaluation's own server is stopped by close().
  memory = await serverMemoryMb(corenlp.url);
} finally {
  await corenlp.close();
}

// --- the report ---------------------------------------------------------------------------------------------

const pct = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(0)} %`);
const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const s = (ms: number) => (ms / 1000).toFixed(2);

const groups: [string, ArticleRun[]][] = [
  ...EVAL_SETS.map((set): [string, ArticleRun[]] => [set, runs.filter((r) => r.article.set === set)]),
  ["all", runs],
];
const summaries = new Map<string, Summary>(
  groups.map(([name, rs]) => [name, summarise(rs.map((r) => r.score))]),
);

const cold = runs[0]?.coldMs ?? Number.NaN;
const warmPerArticle = runs.map((r) => median(r.warmMs));
const warmTotalMs = warmPerArticle.reduce((a, b) => a + b, 0);
const totalWords = runs.reduce((n, r) => n + r.words, 0);
const msPerWord = warmTotalMs / totalWords;
const per600 = 60_000 / (msPerWord * 600);

const summaryRows = groups.map(([name, rs]) => {
  const x = summaries.get(name) as Summary;
  return `| ${name} | ${rs.length} | ${pct(x.actors.precision)} | ${pct(x.actors.recall)} | ${pct(x.typed.precision)} | ${pct(x.typed.recall)} | ${pct(x.untyped.precision)} | ${pct(x.untyped.recall)} | ${pct(x.onMatched.status)} | ${pct(x.onMatched.date)} | ${pct(x.onMatched.attribution)} | ${x.evidence.verbatim}/${x.evidence.total} |`;
});

const all = summaries.get("all") as Summary;
const typeRows = Object.entries(all.perType)
  .sort((a, b) => b[1].support - a[1].support || a[0].localeCompare(b[0]))
  .map(([type, c]) => {
    const byGroup = EVAL_SETS.map((set) => {
      const t = summaries.get(set)?.perType[type];
      return t ? `${t.tp}/${t.support}` : "–";
    });
    return `| ${type} | ${c.support} | ${c.tp} | ${c.fp} | ${c.fn} | ${byGroup.join(" | ")} |`;
  });

const articleRows = runs.map((r) => {
  const x = r.score;
  return `| ${r.article.set} | ${r.id} | ${r.words} | ${x.actors.found}/${x.actors.human} | ${x.actors.mapped}/${x.actors.machine} | ${x.typed.matched}/${x.typed.human} | ${x.typed.matched}/${x.typed.machine} | ${x.untyped.matched} | ${s(r.coldMs)} | ${s(median(r.warmMs))} | ${r.invalid === null ? "yes" : `no: ${r.invalid.replace(/\|/g, "\\|")}`} |`;
});

const missLines = (set: EvalSet) =>
  runs
    .filter((r) => r.article.set === set)
    .flatMap((r) =>
      r.score.misses.map(
        (m) => `- ${r.id}: ${m.type} ${m.source} → ${m.target} (${m.status}): “${m.evidence}”`,
      ),
    );
const fpLines = runs.flatMap((r) =>
  r.score.falsePositives.map(
    (f) =>
      `- ${r.article.set} ${r.id}: ${f.type} ${f.source} → ${f.target} (${f.status}${f.rule ? `, rule ${f.rule}` : ""}): “${f.evidence}”`,
  ),
);

const today = new Date().toISOString().slice(0, 10);
const server =
  memory === "remote" ? "remote (not measured)" : memory === null ? "not visible" : `${memory} MB RSS`;
const report = `# Machine extraction against the human annotations (${today})

\`npm run eval:extract -- --runs ${warmRuns}\`: the coder (src/extract/) on every article with a human annotation,
scored by bench/extract/score.ts (method: docs/extraction.md, "Evaluation"). Known actors while extracting an
article: those of the other ${articles.length - 1} annotated articles. CoreNLP: ${corenlp.url.replace(/\/\/[^@/]*@/, "//")}, server memory ${server}.
Machine: ${cpus().length} cores shared with other work, load average at the end ${loadavg()
  .map((l) => l.toFixed(1))
  .join(" / ")}.

## Scores

| set | articles | actor precision | actor recall | typed precision | typed recall | untyped precision | untyped recall | status on matches | date on matches | attribution on matches | evidence verbatim |
|---|---|---|---|---|---|---|---|---|---|---|---|
${summaryRows.join("\n")}

Relations: ${all.typed.machine} machine, ${all.typed.human} human, ${all.typed.matched} typed matches, ${all.untyped.matched} untyped.
Actors: ${all.actors.machine} machine, ${all.actors.human} human; ${all.actors.duplicates} machine actors duplicate another's human actor, ${all.actors.acrossKinds} were mapped by the same words in another kind.

## Speed

Cold (the first article, ${runs[0]?.id}): ${s(cold)} s. Warm, median of ${warmRuns} pass(es) per article: ${s(warmTotalMs / runs.length)} s per article on average
(${totalWords} words in ${runs.length} articles, ${((msPerWord * 600) / 1000).toFixed(2)} s per 600 words: **${per600.toFixed(1)} articles of 600 words a minute**).

## Per article

| set | article | words | human actors found | machine actors mapped | human relations found (typed) | machine relations right (typed) | untyped matches | cold or first (s) | warm (s) | draft validates |
|---|---|---|---|---|---|---|---|---|---|---|
${articleRows.join("\n")}

## Per relation type (all articles)

| type | support | TP | FP | FN | seed TP/support | tuning TP/support | held-out TP/support |
|---|---|---|---|---|---|---|---|
${typeRows.join("\n")}

## Missed relations (typed), tuning set

${missLines("tuning").join("\n") || "none"}

## Missed relations (typed), held-out set

${missLines("held-out").join("\n") || "none"}

## Missed relations (typed), seed

${missLines("seed").join("\n") || "none"}

## Machine relations with no typed match

${fpLines.join("\n") || "none"}
`;

const base = `bench/results/${today}-extract`;
await writeFile(`${base}.md`, report);
await writeFile(
  `${base}.json`,
  `${JSON.stringify(
    {
      date: today,
      corenlp: { url: corenlp.url, memoryMb: memory },
      warmRuns,
      speed: {
        coldMs: cold,
        warmMsPerArticle: warmTotalMs / runs.length,
        articlesOf600WordsPerMinute: per600,
      },
      summaries: Object.fromEntries(summaries),
      articles: runs.map((r) => ({
        set: r.article.set,
        id: r.id,
        words: r.words,
        coldMs: r.coldMs,
        warmMs: r.warmMs,
        draftValidates: r.invalid === null,
        draftProblems: r.invalid,
        warnings: r.warnings,
        machineRelations: r.relations,
        score: r.score,
      })),
    },
    null,
    2,
  )}\n`,
);

console.log(`set        articles  actors P/R   typed P/R    untyped P/R  status date attribution`);
for (const [name, rs] of groups) {
  const x = summaries.get(name) as Summary;
  console.log(
    `${name.padEnd(10)} ${String(rs.length).padStart(8)}  ${pct(x.actors.precision)}/${pct(x.actors.recall)}  ${pct(x.typed.precision)}/${pct(x.typed.recall)}  ${pct(x.untyped.precision)}/${pct(x.untyped.recall)}  ${pct(x.onMatched.status)} ${pct(x.onMatched.date)} ${pct(x.onMatched.attribution)}`,
  );
}
console.log(
  `cold ${s(cold)} s, warm ${s(warmTotalMs / runs.length)} s per article, ${per600.toFixed(1)} 600-word articles a minute; CoreNLP ${server}`,
);
console.log(`Written to ${base}.md and ${base}.json.`);
