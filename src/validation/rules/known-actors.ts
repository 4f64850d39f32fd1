import type { AnnotatedActor, AnnotatedRelation } from "../../annotation/annotation-schema.ts";
import type { ActorResolver } from "../../resolver/actor-resolver.ts";
import type { ActorEntry } from "../parse-annotation.ts";
import type { Problems } from "../problems.ts";

/**
 * The annotation's actors in full, by index in the file: new actors as written, `ref` entries filled in from the
 * corpus's actor with this article's aliases and mentions added. An id the researcher merged into another actor
 * (data/actor-merges.tsv) stands for that actor: a `ref` to it is a `ref` to the kept one, and a new actor with
 * that id adds its names to the kept one. undefined where an entry failed its schema or refers to an actor the
 * corpus does not have.
 */
export function resolveActors(
  entries: readonly ActorEntry[],
  resolver: ActorResolver | undefined,
  problems: Problems,
): (AnnotatedActor | undefined)[] {
  return entries.map((entry) => {
    if (entry.kind === "invalid") return undefined;
    const id = entry.kind === "ref" ? entry.ref.ref : entry.actor.id;
    const merge = resolver?.merges.mergeOf(id);
    if (entry.kind === "new" && !merge) return entry.actor;
    const existing = resolver?.actor(id);
    if (!existing) {
      problems.at(
        ["actors", entry.index, entry.kind === "ref" ? "ref" : "id"],
        `refers to actor "${id}", which is not in ${resolver ? "the corpus" : "the graph (no corpus to look in)"}`,
      );
      return undefined;
    }
    if (merge) {
      problems.warn(
        ["actors", entry.index],
        `"${id}" was merged into "${existing.id}" on ${merge.date} (data/actor-merges.tsv): its names, mentions and relations go to "${existing.id}"`,
      );
    }
    const extraNames = entry.kind === "ref" ? entry.ref.aliases : [entry.actor.name, ...entry.actor.aliases];
    return {
      id: existing.id,
      kind: existing.kind,
      name: existing.name,
      aliases: [...new Set([...existing.aliases, ...extraNames])].filter((a) => a !== existing.name),
      description: existing.description,
      sector: existing.sector ?? undefined,
      country: existing.country ?? undefined,
      wikidata: existing.wikidata ?? undefined,
      distinctFrom: [...existing.distinctFrom],
      mentions: entry.kind === "ref" ? entry.ref.mentions : entry.actor.mentions,
    };
  });
}

/** Relations with every actor id mapped through the merge decisions. */
export function mergedRelations(
  relations: readonly (AnnotatedRelation | undefined)[],
  resolver: ActorResolver | undefined,
): (AnnotatedRelation | undefined)[] {
  if (!resolver) return [...relations];
  const canonical = (id: string) => resolver.canonicalId(id);
  return relations.map(
    (r) =>
      r && {
        ...r,
        source: canonical(r.source),
        target: canonical(r.target),
        ...(r.attributedTo === undefined ? {} : { attributedTo: canonical(r.attributedTo) }),
      },
  );
}

/**
 * Entity resolution across articles: a new actor whose name or alias is one of another actor's, or that resembles
 * one (spelling variants, titles, acronyms: see src/resolver/name-similarity.ts), must say whether it is that
 * actor (`ref`) or another (`distinctFrom`). Nothing is merged or duplicated silently. The annotation's own other
 * actors are not candidates: the annotator tells them apart by writing them.
 */
export function checkNewActors(
  entries: readonly ActorEntry[],
  resolver: ActorResolver,
  problems: Problems,
): void {
  const declared = new Set(
    entries
      .flatMap((e) => (e.kind === "new" ? [e.actor.id] : e.kind === "ref" ? [e.ref.ref] : []))
      .map((id) => resolver.canonicalId(id)),
  );
  const advice = (id: string) =>
    `write \`ref: ${id}\` to use that actor, or add "${id}" to \`distinctFrom\` if they are different`;
  for (const entry of entries) {
    if (entry.kind !== "new" || resolver.merges.mergeOf(entry.actor.id)) continue;
    const a = entry.actor;
    const self = resolver.canonicalId(a.id);
    const open = (id: string) => id !== self && !declared.has(id) && !a.distinctFrom?.includes(id);
    const names = new Set([a.name, ...a.aliases].map((f) => f.toLowerCase()));
    const reported = new Set<string>();
    // The same name, whatever the kinds: a country's name on a new government is still worth a word.
    for (const known of resolver.actors.values()) {
      if (!open(known.id)) continue;
      const shared = [known.name, ...known.aliases].find((f) => names.has(f.toLowerCase()));
      if (shared === undefined) continue;
      reported.add(known.id);
      problems.at(
        ["actors", entry.index],
        `new actor "${a.id}" shares the name "${shared}" with existing actor "${known.id}" (${known.name}): ${advice(known.id)}`,
      );
    }
    for (const c of resolver.nearDuplicates(a)) {
      if (!open(c.actor.id) || reported.has(c.actor.id)) continue;
      problems.at(
        ["actors", entry.index],
        `new actor "${a.id}" resembles existing actor "${c.actor.id}" (${c.actor.name}), score ${c.score.toFixed(2)}: ` +
          `"${c.form}" ~ "${c.knownForm}" (${c.evidence}); ${advice(c.actor.id)}`,
      );
    }
  }
}
