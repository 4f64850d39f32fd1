import type { AnnotatedRelation } from "../../annotation/annotation-schema.ts";
import type { ArticleText } from "../../article/read-article.ts";
import {
  DATE_EXPRESSIONS_HELP,
  looksIso,
  parseIsoDate,
  type ResolvedDate,
  resolveDate,
} from "../../text/resolve-date.ts";
import type { Problems } from "../problems.ts";

/**
 * The date of each relation, by index in the file, from the article's own words for the time:
 * - `when: on Tuesday`: the words, resolved against the article's date;
 * - `when: 2025-06-06` with `dateText: on the first day of Eid al-Adha`: a date the annotator worked out, with the
 *   article's words beside it;
 * - `when: since then` with `since: <relation id>`: from that relation's start to the article's date.
 * Words it cannot read leave the relation undated, with a warning: never a guess. No words for the time, no
 * date: stamping the publication date on a 1990s event would be false.
 */
export function relationDates(
  relations: readonly (AnnotatedRelation | undefined)[],
  article: ArticleText,
  problems: Problems,
): Map<number, ResolvedDate> {
  const dates = new Map<number, ResolvedDate>();
  const lowerText = article.text.toLowerCase();
  const inText = (words: string) => lowerText.includes(words.toLowerCase());
  const indexOf = new Map<string, number>();
  relations.forEach((r, index) => {
    if (r) indexOf.set(r.id, index);
  });
  const pointsBack = new Map<number, number>();

  relations.forEach((r, index) => {
    if (r === undefined) return;
    const at = (field: string) => ["relations", index, field];
    if (r.when === undefined) {
      if (r.dateText !== undefined) problems.at(at("dateText"), "`dateText` goes with a `when`");
      if (r.since !== undefined)
        problems.at(at("since"), "`since` needs the article's words for it in `when`");
      return;
    }
    const iso = looksIso(r.when) && r.since === undefined;
    const words = iso ? (r.dateText ?? (inText(r.when) ? r.when : undefined)) : r.when;
    if (!iso && r.dateText !== undefined) {
      problems.at(
        at("dateText"),
        "`dateText` goes with a `when` written as an ISO date; here `when` holds the words",
      );
    }
    if (words === undefined) {
      problems.at(
        at("dateText"),
        `an ISO \`when\` (${r.when}) needs the article's words for it in \`dateText\`, so a reader can check it`,
      );
    } else if (!inText(words)) {
      problems.at(
        at(iso && r.dateText !== undefined ? "dateText" : "when"),
        `"${words}" does not occur in the article; use the article's own words`,
      );
    }

    if (r.since !== undefined) {
      const target = indexOf.get(r.since);
      if (target === undefined) problems.at(at("since"), `no relation "${r.since}" in this annotation`);
      else if (target === index) problems.at(at("since"), "a relation cannot date itself");
      else pointsBack.set(index, target);
      return;
    }
    if (iso) {
      const date = parseIsoDate(r.when);
      if (date === null) {
        problems.at(
          at("when"),
          `"${r.when}" is not an ISO 8601 date: write a day, month or year (2025-06-06, 2025-06, 2025) or an ` +
            "interval of them (2025-06-01/2025-06-20, 2025-06-01/..)",
        );
        return;
      }
      dates.set(index, date);
      const read = words === undefined ? null : resolveDate(words, article.date);
      if (read !== null && read.iso !== date.iso) {
        problems.warn(at("when"), `"${words}" reads as ${read.iso}, but \`when\` says ${date.iso}`);
      }
      return;
    }
    if (/^since then$/i.test(r.when.trim())) {
      // "Since then" ends at the article; its start is the earlier event's, which only `since` can name.
      dates.set(index, { iso: `../${article.date}`, from: null, to: article.date });
      problems.warn(
        at("when"),
        `"${r.when}" is left open at its start; give \`since: <relation id>\` of the event it points back to`,
      );
      return;
    }
    const date = resolveDate(r.when, article.date);
    if (date === null) {
      problems.warn(
        at("when"),
        `cannot read "${r.when}" as a date, so the relation is undated (its words are kept in dateText); ` +
          `expected ${DATE_EXPRESSIONS_HELP}, or an ISO \`when\` with the words in \`dateText\``,
      );
    } else {
      dates.set(index, date);
    }
  });

  for (const start of pointsBack.keys()) {
    const chain = [start];
    for (let next = pointsBack.get(start); next !== undefined; next = pointsBack.get(next)) {
      if (next === start) {
        const ids = [...chain, start].map((i) => relations[i]?.id).join(" → ");
        problems.at(["relations", start, "since"], `\`since\` goes round in a circle: ${ids}`);
        break;
      }
      if (chain.includes(next)) break;
      chain.push(next);
    }
  }
  const resolving = new Set<number>();
  const sinceDate = (index: number): ResolvedDate | undefined => {
    const target = pointsBack.get(index);
    if (target === undefined) return dates.get(index);
    if (resolving.has(index)) return undefined;
    resolving.add(index);
    const start = sinceDate(target)?.from;
    resolving.delete(index);
    return start == null ? undefined : { iso: `${start}/${article.date}`, from: start, to: article.date };
  };
  for (const [index, target] of pointsBack) {
    const date = sinceDate(index);
    if (date) {
      dates.set(index, date);
    } else {
      problems.warn(
        ["relations", index, "since"],
        `relation "${relations[target]?.id}" has no start date, so this relation is undated`,
      );
    }
  }
  return dates;
}
