import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AnnotationError } from "../../src/errors.ts";
import { readAnnotationText } from "../../src/validation/read-annotation.ts";
import { validateAnnotation, validateAnnotationFile } from "../../src/validation/validate-annotation.ts";
import { loadWikidataIds } from "../../src/validation/wikidata-ids.ts";

const SEED = "data/annotations/2025-04-17-dar-kabul-afghan-expulsions.yaml";
const seedYaml = readFileSync(SEED, "utf8");
const wikidata = await loadWikidataIds();

/** Validates the seed annotation after one textual edit, as a researcher's typo would make it. */
async function problemsAfter(find: string, replace: string) {
  expect(seedYaml).toContain(find);
  try {
    validateAnnotation(await readAnnotationText(seedYaml.replace(find, replace), SEED), { wikidata });
  } catch (error) {
    if (error instanceof AnnotationError) return error.problems;
    throw error;
  }
  throw new Error("the edited annotation was accepted");
}

describe("the seed annotation", async () => {
  const { graph } = await validateAnnotationFile(SEED, { wikidata });

  it("has every relation's offsets slicing the article to its evidence", () => {
    expect(graph.relations.length).toBeGreaterThan(25);
    for (const r of graph.relations) expect(graph.article.text.slice(r.start, r.end)).toBe(r.evidence);
  });

  it("has every mention's offset standing on its words", () => {
    for (const m of graph.mentions) {
      m.offsets.forEach((offset, i) => {
        const form = m.forms[i] as string;
        expect(graph.article.text.slice(offset, offset + form.length)).toBe(form);
      });
    }
  });

  it("codes the denial from the Taliban government to its accuser, quoting the article", () => {
    const denial = graph.relations.find((r) => r.type === "DENIES");
    expect(denial).toMatchObject({
      source: "taliban-government",
      target: "pakistan-government",
      evidence: "The Taliban government denies the charge.",
      cameo: "016",
      evidenceSource: "body",
    });
  });

  it("resolves the article's words for time against 2025-04-17", () => {
    const byWhen = new Map(graph.relations.map((r) => [r.dateText, r.date]));
    expect(byWhen.get("since the start of April")).toBe("2025-04-01/2025-04-17");
    expect(byWhen.get("Last year")).toBe("2024");
    expect(byWhen.get("this month")).toBe("2025-04");
    expect(byWhen.get("by the end of April")).toBe("2025-04-30");
    expect(byWhen.get("in the 1990s")).toBe("1990/1999");
    expect(byWhen.get("in 2021")).toBe("2021");
  });

  it("marks evidence from the related headline as such", () => {
    const urging = graph.relations.find((r) => r.type === "APPEALS_TO");
    expect(urging).toMatchObject({
      source: "shehbaz-sharif",
      evidence: "PM Shehbaz urges Afghan government to curb cross-border terrorism",
      evidenceSource: "related-headline",
      cameoRoot: "02",
      plover: "REQUEST",
    });
  });

  it("keeps the IOM's count with its attribution and the words for the number", () => {
    const iom = graph.relations.find((r) => r.attributedTo === "iom");
    expect(iom).toMatchObject({
      type: "EXPELS",
      quantity: 60000,
      quantityText: "nearly 60,000",
      plover: "COERCE",
    });
  });
});

describe("a broken annotation is refused with the file, line and field", () => {
  it("names an unknown relation type", async () => {
    const problems = await problemsAfter("type: DENIES", "type: REFUTES");
    expect(problems).toEqual([
      expect.objectContaining({ file: SEED, path: expect.stringMatching(/^relations\[\d+\]\.type$/) }),
    ]);
    expect(problems[0]?.message).toContain('unknown relation type "REFUTES"');
    expect(problems[0]?.line).toBe(seedYaml.split("\n").findIndex((l) => l.includes("type: DENIES")) + 1);
  });

  it("names an unknown actor id", async () => {
    const problems = await problemsAfter(
      "source: taliban-government\n    target: pakistan-government",
      "source: taliban-govt\n    target: pakistan-government",
    );
    expect(problems.map((p) => p.message)).toEqual(['unknown actor id "taliban-govt"']);
  });

  it("names a quote that is not in the text", async () => {
    const problems = await problemsAfter(
      '"The Taliban government denies the charge."',
      '"The Taliban government rejects the charge."',
    );
    expect(problems[0]?.message).toMatch(/quote not found in the article text/);
    expect(problems[0]?.path).toMatch(/\.evidence$/);
  });

  it("asks for an occurrence when a quote is ambiguous", async () => {
    const problems = await problemsAfter('evidence: "PM Shehbaz"', 'evidence: "Afghanistan"');
    expect(problems[0]?.message).toMatch(/occurs 5 times in the article; add `occurrence`/);
  });

  it("names a time that is not the article's words", async () => {
    const problems = await problemsAfter("when: Last year", "when: Last year-ish");
    expect(problems.map((p) => p.message)).toEqual([
      '"Last year-ish" does not occur in the article; use the article\'s own words',
    ]);
  });

  it("names a missing title, when the article file has no `title:` line either", async () => {
    const title = seedYaml.split("\n").find((l) => l.startsWith("  title: ")) as string;
    const problems = await problemsAfter(`${title}\n`, "");
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "article.title: the article needs a title: give `title` here or a `title:` line in its file",
    ]);
  });

  it("refuses a Wikidata id that is not on the checked list, or on the wrong actor", async () => {
    const unlisted = await problemsAfter("wikidata: Q889", "wikidata: Q1234567");
    expect(unlisted[0]?.message).toMatch(/Q1234567 is not in the list of checked Wikidata ids/);
    const misplaced = await problemsAfter("wikidata: Q889", "wikidata: Q5838");
    expect(misplaced[0]?.message).toMatch(/Q5838 is listed for "Kabul"/);
  });

  it("collects every problem of the file before failing", async () => {
    const edited = seedYaml
      .replace("type: DENIES", "type: REFUTES")
      .replace("when: Last year", "when: some day");
    const source = await readAnnotationText(edited, SEED);
    const error = (() => {
      try {
        validateAnnotation(source, { wikidata });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as AnnotationError).problems.length).toBe(2);
    expect((error as AnnotationError).message).toMatch(/^2 problems in the annotation; nothing was written:/);
  });
});

describe("words for a time that cannot be read as a date", () => {
  it("pass with a warning, and leave the relation undated with its words kept", async () => {
    const edited = seedYaml.replace("when: Last year", "when: for the last few years");
    const { graph, warnings } = validateAnnotation(await readAnnotationText(edited, SEED), { wikidata });
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^cannot read "for the last few years" as a date, so the relation is undated/),
    ]);
    const line = edited.split("\n").findIndex((l) => l.includes("when: for the last few years")) + 1;
    expect(warnings[0]?.line).toBe(line);
    const undated = graph.relations.filter((r) => r.dateText === "for the last few years");
    expect(undated.map((r) => [r.date, r.dateFrom, r.dateTo])).toEqual([[null, null, null]]);
  });
});
