import type { AnnotatedActor } from "../../annotation/annotation-schema.ts";
import type { ActorRow } from "../../model/rows.ts";
import type { ActorEntry } from "../parse-annotation.ts";
import type { Problems } from "../problems.ts";

/**
 * The annotation's actors in full, by index in the file: new actors as written, `ref` entries filled in from the
 * corpus's actor of that id with this article's aliases and mentions added. undefined where an entry failed its
 * schema or refers to an actor the corpus does not have.
 */
export function resolveActors(
  entries: readonly ActorEntry[],
  known: ReadonlyMap<string, ActorRow> | undefined,
  problems: Problems,
): (AnnotatedActor | undefined)[] {
  return entries.map((entry) => {
    if (entry.kind !== "ref") return entry.kind === "new" ? entry.actor : undefined;
    const existing = known?.get(entry.ref.ref);
    if (!existing) {
      problems.at(
        ["actors", entry.index, "ref"],
        `refers to actor "${entry.ref.ref}", which is not in the ${known ? "corpus" : "graph (no corpus to look in)"}`,
      );
      return undefined;
    }
    return {
      id: existing.id,
      kind: existing.kind,
      name: existing.name,
      aliases: [...new Set([...existing.aliases, ...entry.ref.aliases])],
      description: existing.description,
      sector: existing.sector ?? undefined,
      country: existing.country ?? undefined,
      wikidata: existing.wikidata ?? undefined,
      mentions: entry.ref.mentions,
    };
  });
}

/**
 * Entity resolution across articles: a new actor that shares a name or alias with an actor of the corpus must say
 * whether it is that actor (`ref`) or another (`distinctFrom`); nothing is merged or duplicated silently.
 */
export function checkSharedNames(
  entries: readonly ActorEntry[],
  known: ReadonlyMap<string, ActorRow>,
  problems: Problems,
): void {
  const knownByForm = new Map<string, ActorRow[]>();
  for (const k of known.values()) {
    for (const form of new Set([k.name, ...k.aliases].map((f) => f.toLowerCase()))) {
      knownByForm.set(form, [...(knownByForm.get(form) ?? []), k]);
    }
  }
  for (const entry of entries) {
    if (entry.kind !== "new" || known.has(entry.actor.id)) continue;
    const a = entry.actor;
    const reported = new Set<string>();
    for (const form of [a.name, ...a.aliases]) {
      for (const k of knownByForm.get(form.toLowerCase()) ?? []) {
        if (reported.has(k.id) || a.distinctFrom?.includes(k.id)) continue;
        reported.add(k.id);
        problems.at(
          ["actors", entry.index],
          `new actor "${a.id}" shares the name "${form}" with existing actor "${k.id}" (${k.name}): ` +
            `write \`ref: ${k.id}\` to use that actor, or add "${k.id}" to \`distinctFrom\` if they are different`,
        );
      }
    }
  }
}
