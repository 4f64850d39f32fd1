import { describe, expect, it } from "vitest";
import { relationTypeDefinition } from "../../src/model/vocabulary.ts";
import { Merges } from "../../src/resolver/merges.ts";
import { resolverFromFiles } from "../../src/resolver/open-resolver.ts";
import { validateAnnotationFile } from "../../src/validation/validate-annotation.ts";
import { loadWikidataIds } from "../../src/validation/wikidata-ids.ts";

const SEED = "data/annotations/2025-04-17-dar-kabul-afghan-expulsions.yaml";
const ACCORD = "tests/fixtures/annotations/2025-05-09-transit-accord.yaml";

describe("the relation types added for the follow-up articles", () => {
  it("carry the CAMEO code and PLOVER type the manuals give them", () => {
    const codes = (type: string) => {
      const t = relationTypeDefinition(type);
      return t && [t.cameo, t.plover, t.ploverMode];
    };
    expect(codes("PROMISES")).toEqual(["030", "AGREE", null]);
    expect(codes("HOSTS")).toEqual(["043", "CONSULT", null]);
    expect(codes("MEDIATES")).toEqual(["045", "CONSULT", null]);
    expect(codes("IMPROVES_RELATIONS")).toEqual(["050", "SUPPORT", null]);
    expect(codes("PRAISES")).toEqual(["051", "SUPPORT", null]);
    // PLOVER codes the signing itself as SUPPORT; only the promise to sign is AGREE.
    expect(codes("SIGNS_AGREEMENT")).toEqual(["057", "SUPPORT", null]);
    expect(codes("COOPERATES")).toEqual(["060", "COOPERATE", null]);
    expect(codes("HARBOURS")).toEqual(["070", "AID", null]);
    expect(codes("ARRESTS")).toEqual(["173", "COERCE", "arrest"]);
  });

  it("code a fictional article's relations, each row carrying its type's codes", async () => {
    const resolver = await resolverFromFiles([SEED], new Merges([]));
    const { graph } = await validateAnnotationFile(ACCORD, { wikidata: await loadWikidataIds(), resolver });
    const byId = new Map(graph.relations.map((r) => [r.id.split(":")[1], r]));
    expect(byId.get("transit-agreement")).toMatchObject({
      type: "SIGNS_AGREEMENT",
      cameo: "057",
      cameoRoot: "05",
      plover: "SUPPORT",
      dateFrom: "2025-05-09",
    });
    expect(byId.get("kabul-harbours-ttp")).toMatchObject({
      type: "HARBOURS",
      source: "taliban-government",
      target: "ttp",
      status: "alleged",
      attributedTo: "pakistan-government",
      evidence: "Islamabad again accused Kabul of sheltering TTP fighters",
    });
    expect(byId.get("police-arrest-afghans")).toMatchObject({
      type: "ARRESTS",
      ploverMode: "arrest",
      quantity: 40,
      dateFrom: "2025-05-08",
    });
    expect(graph.relations.filter((r) => r.type === "MEDIATES").map((r) => r.target)).toEqual([
      "pakistan-government",
      "taliban-government",
    ]);
  });
});
