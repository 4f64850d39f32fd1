import { describe, expect, it } from "vitest";
import { type Draft, mapActors, scoreArticle, summarise } from "../../../bench/extract/score.ts";
import type { AnnotatedActor } from "../../../src/annotation/annotation-schema.ts";
import { readArticle } from "../../../src/article/read-article.ts";
import { validateAnnotationFile } from "../../../src/validation/validate-annotation.ts";
import { loadWikidataIds } from "../../../src/validation/wikidata-ids.ts";

const SEED = "data/annotations/2025-04-17-dar-kabul-afghan-expulsions.yaml";
const { graph: human } = await validateAnnotationFile(SEED, { wikidata: await loadWikidataIds() });
const article = await readArticle("data/articles/2025-04-17-dar-kabul-afghan-expulsions.txt");

const person = (id: string, name: string, aliases: string[] = []): AnnotatedActor => ({
  id,
  kind: "Person",
  name,
  aliases,
  description: name,
  sector: "GOV",
});
const actor = (id: string, kind: AnnotatedActor["kind"], name: string): AnnotatedActor => ({
  id,
  kind,
  name,
  aliases: [],
  description: name,
});

/** A hand-made machine draft of the seed article, with a known outcome for every item. */
const draft: Draft = {
  actors: [
    person("ishaq-dar", "Ishaq Dar", ["Dar"]), // same id
    actor("pakistan", "Country", "Pakistan"), // same id
    actor("islamabad", "Government", "Islamabad"), // an alias of pakistan-government
    actor("kabul", "Country", "Kabul"), // an alias of taliban-government, but another kind
    { ref: "iom", aliases: [] }, // a corpus actor the annotation uses too
    actor("afghans", "Group", "Afghans"), // an alias of afghans-in-pakistan
    actor("rawalpindi", "Group", "Rawalpindi"), // no human actor
    actor("pakistani-government", "Government", "Pakistani government"), // pakistan-government again
    actor("nato", "Organization", "NATO"), // an alias of nato-forces
    actor("taliban", "Group", "Taliban"), // an alias of afghan-taliban
  ],
  relations: [
    {
      // typed match; status, date and attribution right
      id: "r1",
      type: "PLANS_VISIT",
      source: "ishaq-dar",
      target: "kabul",
      evidence: "Ishaq Dar said on Thursday that he will visit Kabul in the coming days",
      when: "in the coming days",
      attributedTo: "ishaq-dar",
      status: "planned",
    },
    {
      // typed match with the IOM's EXPELS (of three between the same actors): the evidence decides
      id: "r2",
      type: "EXPELS",
      source: "islamabad",
      target: "afghans",
      evidence: "Pakistan has expelled nearly 60,000 Afghans since the start of April",
      when: "since the start of April",
      attributedTo: "iom",
      status: "asserted",
    },
    {
      // typed match; status (alleged, not asserted) and date (none, not "Last year") wrong
      id: "r3",
      type: "ACCUSES",
      source: "islamabad",
      target: "kabul",
      evidence: "Islamabad accusing Kabul of allowing militants",
      attributedTo: "islamabad",
      status: "alleged",
    },
    {
      // the human DENIES between the same actors: an untyped match only
      id: "r4",
      type: "CRITICIZES",
      source: "kabul",
      target: "islamabad",
      evidence: "The Taliban government denies the charge.",
      status: "asserted",
    },
    {
      // FIGHTS is symmetric: the human's afghan-taliban → nato-forces matches reversed
      id: "r5",
      type: "FIGHTS",
      source: "nato",
      target: "taliban",
      evidence: "their insurgency against NATO forces",
      status: "historical",
    },
    {
      // an end that is no human actor
      id: "r6",
      type: "EXPELS",
      source: "rawalpindi",
      target: "afghans",
      evidence: "told to leave the capital and the neighbouring city of Rawalpindi",
      status: "asserted",
    },
    {
      // not in the article
      id: "r7",
      type: "ATTACKS",
      source: "taliban",
      target: "pakistan",
      evidence: "the TTP attacks officials",
      status: "asserted",
      rule: "attack-verb",
    },
  ],
};

