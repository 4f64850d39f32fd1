import { describe, expect, it } from "vitest";
import { ActorResolver } from "../../src/resolver/actor-resolver.ts";
import { knownActorsFromFiles } from "../../src/resolver/known-actors.ts";
import { Merges } from "../../src/resolver/merges.ts";

const SEED = "data/annotations/2025-04-17-dar-kabul-afghan-expulsions.yaml";
const seedActors = await knownActorsFromFiles([SEED]);
const resolver = new ActorResolver(seedActors, new Merges(), { kind: "files", files: [SEED] });

const person = (id: string, name: string) => ({ id, kind: "Person" as const, name, aliases: [] });

describe("near-duplicates of the seed article's actors", () => {
  it("catches the four spellings that went in as duplicates, each with the real actor first", () => {
    // The seed now lists "Tehrik-e-Taliban Pakistan" among the TTP's aliases, so a fifth spelling of it stands in
    // for the first: only transliteration tells it apart.
    const caught = [
      { id: "ttp-2", kind: "Group" as const, name: "Tehreek-i-Taliban Pakistan", aliases: [] },
      person("mohammad-ishaq-dar", "Mohammad Ishaq Dar"),
      {
        id: "taliban-administration",
        kind: "Government" as const,
        name: "Taliban administration",
        aliases: [],
      },
      { id: "pakistani-government", kind: "Government" as const, name: "Pakistani government", aliases: [] },
    ].map((a) => resolver.nearDuplicates(a).map((c) => `${c.actor.id} ${c.score}`));
    expect(caught).toEqual([
      ["ttp 1"],
      ["ishaq-dar 0.83"],
      ["taliban-government 1"],
      ["pakistan-government 1"],
    ]);
  });

  it("raises no false alarm among the seed's 19 actors, which are all different", () => {
    expect(seedActors.size).toBe(19);
    expect(resolver.duplicatePairs().map((p) => `${p.of.id} ~ ${p.actor.id} ${p.score}`)).toEqual([]);
  });
});

describe("names in a text", () => {
  // Fictional sentences on the seed's actors.
  const text =
    "Pakistan’s envoy met Tehrik-i-Taliban Pakistan elders; the Pakistani Taliban denied it, and the Taliban said nothing. Pakistan closed the border.";

  it("matches whole words only: 'Taliban' is not found inside a hyphenated compound or 'Pakistani Taliban'", () => {
    const { byActor } = resolver.mentionsIn(text);
    expect(byActor.get("afghan-taliban")?.map((s) => text.slice(s.start, s.end))).toEqual(["Taliban"]);
    expect(text.slice(byActor.get("afghan-taliban")?.[0]?.start ?? 0).startsWith("Taliban said")).toBe(true);
    // "Pakistani Taliban" is one of the TTP's own forms, and the longer form wins over "Taliban".
    expect(byActor.get("ttp")?.map((s) => text.slice(s.start, s.end))).toEqual(["Pakistani Taliban"]);
  });

  it("reports a form shared by the country and its government with both, on every occurrence", () => {
    const { conflicts } = resolver.mentionsIn(text);
    expect(
      conflicts.map(
        (c) => `${text.slice(c.span.start, c.span.end)}@${c.span.start}: ${c.actorIds.join(" | ")}`,
      ),
    ).toEqual([
      "Pakistan@0: pakistan | pakistan-government",
      "Pakistan@38: pakistan | pakistan-government",
      "Pakistan@118: pakistan | pakistan-government",
    ]);
  });

  it("lets the longest form win once the TTP's full name is one of its forms", () => {
    const ttp = seedActors.get("ttp");
    if (!ttp) throw new Error("the seed has no TTP");
    const withFullName = new ActorResolver(
      new Map([...seedActors, ["ttp", { ...ttp, forms: [...ttp.forms, "Tehrik-i-Taliban Pakistan"] }]]),
      new Merges(),
      resolver.source,
    );
    const { byActor, conflicts } = withFullName.mentionsIn(text);
    expect(byActor.get("ttp")).toEqual([
      { start: 21, end: 46 },
      { start: 59, end: 76 },
    ]);
    expect(conflicts.map((c) => c.span.start)).toEqual([0, 118]);
  });

  it("follows the merge decisions to the kept actor", () => {
    const merged = new ActorResolver(
      seedActors,
      new Merges([{ keep: "ishaq-dar", drop: "dar-2", date: "2026-12-01", note: "" }]),
      resolver.source,
    );
    expect(merged.canonicalId("dar-2")).toBe("ishaq-dar");
    expect(merged.actor("dar-2")?.name).toBe("Ishaq Dar");
  });
});
