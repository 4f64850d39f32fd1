import { describe, expect, it } from "vitest";
import type { AnnotatedActor } from "../../../src/annotation/annotation-schema.ts";
import { Problems } from "../../../src/validation/problems.ts";
import { actorRows } from "../../../src/validation/rules/actors.ts";
import { parseWikidataIds } from "../../../src/validation/wikidata-ids.ts";

const wikidata = parseWikidataIds("name\twikidata\nPakistan\tQ843\n", "ids.tsv");
const pakistan: AnnotatedActor = {
  id: "pakistan",
  kind: "Country",
  name: "Pakistan",
  aliases: [],
  description: "the state",
};

describe("actor rows", () => {
  it("writes each actor once, nulls for what it leaves out, aliases without repeats", () => {
    const problems = new Problems("f.yaml");
    const rows = actorRows(
      [{ ...pakistan, aliases: ["PK", "PK"], wikidata: "Q843" }, undefined],
      wikidata,
      problems,
    );
    expect(rows).toEqual([
      {
        id: "pakistan",
        kind: "Country",
        name: "Pakistan",
        aliases: ["PK"],
        description: "the state",
        sector: null,
        country: null,
        wikidata: "Q843",
        distinctFrom: [],
      },
    ]);
    expect(problems.list).toEqual([]);
  });

  it("asks a non-country for its sector and refuses a duplicate id", () => {
    const problems = new Problems("f.yaml");
    actorRows([pakistan, { ...pakistan, kind: "Government" }], wikidata, problems);
    expect(problems.list.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'actors[1].id: duplicate actor id "pakistan"',
      "actors[1].sector: a Government needs a CAMEO/PLOVER sector (GOV, INS, IGO, REF, …)",
    ]);
  });

  it("takes only checked Wikidata ids, on the actor they are listed for", () => {
    const problems = new Problems("f.yaml");
    actorRows(
      [
        { ...pakistan, wikidata: "Q1" },
        { ...pakistan, id: "p2", name: "Islamic Republic", wikidata: "Q843" },
      ],
      wikidata,
      problems,
    );
    expect(problems.list.map((p) => p.message)).toEqual([
      "Q1 is not in the list of checked Wikidata ids (data/wikidata.tsv); leave it unset rather than guess",
      'Q843 is listed for "Pakistan", which is neither this actor\'s name nor one of its aliases',
    ]);
  });
});
