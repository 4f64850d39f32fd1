import { describe, expect, inject, it } from "vitest";
import { readArticle } from "../../src/article/read-article.ts";
import { freePort } from "../../src/neo4j/launcher/probe-port.ts";
import { annotate, CoreNLPError } from "../../src/nlp/client/annotate.ts";
import type { CoreNLPDocument } from "../../src/nlp/client/corenlp-document.ts";

// The real CoreNLP server of this run (tests/corenlp-global-setup.ts), never a recording.
const server = inject("testCoreNLP");
const SEED = "data/articles/2025-04-17-dar-kabul-afghan-expulsions.txt";

const mentions = (document: CoreNLPDocument, ner: string) =>
  document.sentences.flatMap((s) => s.entitymentions.filter((m) => m.ner === ner).map((m) => m.text));

describe("the CoreNLP client, on the real server", () => {
  it("gives the seed article's tokens offsets that slice the text to each token", async () => {
    const article = await readArticle(SEED);
    const document = await annotate(server, article.text, { date: article.date, timeoutMs: 120_000 });
    const tokens = document.sentences.flatMap((s) => s.tokens);
    expect(tokens.length).toBeGreaterThan(300);
    // annotate() has already checked every token; this shows the check has the curly quotes to bite on.
    const opening = tokens.find((t) => t.originalText === "“");
    expect(opening && article.text.slice(opening.characterOffsetBegin, opening.characterOffsetEnd)).toBe("“");
    expect(mentions(document, "PERSON")).toEqual(expect.arrayContaining(["Ishaq Dar", "Shehbaz"]));
    expect(mentions(document, "COUNTRY")).toEqual(expect.arrayContaining(["Pakistan", "Afghanistan"]));
    expect(mentions(document, "CITY")).toEqual(expect.arrayContaining(["Islamabad", "Kabul"]));
    // The run's first request: on a busy 2-core machine a 370-word article with coref takes tens of seconds.
  }, 300_000);

  it("resolves “on Tuesday” against the article's date, not today's", async () => {
    const text = "Marsh met the envoy on Tuesday.";
    const tuesday = async (date: string) => {
      const document = await annotate(server, text, { date, timeoutMs: 60_000 });
      return document.sentences[0]?.entitymentions.find((m) => m.text === "Tuesday")?.timex?.value;
    };
    expect(await tuesday("2025-04-17")).toBe("2025-04-15");
    expect(await tuesday("2024-01-05")).toBe("2024-01-02");
  });

  it("finds quotations with offsets that slice them, and leaves their speaker to the coder", async () => {
    const text = 'Pakistan rejected the report. "We will not accept this," foreign minister Ishaq Dar said.';
    const document = await annotate(server, text, { date: "2025-04-17", timeoutMs: 60_000 });
    expect(document.quotes).toHaveLength(1);
    const [quote] = document.quotes;
    expect(quote?.text).toBe('"We will not accept this,"');
    expect(text.slice(quote?.beginIndex, quote?.endIndex)).toBe(quote?.text);
    // Attribution would need coref, which triples to quadruples the time (docs/extraction.md).
    expect(quote?.speaker).toBe("Unknown");
    expect(document.corefs).toEqual({});
  });

  it("keeps “+” and “%” as they are, so offsets after them still hold", async () => {
    // A body sent as a form would be URL-decoded by the server: "+" read as a blank, "%20" as a space.
    const text = "Aid rose 15% (+2,000 tonnes, 20%20 more) in Ferrin.";
    const document = await annotate(server, text, { date: "2025-04-17", timeoutMs: 60_000 });
    const words = document.sentences.flatMap((s) => s.tokens.map((t) => t.originalText));
    expect(words).toEqual(expect.arrayContaining(["+2,000", "Ferrin"]));
    expect(words.join("")).toBe(text.replace(/\s/g, ""));
  });

  it("says clearly when no server answers", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const attempt = annotate({ url, authorization: null }, "Pakistan.", {
      date: "2025-04-17",
      timeoutMs: 5000,
    });
    await expect(attempt).rejects.toThrow(CoreNLPError);
    await expect(attempt).rejects.toThrow(`The CoreNLP server at ${url} is unreachable (ECONNREFUSED)`);
  });
});
