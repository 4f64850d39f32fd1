import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { InputError } from "../errors.ts";
import { RELATION_STATUSES, RELATION_TYPE_NAMES, SECTOR_CODES } from "../model/vocabulary.ts";

/** The coder's dictionary (verb patterns and word lists), kept as data beside this file. */
export const VERB_PATTERNS_FILE = fileURLToPath(new URL("./verb-patterns.yaml", import.meta.url));

const relationType = z.literal(RELATION_TYPE_NAMES, {
  error: (issue) => `unknown relation type ${JSON.stringify(issue.input)}`,
});
const words = z.array(z.string().min(1)).min(1);
/** A dependency path: labels joined by "/", optionally starting at the light verb's noun ("@object/nmod:on"). */
const path = z
  .string()
  .regex(
    /^(?:@object\/)?\^?[a-z:_]+(?:\/\^?[a-z:_]+)*$|^accuser$/,
    "must be a dependency path like obj, obj/nmod:on or ^amod/nsubj",
  );

const pattern = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]+$/, "must be a lower-case name like call-on"),
  type: relationType,
  lemmas: words,
  pos: z.enum(["verb", "noun"]).default("verb"),
  object: words.optional(),
  complement: words.optional(),
  source: z.array(path).min(1).default(["nsubj", "nsubj:xsubj", "obl:agent"]),
  target: z.array(path).min(1).default(["obj", "nsubj:pass"]),
  /** A mutual act ("X and Y signed"): without a target, the first conjoined subject acts on the others. */
  mutual: z.boolean().default(false),
  /** Only when the trigger or its complement clause carries a condition ("… if they are not freed"). */
  conditional: z.boolean().default(false),
  targetRole: z.enum(["agent", "place", "plain"]).default("agent"),
  planned: relationType.optional(),
  status: z.enum(RELATION_STATUSES).optional(),
  confidence: z.number().gt(0).max(1),
});

const sector = z.enum(SECTOR_CODES).nullable();

const lexicon = z.strictObject({
  reporting: words,
  alleging: words,
  intending: words,
  modals: words,
  negations: words,
  allegedly: words,
  denying: words,
  accusing: words,
  government: words,
  ministries: words,
  obliging: words,
  bodies: words,
  negativeNouns: words,
  /** Plural nouns that, with "both" or "two", stand for the last two parties named ("both governments"). */
  collective: words,
  /** Nouns naming an act ("the expulsions"): as a target, the act's agent, the source of its latest relation. */
  eventNouns: z.record(z.string(), z.array(relationType).min(1)),
  organisation: z.record(z.string(), sector),
  groups: z.record(z.string(), sector),
  defaultSectors: z.strictObject({
    Person: z.enum(SECTOR_CODES),
    Government: z.enum(SECTOR_CODES),
    Group: z.enum(SECTOR_CODES),
    Organization: z.enum(SECTOR_CODES),
  }),
  titles: z.record(z.string(), z.string().min(1)),
  governmentTitles: words,
});

const dictionary = z.strictObject({ patterns: z.array(pattern).min(1), lexicon });

export type VerbPattern = z.infer<typeof pattern>;
export type Lexicon = z.infer<typeof lexicon>;
export interface VerbPatterns {
  readonly patterns: readonly VerbPattern[];
  readonly lexicon: Lexicon;
  /** Patterns by trigger lemma, in file order. */
  readonly byLemma: ReadonlyMap<string, readonly VerbPattern[]>;
}

/** Checks the dictionary's text; every problem names the file and the entry ("patterns[3] (urge).target"). */
export function parseVerbPatterns(text: string, file: string): VerbPatterns {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new InputError(`${file}: not YAML: ${(error as Error).message}`);
  }
  const result = dictionary.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [section, index] = issue.path;
      const name =
        section === "patterns" && typeof index === "number"
          ? ((raw as { patterns?: { name?: unknown }[] }).patterns?.[index]?.name ?? "?")
          : undefined;
      const where = issue.path
        .map((p, i) =>
          typeof p === "number"
            ? `[${p}]${i === 1 && name !== undefined ? ` (${String(name)})` : ""}`
            : `${i ? "." : ""}${String(p)}`,
        )
        .join("");
      return `${file}: ${where}: ${issue.message}`;
    });
    throw new InputError(problems.join("\n"));
  }
  const names = new Set<string>();
  const byLemma = new Map<string, VerbPattern[]>();
  for (const [i, p] of result.data.patterns.entries()) {
    if (names.has(p.name))
      throw new InputError(`${file}: patterns[${i}] (${p.name}): the name is used twice`);
    names.add(p.name);
    for (const lemma of p.lemmas) byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), p]);
  }
  return { ...result.data, byLemma };
}

let loaded: VerbPatterns | undefined;

/** The repository's dictionary, read and checked once. */
export function verbPatterns(): VerbPatterns {
  loaded ??= parseVerbPatterns(readFileSync(VERB_PATTERNS_FILE, "utf8"), VERB_PATTERNS_FILE);
  return loaded;
}
