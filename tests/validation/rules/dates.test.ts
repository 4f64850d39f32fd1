import { describe, expect, it } from "vitest";
import type { AnnotatedRelation } from "../../../src/annotation/annotation-schema.ts";
import { parseArticle } from "../../../src/article/read-article.ts";
import { Problems } from "../../../src/validation/problems.ts";
import { relationDates } from "../../../src/validation/rules/dates.ts";

// Fictional: published on Friday 2025-06-20.
const article = parseArticle(
  "date 2025-06-20\nOn Tuesday Valdor closed the border; last year it had opened it. Since then traders have " +
    "waited, at a time nobody gave. The closure began on the first day of Eid al-Adha.",
  "a.txt",
);
const relation = (id: string, extra: Partial<AnnotatedRelation> = {}): AnnotatedRelation => ({
  id,
  type: "EXPELS",
  source: "a",
  target: "b",
  evidence: "closed",
  status: "asserted",
  ...extra,
});
const lines = (list: Problems["list"]) => list.map((p) => `${p.path}: ${p.message}`);

describe("relation dates", () => {
  it("resolves the article's words against its date, by relation index, and leaves undated ones out", () => {
    const problems = new Problems("f.yaml");
    const dates = relationDates(
      [relation("a", { when: "On Tuesday" }), relation("b"), relation("c", { when: "last year" })],
      article,
      problems,
    );
    expect([...dates]).toEqual([
      [0, { iso: "2025-06-17", from: "2025-06-17", to: "2025-06-17" }],
      [2, { iso: "2024", from: "2024-01-01", to: "2024-12-31" }],
    ]);
    expect(problems.list).toEqual([]);
    expect(problems.warnings).toEqual([]);
  });

  it("refuses words the article does not use", () => {
    const problems = new Problems("f.yaml");
    relationDates([relation("a", { when: "next Tuesday" })], article, problems);
    expect(lines(problems.list)).toEqual([
      'relations[0].when: "next Tuesday" does not occur in the article; use the article\'s own words',
    ]);
  });

  it("leaves words it cannot read undated, with a warning: never a guess", () => {
    const problems = new Problems("f.yaml");
    const dates = relationDates([relation("a", { when: "at a time nobody gave" })], article, problems);
    expect(dates.size).toBe(0);
    expect(problems.list).toEqual([]);
    expect(lines(problems.warnings)).toEqual([
      expect.stringMatching(
        /^relations\[0\]\.when: cannot read "at a time nobody gave" as a date, so the relation is undated/,
      ),
    ]);
  });

  it("takes an ISO date the annotator worked out, with the article's words in dateText", () => {
    const problems = new Problems("f.yaml");
    const dates = relationDates(
      [relation("a", { when: "2025-06-06", dateText: "on the first day of Eid al-Adha" })],
      article,
      problems,
    );
    expect(dates.get(0)).toEqual({ iso: "2025-06-06", from: "2025-06-06", to: "2025-06-06" });
    expect(problems.list).toEqual([]);
    expect(problems.warnings).toEqual([]);
  });

  it("asks an ISO date for the article's words, and checks them", () => {
    const problems = new Problems("f.yaml");
    relationDates(
      [
        relation("a", { when: "2025-06-06" }),
        relation("b", { when: "2025-06-06", dateText: "on Eid" }),
        relation("c", { when: "2025-02-30", dateText: "On Tuesday" }),
        relation("d", { when: "on Tuesday", dateText: "On Tuesday" }),
      ],
      article,
      problems,
    );
    expect(lines(problems.list)).toEqual([
      expect.stringMatching(
        /^relations\[0\]\.dateText: an ISO `when` \(2025-06-06\) needs the article's words/,
      ),
      'relations[1].dateText: "on Eid" does not occur in the article; use the article\'s own words',
      expect.stringMatching(/^relations\[2\]\.when: "2025-02-30" is not an ISO 8601 date/),
      expect.stringMatching(
        /^relations\[3\]\.dateText: `dateText` goes with a `when` written as an ISO date/,
      ),
    ]);
  });

  it("warns where the ISO date and the article's words disagree", () => {
    const problems = new Problems("f.yaml");
    relationDates([relation("a", { when: "2025-06-10", dateText: "On Tuesday" })], article, problems);
    expect(lines(problems.warnings)).toEqual([
      'relations[0].when: "On Tuesday" reads as 2025-06-17, but `when` says 2025-06-10',
    ]);
  });

  it("dates 'since then' from the relation it points back to, up to the article", () => {
    const problems = new Problems("f.yaml");
    const dates = relationDates(
      [
        relation("closure", { when: "last year" }),
        relation("waiting", { when: "Since then", since: "closure" }),
      ],
      article,
      problems,
    );
    expect(dates.get(1)).toEqual({ iso: "2024-01-01/2025-06-20", from: "2024-01-01", to: "2025-06-20" });
    expect(problems.list).toEqual([]);
    expect(problems.warnings).toEqual([]);
  });

  it("leaves 'since then' open at its start without `since`, and undated after an undated relation", () => {
    const problems = new Problems("f.yaml");
    const dates = relationDates(
      [
        relation("waiting", { when: "Since then" }),
        relation("closure"),
        relation("after", { when: "Since then", since: "closure" }),
      ],
      article,
      problems,
    );
    expect([...dates]).toEqual([[0, { iso: "../2025-06-20", from: null, to: "2025-06-20" }]]);
    expect(problems.list).toEqual([]);
    expect(lines(problems.warnings)).toEqual([
      expect.stringMatching(/^relations\[0\]\.when: "Since then" is left open at its start; give `since: /),
      'relations[2].since: relation "closure" has no start date, so this relation is undated',
    ]);
  });

  it("refuses a `since` that names no relation, itself, or goes round in a circle", () => {
    const problems = new Problems("f.yaml");
    relationDates(
      [
        relation("a", { when: "Since then", since: "missing" }),
        relation("b", { when: "Since then", since: "b" }),
        relation("c", { when: "Since then", since: "d" }),
        relation("d", { when: "Since then", since: "c" }),
      ],
      article,
      problems,
    );
    expect(lines(problems.list)).toEqual([
      'relations[0].since: no relation "missing" in this annotation',
      "relations[1].since: a relation cannot date itself",
      "relations[2].since: `since` goes round in a circle: c → d → c",
      "relations[3].since: `since` goes round in a circle: d → c → d",
    ]);
  });
});
