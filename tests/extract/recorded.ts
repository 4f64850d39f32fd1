import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ArticleText, parseArticle } from "../../src/article/read-article.ts";
import { codeArticle, type MachineDraft } from "../../src/extract/extract-article.ts";
import { readAnnotation } from "../../src/nlp/client/annotate.ts";
import { ActorResolver } from "../../src/resolver/actor-resolver.ts";
import type { KnownActor } from "../../src/resolver/known-actors.ts";
import { parseMerges } from "../../src/resolver/merges.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/corenlp/", import.meta.url));

/** A resolver that knows `actors` (none by default), with no merges. */
export function resolverOf(actors: readonly KnownActor[] = []): ActorResolver {
  return new ActorResolver(
    new Map(actors.map((a) => [a.id, a])),
    parseMerges("keep\tdrop\tdate\tnote\n", "no merges"),
    { kind: "files", files: [] },
  );
}

/** A recorded sentence (tests/fixtures/corenlp/<id>.json) as an article, coded by the machine coder. */
export function codeRecorded(
  id: string,
  resolver = resolverOf(),
): { draft: MachineDraft; article: ArticleText } {
  const recorded = JSON.parse(readFileSync(`${FIXTURES}${id}.json`, "utf8")) as {
    date: string;
    text: string;
    output: unknown;
  };
  const article = parseArticle(`date ${recorded.date}\n${recorded.text}`, `${id}.txt`);
  const document = readAnnotation(article.text, recorded.output);
  return { draft: codeArticle(document, article, `${id}.txt`, resolver), article };
}
