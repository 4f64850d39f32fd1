import { describe, expect, it } from "vitest";
import { browserCaption, checkGrass, nodeColor, parseGrass, readGrassFile } from "../../src/browser/grass.ts";
import { buildGrass, MACHINE_MARK, undrawableArcs } from "../../src/browser/grass-style.ts";
import {
  ACTOR_KINDS,
  type PloverType,
  RELATION_CAPTIONS,
  RELATION_TYPES,
} from "../../src/model/vocabulary.ts";

const text = buildGrass();
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

  it("is the file in src/browser/ (run `npm run grass` after changing the vocabulary or the style)", () => {
    expect(readGrassFile()).toBe(text);
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

  it("captions every relation type with its short caption from the vocabulary", () => {
    const shown = (type: string) =>
      browserCaption(sheet[`relationship.${type}`]?.caption ?? "", { type, properties: {} });
    expect(shown("IMPOSES_ADMINISTRATIVE_SANCTIONS")).toBe("sanctions");
    expect(shown("HOLDS_OFFICE_IN")).toBe("holds office in");
    for (const t of RELATION_TYPES) {
      const caption = RELATION_CAPTIONS[t.type];
      expect(caption, `RELATION_CAPTIONS.${t.type} in src/model/vocabulary.ts`).toMatch(
        /^[a-z][a-z ]*[a-z]$/,
      );
      expect(caption.length, t.type).toBeLessThanOrEqual(16);
      expect(sheet[`relationship.${t.type}`]?.caption, t.type).toBe(`{${MACHINE_MARK}}${caption}`);
    }
  });

  it("marks a machine-coded relation in its caption, the one thing Browser 5.24 styles per relationship", () => {
    // What the loader stores on a machine's ACCUSES (cypher/loader/create-relations.cypher), and on a human's.
    const accuses = sheet["relationship.ACCUSES"]?.caption ?? "";
    const machine = { [MACHINE_MARK]: "machine 0.72 · ", coder: "machine", confidence: 0.72 };
    expect(browserCaption(accuses, { type: "ACCUSES", properties: machine })).toBe("machine 0.72 · accuses");
    expect(browserCaption(accuses, { type: "ACCUSES", properties: { coder: "human" } })).toBe("accuses");
    // The default rule (a type outside the vocabulary) still shows the type.
    expect(browserCaption(sheet.relationship?.caption ?? "", { type: "OTHER", properties: machine })).toBe(
      "OTHER",
    );
  });

  it("colours events by PLOVER family", () => {
    const conflict = sheet["relationship.ACCUSES"]?.color;
    const cooperation = sheet["relationship.VISITS"]?.color;
    const neutral = sheet.relationship?.color;
    expect(new Set([conflict, cooperation, neutral]).size).toBe(3);
    for (const t of RELATION_TYPES) {
      const color = sheet[`relationship.${t.type}`]?.color;
      const family =
        t.plover && CONFLICT.includes(t.plover)
          ? conflict
          : t.plover && COOPERATION.includes(t.plover)
            ? cooperation
            : neutral;
      expect(color, `relationship.${t.type}`).toBe(family);
    }
  });

  it("has no node sizes and line widths for which Browser cannot draw a curved relationship", () => {
    expect(undrawableArcs(sheet)).toEqual([]);
  });

  it("finds the sizes that hid the seed article's expulsions (Government 76 px, Group 60 px, 2 px lines)", () => {
    const old = parseGrass(
      "node.Government { diameter: 76px; } node.Group { diameter: 60px; } relationship.EXPELS { shaft-width: 2px; }",
    );
    expect(undrawableArcs(old)).toEqual(["node.Government -[relationship.EXPELS]-> node.Group"]);
  });
});
