import { readFileSync } from "node:fs";

/**
 * The generated style sheet (`buildGrass()` in grass-style.ts) as a file, for dragging onto Browser; written by
 * `npm run grass`, and a test keeps it equal to what the API server serves.
 */
export const GRASS_FILE = new URL("./actorgraph.grass", import.meta.url);

export function readGrassFile(): string {
  return readFileSync(GRASS_FILE, "utf8");
}

/** Selector (`node`, `node.Person`, `relationship.MENTIONS`) to its properties (`color` to `#E69F00`). */
export type GrassSheet = Record<string, Record<string, string>>;

/**
 * Parses GraSS the way Neo4j Browser 5.24 does (its `parseGrass`): quotes are dropped, whitespace outside a
 * block is dropped, a declaration is `name: value` with exactly one colon. Browser has no comment syntax, so a
 * comment in the file would become part of the next selector; `checkGrass` rejects that.
 */
export function parseGrass(text: string): GrassSheet {
  const blocks: Record<string, string> = {};
  let inQuotes = false;
  let inBlock = false;
  let selector = "";
  let body = "";
  for (const ch of text) {
    if (ch === "'" || ch === '"') {
      inQuotes = !inQuotes;
      continue;
    }
    if (ch === "{" && !inQuotes) {
      inBlock = true;
      continue;
    }
    if (ch === "}" && !inQuotes) {
      inBlock = false;
      blocks[selector] = body;
      selector = "";
      body = "";
      continue;
    }
    if (inBlock) body += ch;
    else if (!/\s/.test(ch)) selector += ch;
  }
  const sheet: GrassSheet = {};
  for (const [name, declarations] of Object.entries(blocks)) {
    const props: Record<string, string> = {};
    for (const declaration of declarations.split(";")) {
      const parts = declaration.split(":");
      if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined) {
        props[parts[0].trim()] = parts[1].trim();
      }
    }
    sheet[name] = props;
  }
  return sheet;
}

/** Problems that would make Browser misread the sheet: odd selectors (comments), unterminated blocks. */
export function checkGrass(text: string): string[] {
  const problems: string[] = [];
  if ((text.match(/{/g) ?? []).length !== (text.match(/}/g) ?? []).length) problems.push("unbalanced braces");
  for (const selector of Object.keys(parseGrass(text))) {
    if (!/^(node|relationship)(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(selector)) {
      problems.push(`not a node or relationship selector: ${selector} (GraSS has no comments)`);
    }
  }
  return problems;
}

/** The colour Browser paints a node with one of these labels (the label's rule, else the `node` rule). */
export function nodeColor(sheet: GrassSheet, label: string): string | undefined {
  return sheet[`node.${label}`]?.color ?? sheet.node?.color;
}

/**
 * The caption Browser 5.24 shows for an item whose style's caption is `template` (before it cuts the caption to
 * fit), as its `GraphStyleModel.interpolate` makes it: each `{key}` becomes the item's property (a list joined by
 * ", ", a missing property nothing), and a caption that is then exactly `<type>` (or `<id>`) becomes the type.
 */
export function browserCaption(
  template: string,
  item: { readonly type: string; readonly properties: Readonly<Record<string, unknown>> },
): string {
  const filled = template.replace(/\{([^{}]*)\}/g, (_whole, key: string) => {
    const value = item.properties[key];
    if (Array.isArray(value)) return value.join(", ");
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  });
  return filled === "<type>" ? item.type : filled;
}
