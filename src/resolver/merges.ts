import { readFile, writeFile } from "node:fs/promises";
import { InputError } from "../errors.ts";

/**
 * The researcher's merge decisions, kept in the repository (data/actor-merges.tsv, or ACTORGRAPH_MERGES_FILE)
 * beside the annotations: each
 * line says that actor DROP is actor KEEP. Every later ingest, validation and import maps DROP to KEEP, so an
 * annotation written before the merge still lands on the one actor.
 */

export interface Merge {
  readonly keep: string;
  readonly drop: string;
  /** The day of the decision, YYYY-MM-DD. */
  readonly date: string;
  readonly note: string;
}

const HEADER = [
  "# Actor merges decided with `actorgraph actors merge KEEP DROP`: every later ingest maps DROP to KEEP.",
  "keep\tdrop\tdate\tnote",
];

export class Merges {
  private readonly byDrop: Map<string, Merge>;

  constructor(readonly list: readonly Merge[] = []) {
    this.byDrop = new Map(list.map((m) => [m.drop, m]));
  }

  /** The id an actor's id stands for after every merge (a chain A → B → C gives C). */
  canonical(id: string): string {
    const seen = new Set<string>();
    let current = id;
    for (let merge = this.byDrop.get(current); merge; merge = this.byDrop.get(current)) {
      if (seen.has(current)) break;
      seen.add(current);
      current = merge.keep;
    }
    return current;
  }

  /** The merge that made `id` another actor, if any. */
  mergeOf(id: string): Merge | undefined {
    return this.byDrop.get(id);
  }

  with(merge: Merge): Merges {
    return new Merges([...this.list.filter((m) => m.drop !== merge.drop), merge]);
  }

  toTsv(): string {
    const clean = (s: string) => s.replace(/[\t\r\n]+/g, " ");
    return `${[...HEADER, ...this.list.map((m) => [m.keep, m.drop, m.date, clean(m.note)].join("\t"))].join("\n")}\n`;
  }
}

export function parseMerges(tsv: string, source: string): Merges {
  const merges: Merge[] = [];
  tsv.split(/\r?\n/).forEach((line, i) => {
    if (line.startsWith("#") || line.trim() === "" || line.startsWith("keep\t")) return;
    const [keep, drop, date = "", note = ""] = line.split("\t");
    if (!keep || !drop || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new InputError(
        `${source}:${i + 1}: expected "keep<TAB>drop<TAB>YYYY-MM-DD<TAB>note", got ${JSON.stringify(line)}`,
      );
    }
    merges.push({ keep, drop, date, note });
  });
  const merged = new Merges(merges);
  for (const m of merges) {
    if (merged.canonical(m.keep) === m.drop)
      throw new InputError(`${source}: ${m.keep} and ${m.drop} are merged into each other`);
  }
  return merged;
}

/** The merge decisions on disk; none when the file does not exist yet. */
export async function readMerges(file: string): Promise<Merges> {
  try {
    return parseMerges(await readFile(file, "utf8"), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Merges();
    throw error;
  }
}

export async function writeMerges(merges: Merges, file: string): Promise<void> {
  await writeFile(file, merges.toTsv());
}
