import {
  ACTOR_KINDS,
  type ActorKind,
  PAIR_SUMMARY_TYPE,
  type PloverType,
  RELATION_CAPTIONS,
  RELATION_TYPES,
  type RelationTypeDefinition,
} from "../model/vocabulary.ts";
import type { GrassSheet } from "./grass.ts";

/**
 * actorgraph's Neo4j Browser style, generated from the vocabulary: one rule per actor kind and one per relation
 * type, so a type added to the vocabulary is styled (coloured by its PLOVER family, captioned with its short
 * caption) without editing the sheet. `npm run grass` writes it to src/browser/actorgraph.grass for people who
 * drag the file onto Browser; the API server serves it from here.
 *
 * Sizes obey one constraint of Browser 5.24's drawing code (`ArcArrow`, used for every relationship but the
 * middle one between two nodes): it divides by `1 - r_source / (r_target + h)`, where r are the node radii and
 * h = shaft-width + 6 is the arrow head's length. When a source's radius equals the target's radius plus h the
 * division is by zero, the path's coordinates are NaN and the relationship is not drawn at all: that hid all
 * six relations from the Government of Pakistan (radius 38) to "Afghans in Pakistan" (radius 30 + 8).
 * So every diameter here is a multiple of 4 (even radii) and every shaft width is odd (odd h): the two can never
 * meet. `undrawableArcs` checks the rule on any sheet.
 *
 * Machine-coded relations cannot be drawn dashed: Browser 5.24 picks a relationship's style by its type alone
 * (`relationship.ACCUSES`, never a property) and draws it as a filled outline with no stroke, so no GraSS property
 * gives a dash pattern. What it does read per relationship is a caption's `{property}`: each type is captioned
 * `{machineMark}<its caption>`, and the loader sets `machineMark` ("machine 0.72 · ") only on machine-coded
 * relations, so those read "machine 0.72 · accuses" and a human's relations keep their caption. The mark comes
 * first because Browser cuts a caption that is too long for its line from the end.
 *
 * A pair summary (INTERACTS) cannot be drawn wider for more relations either: Browser 5.24 reads `shaft-width` as
 * one value per type, with no `{property}` (neo4j/neo4j-browser#518 asked for it; #679, which would have read a
 * `weight`, was not merged). So summaries are drawn thick, in a colour no relation has, and captioned with their
 * count ("12×").
 */

interface NodeStyle {
  readonly color: string;
  readonly borderColor: string;
  readonly textColor: string;
  /** Chosen so that the longest names of the kind in the seed article fit without "…" at this font size. */
  readonly diameter: number;
  readonly fontSize: number;
  readonly caption: string;
}

/** Okabe–Ito colours, which stay apart with colour-blindness. */
const NODE_STYLES: { readonly [K in ActorKind | "Article"]: NodeStyle } = {
  Government: {
    color: "#0072B2",
    borderColor: "#005A8C",
    textColor: "#FFFFFF",
    diameter: 76,
    fontSize: 11,
    caption: "{name}",
  },
  Country: {
    color: "#009E73",
    borderColor: "#007D5B",
    textColor: "#FFFFFF",
    diameter: 68,
    fontSize: 11,
    caption: "{name}",
  },
  Organization: {
    color: "#CC79A7",
    borderColor: "#A85F89",
    textColor: "#FFFFFF",
    diameter: 88,
    fontSize: 10,
    caption: "{name}",
  },
  Group: {
    color: "#D55E00",
    borderColor: "#A94A00",
    textColor: "#FFFFFF",
    diameter: 80,
    fontSize: 10,
    caption: "{name}",
  },
  Person: {
    color: "#E69F00",
    borderColor: "#B87F00",
    textColor: "#000000",
    diameter: 64,
    fontSize: 10,
    caption: "{name}",
  },
  // A Neo4j date property would be shown in quotes, so articles are captioned with their id (date first).
  Article: {
    color: "#D9D9D9",
    borderColor: "#A6A6A6",
    textColor: "#333333",
    diameter: 28,
    fontSize: 7,
    caption: "{id}",
  },
};

const CONFLICT_COLOR = "#B2182B";
const COOPERATION_COLOR = "#1B7837";
const NEUTRAL_COLOR = "#8C95A3";

/** The colour of each PLOVER event type's family; a type missing here is a compile error. Requests stay grey. */
const FAMILY_COLOR: Record<PloverType, string> = {
  AGREE: COOPERATION_COLOR,
  CONSULT: COOPERATION_COLOR,
  SUPPORT: COOPERATION_COLOR,
  CONCEDE: COOPERATION_COLOR,
  COOPERATE: COOPERATION_COLOR,
  AID: COOPERATION_COLOR,
  RETREAT: COOPERATION_COLOR,
  REQUEST: NEUTRAL_COLOR,
  ACCUSE: CONFLICT_COLOR,
  REJECT: CONFLICT_COLOR,
  THREATEN: CONFLICT_COLOR,
  PROTEST: CONFLICT_COLOR,
  SANCTION: CONFLICT_COLOR,
  MOBILIZE: CONFLICT_COLOR,
  COERCE: CONFLICT_COLOR,
  ASSAULT: CONFLICT_COLOR,
};

