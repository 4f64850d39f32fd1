import { describe, expect, it } from "vitest";
import type { ActorRow } from "../../../src/model/rows.ts";
import type { ActorEntry } from "../../../src/validation/parse-annotation.ts";
import { Problems } from "../../../src/validation/problems.ts";
import { checkSharedNames, resolveActors } from "../../../src/validation/rules/known-actors.ts";

const dar: ActorRow = {
  id: "ishaq-dar",
  kind: "Person",
  name: "Ishaq Dar",
  aliases: ["Dar"],
  description: "Pakistan's foreign minister",
  sector: "GOV",
  country: "PAK",
  wikidata: null,
};
const known = new Map([[dar.id, dar]]);

describe("actors of the corpus", () => {
  it("fills a ref from the corpus and adds this article's words for it", () => {
    const problems = new Problems("f.yaml");
    const entries: ActorEntry[] = [
      { index: 0, kind: "ref", ref: { ref: "ishaq-dar", aliases: ["the minister"] } },
    ];
    const [actor] = resolveActors(entries, known, problems);
    expect(actor).toMatchObject({
      id: "ishaq-dar",
      name: "Ishaq Dar",
      aliases: ["Dar", "the minister"],
      sector: "GOV",
    });
    expect(problems.list).toEqual([]);
  });

  it("names a ref the corpus does not have", () => {
    const problems = new Problems("f.yaml");
    const entries: ActorEntry[] = [{ index: 2, kind: "ref", ref: { ref: "nobody", aliases: [] } }];
    expect(resolveActors(entries, known, problems)).toEqual([undefined]);
    expect(problems.list).toEqual([
      expect.objectContaining({
        path: "actors[2].ref",
        message: 'refers to actor "nobody", which is not in the corpus',
      }),
    ]);
  });

  it("refuses a new actor that shares a name with a known one, unless it says it is distinct", () => {
    const newDar = {
      id: "dar-2",
      kind: "Person" as const,
      name: "Dar",
      aliases: [],
      description: "someone else",
      sector: "CVL" as const,
    };
    const problems = new Problems("f.yaml");
    checkSharedNames([{ index: 0, kind: "new", actor: newDar }], known, problems);
    expect(problems.list.map((p) => p.message)).toEqual([
      'new actor "dar-2" shares the name "Dar" with existing actor "ishaq-dar" (Ishaq Dar): write `ref: ishaq-dar` to use that actor, or add "ishaq-dar" to `distinctFrom` if they are different',
    ]);
    const allowed = new Problems("f.yaml");
    checkSharedNames(
      [{ index: 0, kind: "new", actor: { ...newDar, distinctFrom: ["ishaq-dar"] } }],
      known,
      allowed,
    );
    expect(allowed.list).toEqual([]);
  });
});
