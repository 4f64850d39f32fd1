import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { parse } from "yaml";
import { actorSchema } from "../annotation/annotation-schema.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import type { ActorRow } from "../validation/article-graph.ts";

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

/**
 * Actors defined in annotation files of other articles than `articleId`: the corpus on disk, for `validate`
 * without a database. Files that do not parse are skipped here; validating them reports their problems.
 */
export async function knownActorsFromFiles(
  files: readonly string[],
  articleId: string | undefined,
): Promise<Map<string, ActorRow>> {
  const known = new Map<string, ActorRow>();
  for (const file of files) {
    let doc: { article?: { id?: unknown }; actors?: unknown[] };
    try {
      doc = parse(await readFile(file, "utf8"));
    } catch {
      continue;
    }
    if (!doc?.article || doc.article.id === articleId || !Array.isArray(doc.actors)) continue;
    for (const raw of doc.actors) {
      const parsed = actorSchema.safeParse(raw);
      if (!parsed.success) continue;
      const a = parsed.data;
      known.set(a.id, {
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
  }
  return known;
}

/** The article id an annotation file declares, without validating it. */
export async function declaredArticleId(file: string): Promise<string | undefined> {
  try {
    const id = (parse(await readFile(file, "utf8")) as { article?: { id?: unknown } })?.article?.id;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}
