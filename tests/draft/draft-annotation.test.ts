import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseArticle } from "../../src/article/read-article.ts";
import { capitalisedRuns, draftAnnotation } from "../../src/draft/draft-annotation.ts";
import { ActorResolver } from "../../src/resolver/actor-resolver.ts";
import { knownActorsFromFiles } from "../../src/resolver/known-actors.ts";
import { Merges } from "../../src/resolver/merges.ts";

const SEED = "data/annotations/2025-04-17-dar-kabul-afghan-expulsions.yaml";
const resolver = new ActorResolver(await knownActorsFromFiles([SEED]), new Merges(), {
  kind: "files",
  files: [SEED],
});
const draftOf = (name: string) => {
  const path = `tests/fixtures/articles/${name}.txt`;
  const draft = draftAnnotation(parseArticle(readFileSync(path, "utf8"), path), `${name}.txt`, resolver);
  return { ...draft, article: parse(draft.yaml).article as Record<string, unknown> };
};

// Fictional sentences, one per way the old candidate finder went wrong.
describe("candidate names in a draft", () => {
  it("keeps offsets exact and never joins words across a blank line", () => {
    const text = "Office of Immigration\n\nNearly 400 families left Valdor.";
    expect([...capitalisedRuns(text, [])]).toEqual([
      ["Office of Immigration", [0]],
      ["Valdor", [text.indexOf("Valdor")]],
    ]);
  });

  it("never joins two people across 'and'", () => {
    const text = "Deputy Premier Ravi Kessler and Foreign Minister Amina Rahimi met on Monday.";
    expect([...capitalisedRuns(text, [])].map(([words]) => words)).toEqual([
      "Deputy Premier Ravi Kessler",
      "Foreign Minister Amina Rahimi",
    ]);
  });

  it("cuts a run at a known actor's words instead of dropping it whole", () => {
    const text = "the Kessian Front’s Ministry of Foreign Affairs said";
    const covered = [{ start: 4, end: 16 }]; // "Kessian Front"
    expect([...capitalisedRuns(text, covered)]).toEqual([
      ["Ministry of Foreign Affairs", [text.indexOf("Ministry")]],
    ]);
  });

  it("leaves out words that open sentences or name no one", () => {
    expect([...capitalisedRuns("On Tuesday The Valdor Council met. But In May it did not.", [])]).toEqual([
      ["Valdor Council", [15]],
    ]);
  });
});

// Fictional articles pasted with headers, footers and wire datelines.
describe("a draft of an article as people paste it", () => {
  it("leaves the title to the article's `title:` line", () => {
    const { article } = draftOf("2025-06-03-valdor-border-talks");
    expect(article).toEqual({
      id: "2025-06-03-valdor-border-talks",
      text: "2025-06-03-valdor-border-talks.txt",
    });
  });

  it("titles it with the first sentence after the dateline, not the paragraph", () => {
    expect(draftOf("2025-06-12-sable-front-attack").article.title).toBe(
      "The Sable Front attacked a Kessian police post near the Sable Pass overnight, the Kessian police said on Thursday.",
    );
    expect(draftOf("2025-06-20-pass-closed").article.title).toBe(
      "The Kessian customs service closed the Sable Pass to Valdor hauliers last month.",
    );
  });

  it("proposes no candidate from the dateline, its agency or the footer", () => {
    const words = draftOf("2025-06-20-pass-closed").candidates.map((c) => c.words);
    expect(words).toContain("Kessian");
    expect(words).toContain("Ivo Brand");
    expect(words).toContain("Eid");
    expect(words.filter((w) => /PORT|AMAR|Reuters|Source|Amar Ledger/.test(w))).toEqual([]);
  });
});
