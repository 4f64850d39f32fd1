import type { CorpusStreams } from "./read-corpus.ts";

/**
 * JSON lines, one record a line, each with a `record` field (article, actor, mention, relation): readable by
 * `pandas.read_json(path, lines=True)` and by `actorgraph import`.
 */
export async function* corpusToJsonl(corpus: CorpusStreams): AsyncGenerator<string> {
  for await (const a of corpus.articles()) yield JSON.stringify({ record: "article", ...a });
  for await (const a of corpus.actors()) yield JSON.stringify({ record: "actor", ...a });
  for await (const m of corpus.mentions()) yield JSON.stringify({ record: "mention", ...m });
  for await (const r of corpus.relations()) yield JSON.stringify({ record: "relation", ...r });
}
