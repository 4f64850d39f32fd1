import { type Driver, int, routing } from "neo4j-driver";
import {
  type ActorRow,
  type ArticleRow,
  type MentionRow,
  type RelationRow,
  storedRowSchemas,
} from "../model/rows.ts";
import { RELATION_TYPE_NAMES } from "../model/vocabulary.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { exportRelationsPage } from "../neo4j/typed-cypher.ts";

export interface CorpusMention extends MentionRow {
  readonly articleId: string;
}

/**
 * The whole graph as streams of rows, one kind at a time: what export writes and import reads back. Rows come
 * from Neo4j in pages as the writer consumes them, so an export holds a few pages, not the corpus, in memory.
 * Each call starts a new read of the graph.
 */
export interface CorpusStreams {
  articles(): AsyncGenerator<ArticleRow>;
  actors(): AsyncGenerator<ActorRow>;
  mentions(): AsyncGenerator<CorpusMention>;
  relations(): AsyncGenerator<RelationRow>;
}

/** Rows per page: with the page read ahead, twice this is the most held of articles, actors or mentions. */
const PAGE = 1000;
/**
 * Relations per page of each type: every type's stream holds its page and the one read ahead while the merge
 * takes the smallest id of all (~30 types × 2 × 250 relations at most).
 */
const RELATION_PAGE = 250;

interface Page<Row> {
  readonly rows: readonly Row[];
  /** The key the next page starts after; none when this page was the last. */
  readonly next: string | undefined;
}

/**
 * Keyset pagination: each page is its own short read starting after the last key of the one before, in the
 * order of an index, so neither Neo4j nor Node holds more than a page and no transaction stays open for the
 * export's length. The next page is asked for while the writer takes this one. A write to the graph during an
 * export may or may not show in it, as with one long read (Neo4j reads committed data, not a snapshot).
 */
async function* paged<Row>(read: (after: string) => Promise<Page<Row>>): AsyncGenerator<Row> {
  let next: Promise<Page<Row>> | undefined = read("");
  try {
    while (next) {
      const page: Page<Row> = await next;
      next = page.next === undefined ? undefined : read(page.next);
      yield* page.rows;
    }
  } finally {
    // A writer that stops early leaves the page read ahead unread; its failure is nobody's to report.
    next?.catch(() => {});
  }
}

/**
 * Neo4j orders strings by code point (UTF-8 bytes), JavaScript's `<` by UTF-16 unit; they differ only above
 * U+FFFF, which this shifts into place.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitOrder(x) - unitOrder(y);
  }
  return a.length - b.length;
}
const unitOrder = (unit: number) => (unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800);

/** Streams each ordered by `key`, merged into one in that order (the exports' relations, one stream a type). */
export async function* mergeOrdered<Row>(
  streams: readonly AsyncGenerator<Row>[],
  key: (row: Row) => string,
): AsyncGenerator<Row> {
  interface Head {
    readonly row: Row;
    readonly key: string;
    readonly stream: AsyncGenerator<Row>;
  }
  // Heads in key order: the smallest is taken, its stream's next row put back in place by binary search.
  const heads: Head[] = [];
  const put = (head: Head) => {
    let lo = 0;
    let hi = heads.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareCodePoints((heads[mid] as Head).key, head.key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    heads.splice(lo, 0, head);
  };
  const advance = async (stream: AsyncGenerator<Row>) => {
    const step = await stream.next();
    if (!step.done) put({ row: step.value, key: key(step.value), stream });
  };
  try {
    await Promise.all(streams.map(advance));
    for (let head = heads.shift(); head; head = heads.shift()) {
      yield head.row;
      await advance(head.stream);
    }
  } finally {
    await Promise.all(streams.map((s) => s.return(undefined)));
  }
}

/**
 * Every row of the graph, checked against the model's schemas: Neo4j stores no nulls, so absent properties come
 * back as null and every export has every field. `page` is for the tests, which cross page ends on small graphs.
 */
export function corpusStreams(
  driver: Driver,
  database: string,
  options: { readonly page?: number } = {},
): CorpusStreams {
  const limit = options.page ?? PAGE;
  const relationLimit = options.page ?? RELATION_PAGE;
  const records = async (statement: string, after: string, limit: number) =>
    (
      await driver.executeQuery(statement, { after, limit: int(limit) }, { database, routing: routing.READ })
    ).records.map((r) => r.toObject());
  /** Pages of one statement whose rows each give one row and the key the next page starts after. */
  const pages = <Row>(
    statement: string,
    row: (record: Record<string, unknown>) => Row,
    key: (row: Row) => string,
    limit: number,
  ) =>
    paged(async (after) => {
      const rows = (await records(statement, after, limit)).map(row);
      const last = rows.at(-1);
      return { rows, next: rows.length === limit && last !== undefined ? key(last) : undefined };
    });

  return {
    articles: () =>
      pages(
        cypherStatement("corpus/export-articles"),
        (r) => storedRowSchemas.article.parse(r.article),
        (a) => a.id,
        limit,
      ),
    actors: () =>
      pages(
        cypherStatement("corpus/export-actors"),
        (r) => storedRowSchemas.actor.parse(r.actor),
        (a) => a.id,
        limit,
      ),
    mentions: () =>
      paged(async (after) => {
        // One record per article of the page, with its mentions in actor order.
        const articles = await records(cypherStatement("corpus/export-mentions"), after, limit);
        const rows = articles.flatMap((a) =>
          (a.mentions as Record<string, unknown>[]).map((m) =>
            storedRowSchemas.mention.parse({ ...m, articleId: a.articleId }),
          ),
        );
        const last = articles.at(-1)?.articleId as string | undefined;
        return { rows, next: articles.length === limit ? last : undefined };
      }),
    relations: () =>
      mergeOrdered(
        RELATION_TYPE_NAMES.map((type) =>
          pages(
            exportRelationsPage(type),
            (r) => storedRowSchemas.relation.parse(r.relation),
            (r) => r.id,
            relationLimit,
          ),
        ),
        (r) => r.id,
      ),
  };
}
