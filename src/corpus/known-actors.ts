import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { parse } from "yaml";
import { actorSchema } from "../annotation/annotation-schema.ts";
import type { ActorRow } from "../model/rows.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";

/** The graph's actors, for entity resolution at ingest. */
export async function knownActorsFromGraph(driver: Driver, database: string): Promise<Map<string, ActorRow>> {
  const { records } = await driver.executeQuery(cypherStatement("corpus/known-actors"), {}, { database });
  return new Map(
    records.map((r) => {
      const a = r.get("actor") as ActorRow;
      return [a.id, { ...a, aliases: a.aliases ?? [] }];
    }),
  );
}

/** The actors one annotation file defines in full (not `ref` entries), under the article id it declares. */
export interface FileActors {
  readonly file: string;
  readonly articleId: string | undefined;
  readonly actors: readonly ActorRow[];
}

/**
 * Reads the actors of annotation files once, for `validate` and `draft` without a database. Files that do not
 * parse contribute nothing here; validating them reports their problems.
 */
export async function readFileActors(files: readonly string[]): Promise<FileActors[]> {
  const result: FileActors[] = [];
  for (const file of files) {
    let doc: { article?: { id?: unknown }; actors?: unknown[] };
    try {
      doc = parse(await readFile(file, "utf8"));
    } catch {
      continue;
    }
    const articleId = typeof doc?.article?.id === "string" ? doc.article.id : undefined;
    const actors: ActorRow[] = [];
    for (const raw of Array.isArray(doc?.actors) ? doc.actors : []) {
      const parsed = actorSchema.safeParse(raw);
      if (!parsed.success) continue;
      const a = parsed.data;
      actors.push({
        id: a.id,
        kind: a.kind,
        name: a.name,
        aliases: a.aliases,
        description: a.description,
        sector: a.sector ?? null,
        country: a.country ?? null,
        wikidata: a.wikidata ?? null,
      });
    }
    result.push({ file, articleId, actors });
  }
  return result;
}

/** The actors the corpus defines in articles other than `articleId`. */
export function knownActorsExcept(
  corpus: readonly FileActors[],
  articleId: string | undefined,
): Map<string, ActorRow> {
  const known = new Map<string, ActorRow>();
  for (const entry of corpus) {
    if (entry.articleId === undefined || entry.articleId === articleId) continue;
    for (const actor of entry.actors) known.set(actor.id, actor);
  }
  return known;
}