describe("scoring a machine draft against the seed's human annotation", () => {
  const score = scoreArticle(draft, human, article);

  it("maps machine actors by id, by the resolver's name similarity, and by the same words in another kind", () => {
    const by = Object.fromEntries(mapActors(draft, human).map((m) => [m.machineId, [m.humanId, m.by]]));
    expect(by).toEqual({
      "ishaq-dar": ["ishaq-dar", "same id"],
      pakistan: ["pakistan", "same id"],
      islamabad: ["pakistan-government", "name"],
      kabul: ["taliban-government", "name, other kind"],
      iom: ["iom", "same id"],
      afghans: ["afghans-in-pakistan", "name"],
      rawalpindi: [null, null],
      "pakistani-government": ["pakistan-government", "name"],
      nato: ["nato-forces", "name"],
      taliban: ["afghan-taliban", "name"],
    });
    expect(score.actors).toMatchObject({
      machine: 10,
      human: 19,
      mapped: 9,
      found: 8,
      duplicates: 1,
      acrossKinds: 1,
      unmapped: ["Rawalpindi"],
    });
    expect(score.actors.missed).toContain("TTP");
  });

  it("counts typed and untyped matches one to one, symmetric types in either direction", () => {
    expect(score.typed).toEqual({ machine: 7, human: 31, matched: 4 });
    expect(score.untyped).toEqual({ machine: 7, human: 31, matched: 5 });
    expect(score.falsePositives.map((f) => f.evidence)).toEqual([
      "The Taliban government denies the charge.",
      "told to leave the capital and the neighbouring city of Rawalpindi",
      "the TTP attacks officials",
    ]);
    expect(score.falsePositives[1]).toMatchObject({ source: "(rawalpindi)", target: "afghans-in-pakistan" });
    expect(score.falsePositives[2]?.rule).toBe("attack-verb");
  });

  it("takes, of three EXPELS between the same actors, the one whose evidence the machine quotes", () => {
    const missedExpels = score.misses.filter((m) => m.type === "EXPELS").map((m) => m.evidence);
    expect(missedExpels).toHaveLength(2);
    expect(missedExpels.join(" ")).not.toContain("International Organization for Migration said");
  });

  it("checks status, date and attribution on the typed matches", () => {
    expect(score.onMatched).toEqual({ n: 4, status: 3, date: 3, attribution: 4 });
  });

  it("fills the per-type table and checks every evidence verbatim", () => {
    expect(score.perType.EXPELS).toEqual({ support: 3, tp: 1, fp: 1, fn: 2 });
    expect(score.perType.CRITICIZES).toEqual({ support: 2, tp: 0, fp: 1, fn: 2 });
    expect(score.perType.FIGHTS).toEqual({ support: 1, tp: 1, fp: 0, fn: 0 });
    expect(score.perType.HOLDS_OFFICE_IN).toEqual({ support: 4, tp: 0, fp: 0, fn: 4 });
    expect(score.evidence).toMatchObject({ total: 7, verbatim: 6 });
    expect(score.evidence.failures[0]).toContain("the TTP attacks officials");
  });

  it("does not match a directed type reversed", () => {
    const reversed: Draft = {
      actors: draft.actors,
      relations: [
        {
          id: "x",
          type: "DENIES",
          source: "islamabad",
          target: "kabul",
          evidence: "The Taliban government denies the charge.",
          status: "asserted",
        },
      ],
    };
    const s = scoreArticle(reversed, human, article);
    expect(s.typed.matched).toBe(0);
    // Untyped, Islamabad → Kabul is one of the human relations in that direction (ACCUSES, REDUCES_RELATIONS).
    expect(s.untyped.matched).toBe(1);
  });

  it("sums articles into micro-averaged precision and recall", () => {
    const empty = scoreArticle({ actors: [], relations: [] }, human, article);
    const total = summarise([score, empty]);
    expect(total.articles).toBe(2);
    expect(total.typed).toEqual({ machine: 7, human: 62, matched: 4, precision: 4 / 7, recall: 4 / 62 });
    expect(total.actors.precision).toBe(9 / 10);
    expect(total.actors.recall).toBe(8 / 38);
    expect(total.onMatched).toEqual({ n: 4, status: 0.75, date: 0.75, attribution: 1 });
    expect(total.perType.EXPELS).toEqual({ support: 6, tp: 1, fp: 1, fn: 5 });
    expect(summarise([empty]).typed.precision).toBeNull();
  });
});
