import { describe, expect, it } from "vitest";
import type { AnnotatedActor } from "../../../src/annotation/annotation-schema.ts";
import { Problems } from "../../../src/validation/problems.ts";
import { mentionRows } from "../../../src/validation/rules/mentions.ts";

// Fictional: a capital named for its government in one sentence and for the city in the next.
const text = "Valdor accused Kessia of hosting rebels. Talks were held in Valdor on Monday.";
const actor = (id: string, name: string, extra: Partial<AnnotatedActor> = {}): AnnotatedActor => ({
  id,
  kind: "Government",
  name,
  aliases: [],
  description: id,
  sector: "GOV",
  ...extra,
});

describe("mention rows", () => {
  it("finds every whole-word mention with its offset and words", () => {
    const problems = new Problems("f.yaml");
    const rows = mentionRows(
      [actor("valdor-government", "Valdor"), actor("kessia-government", "Kessia")],
      text,
      problems,
    );
    expect(rows).toEqual([
      { actorId: "valdor-government", count: 2, offsets: [0, 60], forms: ["Valdor", "Valdor"] },
      { actorId: "kessia-government", count: 1, offsets: [15], forms: ["Kessia"] },
    ]);
  });

  it("takes mentions given by hand instead, and reports a span two actors claim", () => {
    const problems = new Problems("f.yaml");
    const rows = mentionRows(
      [
        actor("valdor-government", "Valdor government", { mentions: [{ quote: "Valdor", occurrence: 1 }] }),
        actor("valdor-city", "Valdor", { kind: "Country" }),
        actor("kessia-government", "Kessia"),
        actor("kessia-people", "Kessia", { kind: "Group", sector: "CVL" }),
      ],
      text,
      problems,
    );
    expect(rows.find((r) => r.actorId === "valdor-government")?.offsets).toEqual([0]);
    expect(rows.find((r) => r.actorId === "valdor-city")?.offsets).toEqual([60]);
    expect(problems.list.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'actors[3].aliases: "Kessia" (offset 15) is a name or alias of kessia-government and kessia-people; give `mentions` by hand for one of them',
      'actors[2]: "kessia-government" is never named in the article: add the words the article uses for it to `aliases` or `mentions`',
      'actors[3]: "kessia-people" is never named in the article: add the words the article uses for it to `aliases` or `mentions`',
    ]);
  });
});
