import { readFileSync } from "node:fs";

/**
 * Cypher lives in `cypher/` as files; code loads statements by name and passes every value as a parameter.
 * A file may hold several statements separated by `;` at a line end (schema files do); comments (`//`) are
 * dropped.
 */

const CYPHER_DIR = new URL("../../cypher/", import.meta.url);
const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. `cypherFile("loader/merge-actors")`. */
export function cypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.cypher`, CYPHER_DIR), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file, without comments or blank lines. */
export function cypherStatements(name: string): string[] {
  return cypherFile(name)
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A single statement: the file without its comment lines. */
export function cypherStatement(name: string): string {
  const statements = cypherStatements(name);
  if (statements.length !== 1) throw new Error(`cypher/${name}.cypher must hold exactly one statement`);
  return statements[0] as string;
}
