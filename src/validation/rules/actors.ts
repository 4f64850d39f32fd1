import type { AnnotatedActor } from "../../annotation/annotation-schema.ts";
import type { ActorRow } from "../../model/rows.ts";
import type { Problems } from "../problems.ts";
import type { WikidataIds } from "../wikidata-ids.ts";

/**
 * The actor rows of an annotation: ids unique, a sector for every actor but a country, and only Wikidata ids
 * from the checked list, on the actor they are listed for.
 */
export function actorRows(
  actors: readonly (AnnotatedActor | undefined)[],
  wikidata: WikidataIds,
  problems: Problems,
): ActorRow[] {
  const ids = new Set<string>();
  const rows: ActorRow[] = [];
  actors.forEach((a, i) => {
    if (a === undefined) return;
    if (ids.has(a.id)) problems.at(["actors", i, "id"], `duplicate actor id "${a.id}"`);
    ids.add(a.id);
    if (a.sector === undefined && a.kind !== "Country") {
      problems.at(["actors", i, "sector"], `a ${a.kind} needs a CAMEO/PLOVER sector (GOV, INS, IGO, REF, …)`);
    }
    if (a.wikidata !== undefined) {
      const listedFor = wikidata.nameOf(a.wikidata);
      if (listedFor === undefined) {
        problems.at(
          ["actors", i, "wikidata"],
          `${a.wikidata} is not in the list of checked Wikidata ids (data/wikidata.tsv); leave it unset rather than guess`,
        );
      } else if (listedFor !== a.name && !a.aliases.includes(listedFor)) {
        problems.at(
          ["actors", i, "wikidata"],
          `${a.wikidata} is listed for "${listedFor}", which is neither this actor's name nor one of its aliases`,
        );
      }
    }
    rows.push({
      id: a.id,
      kind: a.kind,
      name: a.name,
      aliases: [...new Set(a.aliases)],
      description: a.description,
      sector: a.sector ?? null,
      country: a.country ?? null,
      wikidata: a.wikidata ?? null,
      distinctFrom: [...new Set(a.distinctFrom ?? [])],
    });
  });
  return rows;
}
