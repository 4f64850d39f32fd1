import { readFile } from "node:fs/promises";
import { InputError } from "../errors.ts";

export interface WikidataIds {
  /** The name the checked list gives for an id, or undefined when the id is not on the list. */
  nameOf(id: string): string | undefined;
}

export const DEFAULT_WIKIDATA_FILE = new URL("../../data/wikidata.tsv", import.meta.url);

/** Parses the checked id list: a `name<TAB>wikidata` table after `#` comment lines. */
export function parseWikidataIds(tsv: string, source: string): WikidataIds {
  const byId = new Map<string, string>();
  const lines = tsv.split(/\r?\n/);
  let header = true;
  lines.forEach((line, i) => {
    if (line.startsWith("#") || line.trim() === "") return;
    const [name, id, ...rest] = line.split("\t");
    if (header) {
      header = false;
      if (name === "name" && id === "wikidata") return;
    }
    if (!name || !id || rest.length > 0 || !/^Q\d+$/.test(id)) {
      throw new InputError(`${source}:${i + 1}: expected "name<TAB>Q-id", got ${JSON.stringify(line)}`);
    }
    byId.set(id, name);
  });
  return { nameOf: (id) => byId.get(id) };
}

export async function loadWikidataIds(file: URL | string = DEFAULT_WIKIDATA_FILE): Promise<WikidataIds> {
  const path = file instanceof URL ? file.pathname : file;
  return parseWikidataIds(await readFile(file, "utf8"), path);
}
