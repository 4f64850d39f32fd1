import type { Driver } from "neo4j-driver";
import { loadArticle } from "../src/loader/load-article.ts";
import { loadArticles } from "../src/loader/load-articles.ts";
import type { ArticleGraph } from "../src/model/article-graph.ts";
import type { ActorRow } from "../src/model/rows.ts";
import { int, type Log, rate } from "./figures.ts";
import { addActor, generateCorpus } from "./generate-corpus.ts";
import type { BenchOptions } from "./options.ts";

/** The run's synthetic corpus, generated afresh (and identically) for each pass over it. */
export const corpusOf = (o: BenchOptions) => generateCorpus({ relations: o.relations, seed: o.seed });

const now = () => performance.now();

function deadline(o: BenchOptions, what: string): () => void {
  const started = Date.now();
  return () => {
    if (Date.now() - started > o.loadTimeoutMs)
      throw new Error(`${what} exceeded ${o.loadTimeoutMs / 1000}s`);
  };
}

export interface LoaderFigures {
  readonly articles: number;
  readonly relations: number;
  /** The per-article path (`loadArticle`, one transaction each) on the first articles. */
  readonly single: { readonly articles: number; readonly relations: number; readonly ms: number };
  /** The bulk path (`loadArticles`, `batchArticles` per transaction) on the rest. */
  readonly bulk: { readonly articles: number; readonly relations: number; readonly ms: number };
}

/** Loads the corpus through the project's loader: a per-article sample, then the rest in bulk. */
export async function loadThroughLoader(driver: Driver, o: BenchOptions, log: Log): Promise<LoaderFigures> {
  const checkTime = deadline(o, "load");
  const single = { articles: 0, relations: 0, ms: 0 };
  const bulk = { articles: 0, relations: 0, ms: 0 };
  let articles = 0;
  let relations = 0;
  let batch: ArticleGraph[] = [];
  let batchRelations = 0;
  let lastReport = Date.now();
  const flush = async () => {
    if (batch.length === 0) return;
    const t = now();
    const summaries = await loadArticles(driver, batch, o.database);
    bulk.ms += now() - t;
    if (summaries.length !== batch.length) throw new Error("bulk load lost articles");
    bulk.articles += batch.length;
    bulk.relations += batchRelations;
    batch = [];
    batchRelations = 0;
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      log(
        `  bulk: ${int(bulk.relations)} relations in ${int(bulk.articles)} articles, ` +
          `${int(rate(bulk.relations, bulk.ms))} relations/s`,
      );
    }
  };
  for (const graph of corpusOf(o)) {
    checkTime();
    articles++;
    relations += graph.relations.length;
    if (single.articles < o.singleMaxArticles && single.ms < o.singleMaxMs) {
      const t = now();
      await loadArticle(driver, graph, o.database);
      single.ms += now() - t;
      single.articles++;
      single.relations += graph.relations.length;
      if (single.articles % 50 === 0)
        log(
          `  per-article: ${single.articles} articles, ${int(rate(single.relations, single.ms))} relations/s`,
        );
      continue;
    }
    batch.push(graph);
    batchRelations += graph.relations.length;
    if (batch.length >= o.batchArticles) await flush();
  }
  await flush();
  return { articles, relations, single, bulk };
}

/** The same rows as the loader writes, with nothing but batched `UNWIND $rows … CREATE` (one transaction each). */
export async function loadBaseline(
  driver: Driver,
  o: BenchOptions,
  log: Log,
): Promise<{ readonly relations: number; readonly ms: number }> {
  const actors = new Map<string, ActorRow>();
  for (const graph of corpusOf(o)) {
    for (const a of graph.actors) addActor(actors, a);
  }
  const checkTime = deadline(o, "baseline load");
  const figures = { relations: 0, ms: 0 };
  const run = async (query: string, rows: unknown[]) => {
    checkTime();
    const t = now();
    await driver.executeQuery(query, { rows }, { database: o.database });
    figures.ms += now() - t;
  };
  const actorRows = [...actors.values()];
  for (let i = 0; i < actorRows.length; i += o.baselineBatchRows) {
    await run(
      `UNWIND $rows AS row CREATE (x:Actor:$(row.kind)) SET x = row`,
      actorRows.slice(i, i + o.baselineBatchRows),
    );
  }
  let articles: unknown[] = [];
  let mentions: unknown[] = [];
  let relations: unknown[] = [];
  let lastReport = Date.now();
  const flush = async () => {
    await run(`UNWIND $rows AS row CREATE (a:Article) SET a = row, a.date = date(row.date)`, articles);
    await run(
      `UNWIND $rows AS m MATCH (a:Article {id: m.articleId}) MATCH (x:Actor {id: m.actorId})
       CREATE (a)-[:MENTIONS {count: m.count, offsets: m.offsets, forms: m.forms}]->(x)`,
      mentions,
    );
    await run(
      `UNWIND $rows AS row MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
       CREATE (s)-[r:$(row.type)]->(t)
       SET r = row.props, r.dateFrom = date(row.dateFrom), r.dateTo = date(row.dateTo)`,
      relations,
    );
    figures.relations += relations.length;
    articles = [];
    mentions = [];
    relations = [];
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      log(
        `  baseline: ${int(figures.relations)} relations, ${int(rate(figures.relations, figures.ms))} relations/s`,
      );
    }
  };
  for (const graph of corpusOf(o)) {
    articles.push(graph.article);
    for (const m of graph.mentions) mentions.push({ ...m, articleId: graph.article.id });
    for (const r of graph.relations) {
      const { source, target, type, dateFrom, dateTo, ...props } = r;
      relations.push({ source, target, type, dateFrom, dateTo, props });
    }
    if (relations.length >= o.baselineBatchRows) await flush();
  }
  if (relations.length > 0) await flush();
  return figures;
}

/** Empties the database in batches (one transaction for a million relationships would not fit in memory). */
export async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS");
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS");
  } finally {
    await session.close();
  }
}
