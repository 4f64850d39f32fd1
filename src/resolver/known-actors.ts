import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { parse } from "yaml";
import { z } from "zod";
import { actorRefSchema, actorSchema } from "../annotation/annotation-schema.ts";
import { type ActorRow, absentAsNull, actorRowSchema } from "../model/rows.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";

/** An actor of the corpus, as the resolver knows it. */
export interface KnownActor extends ActorRow {
  /** Every form the corpus names it with: its name, its aliases and the words of its mentions, each once. */
  readonly forms: readonly string[];
}

export type KnownActorMap = ReadonlyMap<string, KnownActor>;

const withForms = (actor: ActorRow, mentionForms: readonly string[] = []): KnownActor => ({
  ...actor,
  forms: [...new Set([actor.name, ...actor.aliases, ...mentionForms])],
});

const graphActor = absentAsNull(actorRowSchema.extend({ aliases: z.array(z.string()).default([]) })).and(
  z.object({ mentionForms: z.array(z.string()) }),
);

/** The graph's actors, with the forms its articles' mentions use. */
export async function knownActorsFromGraph(
  driver: Driver,
  database: string,
): Promise<Map<string, KnownActor>> {
  const { records } = await driver.executeQuery(
    cypherStatement("resolver/known-actors"),
    {},
    { database, routing: "READ" },
  );
  return new Map(
    records.map((r) => {
      const { mentionForms, ...actor } = graphActor.parse(r.get("actor"));
      return [actor.id, withForms(actor, mentionForms)];
    }),
  );
}

const fileShape = z.object({
  article: z.object({ id: z.string() }).partial().optional(),
  actors: z.array(z.unknown()).optional(),
});

/**
 * The actors annotation files define, as the graph would hold them after loading those files in order: aliases
 * a later article adds through `ref:` are the actor's too, and hand-given mention quotes are among its forms.
 * The file of `exceptArticleId` is left out (an article is not checked against itself). Files that do not parse
 * contribute nothing here; validating them reports their problems.
 */
export async function knownActorsFromFiles(
  files: readonly string[],
  exceptArticleId?: string,
): Promise<Map<string, KnownActor>> {
  const rows = new Map<string, ActorRow>();
  const quotes = new Map<string, string[]>();
  const refs: { ref: string; aliases: readonly string[]; quotes: readonly string[] }[] = [];
  for (const file of files) {
    let doc: z.infer<typeof fileShape>;
    try {
      doc = fileShape.parse(parse(await readFile(file, "utf8")));
    } catch {
      continue;
    }
    if (doc.article?.id === undefined || doc.article.id === exceptArticleId) continue;
    for (const raw of doc.actors ?? []) {
      const ref = actorRefSchema.safeParse(raw);
      if (ref.success) {
        refs.push({
          ref: ref.data.ref,
          aliases: ref.data.aliases,
          quotes: (ref.data.mentions ?? []).map((m) => m.quote),
        });
        continue;
      }
      const parsed = actorSchema.safeParse(raw);
      if (!parsed.success) continue;
      const a = parsed.data;
      const before = rows.get(a.id);
      // A later definition wins, its aliases added to the earlier ones', as the loader merges them.
      rows.set(a.id, {
        id: a.id,
        kind: a.kind,
        name: a.name,
        aliases: [...new Set([...(before?.aliases ?? []), ...a.aliases])],
        description: a.description,
        sector: a.sector ?? null,
        country: a.country ?? null,
        wikidata: a.wikidata ?? null,
        distinctFrom: [...new Set([...(before?.distinctFrom ?? []), ...(a.distinctFrom ?? [])])],
      });
      quotes.set(a.id, [...(quotes.get(a.id) ?? []), ...(a.mentions ?? []).map((m) => m.quote)]);
    }
  }
  for (const { ref, aliases, quotes: refQuotes } of refs) {
    const actor = rows.get(ref);
    if (!actor) continue;
    rows.set(ref, { ...actor, aliases: [...new Set([...actor.aliases, ...aliases])] });
    quotes.set(ref, [...(quotes.get(ref) ?? []), ...refQuotes]);
  }
  return new Map([...rows].map(([id, actor]) => [id, withForms(actor, quotes.get(id))]));
}
