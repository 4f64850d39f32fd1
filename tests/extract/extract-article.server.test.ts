import { beforeAll, describe, expect, inject, it } from "vitest";
import { readArticle } from "../../src/article/read-article.ts";
import { draftYaml } from "../../src/extract/draft-yaml.ts";
import { codeArticle, extractArticle, type MachineDraft } from "../../src/extract/extract-article.ts";
import { scoreDraft } from "../../src/extract/score-draft.ts";
import { annotate } from "../../src/nlp/client/annotate.ts";
import type { CoreNLPDocument } from "../../src/nlp/client/corenlp-document.ts";
import type { OpenCoreNLP } from "../../src/nlp/open-corenlp.ts";
import type { ActorResolver } from "../../src/resolver/actor-resolver.ts";
import { parseMerges } from "../../src/resolver/merges.ts";
import { resolverFromFiles } from "../../src/resolver/open-resolver.ts";
import { readAnnotationText } from "../../src/validation/read-annotation.ts";
import { validateAnnotation, validateAnnotationFile } from "../../src/validation/validate-annotation.ts";
import { loadWikidataIds } from "../../src/validation/wikidata-ids.ts";

// The coder on the seed article through the real CoreNLP server, scored against the seed's human annotation.

const SEED_ID = "2025-04-17-dar-kabul-afghan-expulsions";
const ARTICLE = `data/articles/${SEED_ID}.txt`;
const ANNOTATION = `data/annotations/${SEED_ID}.yaml`;
const server = inject("testCoreNLP");
const corenlp: OpenCoreNLP = {
  url: server.url,
  authorization: server.authorization,
  timeoutMs: 300_000,
  close: async () => {},
};
const noMerges = parseMerges("keep\tdrop\tdate\tnote\n", "no merges");

async function validated(draft: MachineDraft, resolver: ActorResolver) {
  const source = await readAnnotationText(draftYaml(draft), ANNOTATION);
  return validateAnnotation(source, { wikidata: await loadWikidataIds(), resolver });
}

describe("the coder on the seed article", () => {
  let draft: MachineDraft;
  let document: CoreNLPDocument;
  let unknown: ActorResolver;

  beforeAll(async () => {
    // The corpus without the seed itself: every actor the coder finds is new.
    unknown = await resolverFromFiles([ANNOTATION], noMerges, SEED_ID);
    draft = await extractArticle(ARTICLE, {
      corenlp,
      resolver: unknown,
      textPath: `../articles/${SEED_ID}.txt`,
    });
    const article = await readArticle(ARTICLE);
    document = await annotate(corenlp, article.text, { date: article.date, timeoutMs: corenlp.timeoutMs });
  });

  it("meets the issue's floors against the human annotation, and its draft validates unchanged", async () => {
    expect(unknown.actors.size).toBe(0);
    const machine = await validated(draft, unknown);
    const human = await validateAnnotationFile(ANNOTATION, { wikidata: await loadWikidataIds() });
    const score = scoreDraft(machine.graph, human.graph);
    expect(score.actors.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.relations.recall).toBeGreaterThanOrEqual(0.6);
    expect(score.relations.precision).toBeGreaterThanOrEqual(0.7);
    const text = (await readArticle(ARTICLE)).text;
    for (const r of machine.graph.relations) expect(text.slice(r.start, r.end)).toBe(r.evidence);
  });

  it("codes Dar's planned visit with its words for the time and the capital's government as host", () => {
    const visit = draft.relations.find((r) => r.type === "PLANS_VISIT");
    expect(visit).toMatchObject({
      source: "ishaq-dar",
      target: "kabul-government",
      evidence: "Ishaq Dar said on Thursday that he will visit Kabul",
      when: "in the coming days",
      attributedTo: "ishaq-dar",
      status: "planned",
      coder: "machine",
      rule: "visit",
    });
  });

  it("codes the IOM's count: the agent country as its government, the quantity and the IOM as source", () => {
    const count = draft.relations.find(
      (r) => r.type === "EXPELS" && r.attributedTo !== undefined && r.quantity?.value === 60000,
    );
    expect(count).toMatchObject({
      source: "government-of-pakistan",
      target: "afghans",
      evidence: "Pakistan has expelled nearly 60,000 Afghans",
      when: "since the start of April",
      attributedTo: "international-organization-for-migration",
      quantity: { value: 60000, text: "nearly 60,000" },
    });
  });

  it("resolves names the corpus knows to its actors (`ref`), and that draft validates too", async () => {
    const known = await resolverFromFiles([ANNOTATION], noMerges);
    const article = await readArticle(ARTICLE);
    const withKnown = codeArticle(document, article, `../articles/${SEED_ID}.txt`, known);
    const refs = withKnown.actors.flatMap((a) => ("ref" in a ? [a.ref] : []));
    expect(refs).toEqual(
      expect.arrayContaining(["ishaq-dar", "mohammad-sadiq", "iom", "afghanistan", "pakistan"]),
    );
    const visit = withKnown.relations.find((r) => r.type === "PLANS_VISIT");
    expect(visit?.source).toBe("ishaq-dar");
    const machine = await validated(withKnown, known);
    expect(machine.graph.relations.length).toBe(withKnown.relations.length);
  });
});

describe("the coder on an article with a dateline", () => {
  it("reads no actor in the dateline: its city is where the story was written", async () => {
    const { parseArticle } = await import("../../src/article/read-article.ts");
    const article = parseArticle(
      "date 2025-06-02\nVELNA, Ostrava — (AP) — Ostrava and Valdoria signed a water treaty on Monday.\n",
      "dateline.txt",
    );
    expect(article.text.slice(0, article.datelineEnd)).toBe("VELNA, Ostrava — (AP) —");
    const document = await annotate(corenlp, article.text, { date: article.date, timeoutMs: 300_000 });
    const draft = codeArticle(document, article, "dateline.txt", await resolverFromFiles([], noMerges));
    const names = draft.actors.map((a) => ("name" in a ? a.name : a.ref));
    expect(names.filter((n) => /VELNA/i.test(n))).toEqual([]);
    for (const r of draft.relations)
      expect(article.text.indexOf(r.evidence)).toBeGreaterThanOrEqual(article.datelineEnd);
  });
});
