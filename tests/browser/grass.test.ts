import { describe, expect, it } from "vitest";
import { checkGrass, nodeColor, parseGrass, readGrass } from "../../src/browser/grass.ts";
import { ACTOR_KINDS, type PloverType, RELATION_TYPES } from "../../src/model/vocabulary.ts";

const text = readGrass();
const sheet = parseGrass(text);
const diameter = (selector: string) => Number.parseInt(sheet[selector]?.diameter ?? "", 10);

/** How the style colours an event: by its PLOVER family. Requests and structural ties keep the default grey. */
const CONFLICT: readonly PloverType[] = [
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
];
const COOPERATION: readonly PloverType[] = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
];

describe("actorgraph.grass", () => {
  it("is GraSS that Browser 5.24 reads as written (no comments, balanced blocks)", () => {
    expect(checkGrass(text)).toEqual([]);
    expect(Object.keys(sheet)).toContain("node");
    expect(Object.keys(sheet)).toContain("relationship");
  });

  it("gives each actor label its own colour and size, and captions nodes with their name", () => {
    const colors = ACTOR_KINDS.map((k) => nodeColor(sheet, k));
    const sizes = ACTOR_KINDS.map((k) => diameter(`node.${k}`));
    expect(new Set(colors).size).toBe(ACTOR_KINDS.length);
    expect(new Set(sizes).size).toBe(ACTOR_KINDS.length);
    for (const kind of ACTOR_KINDS) {
      const rule = sheet[`node.${kind}`];
      // Browser generates a colour and caption for a label unless a rule for it sets both.
      expect(rule?.color, kind).toMatch(/^#[0-9A-F]{6}$/i);
      expect(rule?.caption, kind).toBe("{name}");
      expect(diameter(`node.${kind}`), kind).toBeGreaterThan(0);
    }
  });

  it("draws articles small and grey", () => {
    const article = sheet["node.Article"];
    expect(diameter("node.Article")).toBeLessThan(Math.min(...ACTOR_KINDS.map((k) => diameter(`node.${k}`))));
    const [r, g, b] = (article?.color?.match(/[0-9A-F]{2}/gi) ?? []).map((h) => Number.parseInt(h, 16));
    expect(r).toBe(g);
    expect(g).toBe(b);
  });

  it("captions relationships with their type, and colours events by PLOVER family", () => {
    expect(sheet.relationship?.caption).toBe("<type>");
    for (const [selector, props] of Object.entries(sheet)) {
      if (selector.startsWith("relationship.")) expect(props.caption, selector).toBe("<type>");
    }
    const conflict = sheet["relationship.ACCUSES"]?.color;
    const cooperation = sheet["relationship.VISITS"]?.color;
    expect(conflict).toBeDefined();
    expect(cooperation).toBeDefined();
    expect(conflict).not.toBe(cooperation);
    for (const t of RELATION_TYPES) {
      const color = sheet[`relationship.${t.type}`]?.color;
      const family =
        t.plover && CONFLICT.includes(t.plover)
          ? conflict
          : t.plover && COOPERATION.includes(t.plover)
            ? cooperation
            : undefined;
      expect(color, `relationship.${t.type} in src/browser/actorgraph.grass`).toBe(family);
    }
  });
});
