import { describe, expect, it } from "vitest";
import { findMentions } from "../../src/text/find-mentions.ts";

const text =
  "The TTP is a separate but closely linked group to the Afghan Taliban. Afghans fled; the Taliban ruled.";

describe("findMentions", () => {
  it("lets the longest form win and matches whole words only", () => {
    const { byActor, conflicts } = findMentions(text, [
      { actorId: "afghan-taliban", forms: ["Afghan Taliban", "Taliban"] },
      { actorId: "afghans", forms: ["Afghan"] },
    ]);
    expect(conflicts).toEqual([]);
    const taliban = byActor.get("afghan-taliban") ?? [];
    expect(taliban.map((s) => text.slice(s.start, s.end))).toEqual(["Afghan Taliban", "Taliban"]);
    // "Afghan" inside "Afghan Taliban" is taken; "Afghans" is not a whole-word "Afghan".
    expect(byActor.get("afghans")).toBeUndefined();
  });

  it("reports a span that two actors claim with the same words", () => {
    const { conflicts } = findMentions(text, [
      { actorId: "ttp", forms: ["TTP"] },
      { actorId: "other", forms: ["TTP"] },
    ]);
    expect(conflicts).toEqual([{ span: { start: 4, end: 7 }, actorIds: ["ttp", "other"] }]);
  });

  it("leaves reserved spans to the actor that claimed them by hand", () => {
    const second = text.lastIndexOf("Taliban");
    const reserved = [{ start: second, end: second + "Taliban".length }];
    const { byActor } = findMentions(
      text,
      [{ actorId: "afghan-taliban", forms: ["Afghan Taliban", "Taliban"] }],
      reserved,
    );
    expect(byActor.get("afghan-taliban")).toEqual([
      { start: text.indexOf("Afghan Taliban"), end: text.indexOf("Afghan Taliban") + 14 },
    ]);
  });
});
