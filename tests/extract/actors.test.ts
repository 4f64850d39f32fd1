import { describe, expect, it } from "vitest";
import { isDemonymOf } from "../../src/extract/actors.ts";

describe("isDemonymOf", () => {
  it("reads a people's adjective as its place's name with an ending", () => {
    const pairs = [
      ["Ildranian", "Ildran"],
      ["Corvanian", "Corvania"],
      ["Marrovan", "Marrova"],
      ["Pakistani", "Pakistan"],
      ["Afghan", "Afghanistan"],
      ["Valdorian", "Valdoria"],
    ];
    for (const [adjective, place] of pairs)
      expect(isDemonymOf(adjective as string, place as string), adjective).toBe(true);
  });

  it("does not take one place's people for another's", () => {
    expect(isDemonymOf("Brevian", "Bravonia")).toBe(false);
    expect(isDemonymOf("Ostravan", "Valdoria")).toBe(false);
    expect(isDemonymOf("Asterian", "Asteria Minor")).toBe(false);
  });
});