/** The relationship property that marks a machine-coded relation in its caption (cypher/loader/create-relations). */
export const MACHINE_MARK = "machineMark";

/** Events are drawn thicker than structural ties and mentions, summaries thickest; all widths are odd (see above). */
const EVENT_SHAFT = 3;
const TIE_SHAFT = 1;
const SUMMARY_SHAFT = 5;
const SUMMARY_COLOR = "#56B4E9";

function familyColor(t: RelationTypeDefinition): string {
  return t.plover ? FAMILY_COLOR[t.plover] : NEUTRAL_COLOR;
}

function rule(selector: string, declarations: Record<string, string>): string {
  const body = Object.entries(declarations)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join("\n");
  return `${selector} {\n${body}\n}\n`;
}

function nodeRule(label: string, s: NodeStyle): string {
  return rule(`node.${label}`, {
    color: s.color,
    "border-color": s.borderColor,
    "text-color-internal": s.textColor,
    diameter: `${s.diameter}px`,
    "font-size": `${s.fontSize}px`,
    caption: `'${s.caption}'`,
  });
}

/** The whole sheet, as Browser 5.24 reads it (no comments: GraSS has none). */
export function buildGrass(): string {
  const rules = [
    rule("node", {
      diameter: "52px",
      color: "#A5ABB6",
      "border-color": "#9AA1AC",
      "border-width": "2px",
      "text-color-internal": "#FFFFFF",
      "font-size": "10px",
      caption: "'{name}'",
    }),
    rule("relationship", {
      color: NEUTRAL_COLOR,
      "shaft-width": `${TIE_SHAFT}px`,
      "font-size": "9px",
      padding: "3px",
      "text-color-external": "#333333",
      "text-color-internal": "#FFFFFF",
      // A type missing from RELATION_CAPTIONS cannot compile; this covers types made outside the vocabulary.
      caption: "'<type>'",
    }),
    ...[...ACTOR_KINDS, "Article" as const].map((k) => nodeRule(k, NODE_STYLES[k])),
    rule("relationship.MENTIONS", {
      color: "#D9D9D9",
      "shaft-width": `${TIE_SHAFT}px`,
      "font-size": "7px",
      "text-color-external": "#A6A6A6",
      caption: "'mentions'",
    }),
    rule(`relationship.${PAIR_SUMMARY_TYPE}`, {
      color: SUMMARY_COLOR,
      "shaft-width": `${SUMMARY_SHAFT}px`,
      "text-color-external": "#1F5F85",
      caption: "'{count}×'",
    }),
    ...RELATION_TYPES.map((t) => {
      const color = familyColor(t);
      return rule(`relationship.${t.type}`, {
        color,
        "shaft-width": `${t.category === "event" ? EVENT_SHAFT : TIE_SHAFT}px`,
        "text-color-external": color === NEUTRAL_COLOR ? "#333333" : color,
        caption: `'{${MACHINE_MARK}}${RELATION_CAPTIONS[t.type]}'`,
      });
    }),
  ];
  return rules.join("\n");
}

/** Browser's arrow head length for a shaft width, and its fallback width (`parseFloat(…) || 2`). */
const headLength = (shaftWidth: string | undefined) => (Number.parseFloat(shaftWidth ?? "") || 2) + 6;

/**
 * Pairs of a node rule, a node rule and a relationship rule for which Browser 5.24 cannot draw a curved arc
 * (source radius = target radius + head length: a division by zero in its ArcArrow), as
 * "node.Government -[relationship.EXPELS]-> node.Group". Empty for a sheet that draws every relationship.
 */
export function undrawableArcs(sheet: GrassSheet): string[] {
  const radii = Object.entries(sheet)
    .filter(([selector]) => selector === "node" || selector.startsWith("node."))
    .map(
      ([selector, props]) =>
        [selector, Number.parseFloat(props.diameter ?? sheet.node?.diameter ?? "50") / 2] as const,
    );
  const heads = Object.entries(sheet)
    .filter(([selector]) => selector === "relationship" || selector.startsWith("relationship."))
    .map(
      ([selector, props]) =>
        [selector, headLength(props["shaft-width"] ?? sheet.relationship?.["shaft-width"])] as const,
    );
  const problems: string[] = [];
  for (const [source, rs] of radii) {
    for (const [target, rt] of radii) {
      for (const [relationship, h] of heads) {
        // Near-equality is as bad as equality: the arc's centre runs off to thousands of pixels.
        if (Math.abs(rs - (rt + h)) < 0.5) problems.push(`${source} -[${relationship}]-> ${target}`);
      }
    }
  }
  return problems;
}
