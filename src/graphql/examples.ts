import { readdirSync, readFileSync } from "node:fs";

/** One research question per file, each a single operation that runs as is (its variables have defaults). */
export const EXAMPLES_DIR = new URL("../../examples/", import.meta.url);

/** The question GraphiQL opens on: one actor, its relations and where the article says so. */
export const FIRST_EXAMPLE = "actor-relations";

export interface Example {
  /** The file name without `.graphql`. */
  readonly name: string;
  readonly query: string;
}

/** Every example, the first one GraphiQL should show first, then by file name. */
export function readExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => ({
      name: file.slice(0, -".graphql".length),
      query: readFileSync(new URL(file, EXAMPLES_DIR), "utf8"),
    }))
    .sort(
      (a, b) =>
        Number(b.name === FIRST_EXAMPLE) - Number(a.name === FIRST_EXAMPLE) || a.name.localeCompare(b.name),
    );
}
