import type { Corpus } from "./read-corpus.ts";

/**
 * JSON lines, one record a line, each with a `record` field (article, actor, mention, relation): readable by
 * `pandas.read_json(path, lines=True)` and by `actorgraph import`.
 */
export function* corpusToJsonl(corpus: Corpus): Generator<string> {
  for (const a of corpus.articles) yield JSON.stringify({ record: "article", ...a });
  for (const a of corpus.actors) yield JSON.stringify({ record: "actor", ...a });
  for (const m of corpus.mentions) yield JSON.stringify({ record: "mention", ...m });
  for (const r of corpus.relations) yield JSON.stringify({ record: "relation", ...r });
}
