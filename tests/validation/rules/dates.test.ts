import { describe, expect, it } from "vitest";
import type { AnnotatedRelation } from "../../../src/annotation/annotation-schema.ts";
import { parseArticle } from "../../../src/article/read-article.ts";
import { Problems } from "../../../src/validation/problems.ts";
import { relationDates } from "../../../src/validation/rules/dates.ts";

const article = parseArticle(
  "date 2025-04-17\nOn Tuesday Valdor closed the border; last year it had opened it.",
  "a.txt",
);
const relation = (when: string | undefined): AnnotatedRelation => ({
  id: "r",
  type: "EXPELS",
  source: "a",
  target: "b",
  evidence: "closed",
  status: "asserted",
  ...(when === undefined ? {} : { when }),
});

describe("relation dates", () => {
  it("resolves the article's words against its date, by relation index, and leaves undated ones out", () => {
    const problems = new Problems("f.yaml");
    const dates = relationDates(
      [relation("On Tuesday"), relation(undefined), relation("last year")],
      article,
      problems,
    );
    expect([...dates]).toEqual([
      [0, { iso: "2025-04-15", from: "2025-04-15", to: "2025-04-15" }],
      [2, { iso: "2024", from: "2024-01-01", to: "2024-12-31" }],
    ]);
    expect(problems.list).toEqual([]);
  });

  it("refuses words the article does not use, and words it cannot read as a date", () => {
    const problems = new Problems("f.yaml");
    relationDates([relation("next Tuesday"), relation("closed")], article, problems);
    expect(problems.list.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'relations[0].when: "next Tuesday" does not occur in the article; use the article\'s own words',
      expect.stringMatching(
        /^relations\[0\]\.when: cannot read "next Tuesday" as a date; expected a day \("on Tuesday"/,
      ),
      expect.stringMatching(/^relations\[1\]\.when: cannot read "closed" as a date; expected a day/),
    ]);
  });
});
