import { describe, expect, it } from "vitest";
import { ActorResolver } from "../../../src/resolver/actor-resolver.ts";
import type { KnownActor } from "../../../src/resolver/known-actors.ts";
import { Merges } from "../../../src/resolver/merges.ts";
import type { ActorEntry } from "../../../src/validation/parse-annotation.ts";
import { Problems } from "../../../src/validation/problems.ts";
import {
  checkNewActors,
  mergedRelations,
  resolveActors,
} from "../../../src/validation/rules/known-actors.ts";

// Fictional actors of an earlier article.
const rahimi: KnownActor = {
  id: "amina-rahimi",
  kind: "Person",
  name: "Amina Rahimi",
  aliases: ["Rahimi"],
  description: "Valdor's foreign minister",
  sector: "GOV",
  country: null,
  wikidata: null,
  distinctFrom: [],
  forms: ["Amina Rahimi", "Rahimi"],
};
const merges = new Merges([
  { keep: "amina-rahimi", drop: "a-rahimi", date: "2026-11-30", note: "one person" },
]);
const resolver = new ActorResolver(new Map([[rahimi.id, rahimi]]), merges, { kind: "files", files: [] });
const person = (id: string, name: string, extra = {}) => ({
  id,
  kind: "Person" as const,
  name,
  aliases: [],
  description: "someone",
  sector: "GOV" as const,
  ...extra,
});

describe("actors of the corpus", () => {
  it("fills a ref from the corpus and adds this article's words for it", () => {
    const problems = new Problems("f.yaml");
    const entries: ActorEntry[] = [
      { index: 0, kind: "ref", ref: { ref: "amina-rahimi", aliases: ["the minister"] } },
    ];
    const [actor] = resolveActors(entries, resolver, problems);
    expect(actor).toMatchObject({ id: "amina-rahimi", aliases: ["Rahimi", "the minister"], sector: "GOV" });
    expect(problems.list).toEqual([]);
  });

  it("names a ref the corpus does not have", () => {
    const problems = new Problems("f.yaml");
    const entries: ActorEntry[] = [{ index: 2, kind: "ref", ref: { ref: "nobody", aliases: [] } }];
    expect(resolveActors(entries, resolver, problems)).toEqual([undefined]);
    expect(problems.list).toEqual([
      expect.objectContaining({
        path: "actors[2].ref",
        message: 'refers to actor "nobody", which is not in the corpus',
      }),
    ]);
  });

  it("maps a merged-away actor to the kept one, its names becoming aliases, with a warning", () => {
    const problems = new Problems("f.yaml");
    const entries: ActorEntry[] = [{ index: 0, kind: "new", actor: person("a-rahimi", "A. Rahimi") }];
    const [actor] = resolveActors(entries, resolver, problems);
    expect(actor).toMatchObject({
      id: "amina-rahimi",
      name: "Amina Rahimi",
      aliases: ["Rahimi", "A. Rahimi"],
    });
    expect(problems.warnings.map((w) => w.message)).toEqual([
      '"a-rahimi" was merged into "amina-rahimi" on 2026-11-30 (data/actor-merges.tsv): its names, mentions and relations go to "amina-rahimi"',
    ]);
    const [relation] = mergedRelations(
      [
        {
          id: "r",
          type: "VISITS",
          source: "a-rahimi",
          target: "x",
          attributedTo: "a-rahimi",
          evidence: "e",
          status: "asserted",
        },
      ],
      resolver,
    );
    expect(relation).toMatchObject({ source: "amina-rahimi", target: "x", attributedTo: "amina-rahimi" });
  });

  it("refuses a new actor that shares a name, or resembles a known one, unless it says it is distinct", () => {
    const problems = new Problems("f.yaml");
    checkNewActors(
      [
        { index: 0, kind: "new", actor: person("rahimi-2", "Rahimi") },
        { index: 1, kind: "new", actor: person("minister-rahimi", "Foreign Minister Amina Rahimi") },
        { index: 2, kind: "new", actor: person("rahimi-3", "Rahimi", { distinctFrom: ["amina-rahimi"] }) },
      ],
      resolver,
      problems,
    );
    expect(problems.list.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'actors[0]: new actor "rahimi-2" shares the name "Rahimi" with existing actor "amina-rahimi" (Amina Rahimi): write `ref: amina-rahimi` to use that actor, or add "amina-rahimi" to `distinctFrom` if they are different',
      'actors[1]: new actor "minister-rahimi" resembles existing actor "amina-rahimi" (Amina Rahimi), score 1.00: "Foreign Minister Amina Rahimi" ~ "Amina Rahimi" (the same words; set aside: foreign, minister); write `ref: amina-rahimi` to use that actor, or add "amina-rahimi" to `distinctFrom` if they are different',
    ]);
  });
});
