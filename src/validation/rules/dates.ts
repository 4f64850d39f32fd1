import type { AnnotatedRelation } from "../../annotation/annotation-schema.ts";
import type { ArticleText } from "../../article/read-article.ts";
import { DATE_EXPRESSIONS_HELP, type ResolvedDate, resolveDate } from "../../text/resolve-date.ts";
import type { Problems } from "../problems.ts";

/**
 * The date of each relation, by index in the file, from its `when`: the article's own words, resolved against the
 * article's date. No words for the time, no date: stamping the publication date on a 1990s event would be false.
 */
export function relationDates(
  relations: readonly (AnnotatedRelation | undefined)[],
  article: ArticleText,
  problems: Problems,
): Map<number, ResolvedDate> {
  const dates = new Map<number, ResolvedDate>();
  const lowerText = article.text.toLowerCase();
  relations.forEach((r, index) => {
    if (r?.when === undefined) return;
    if (!lowerText.includes(r.when.toLowerCase())) {
      problems.at(
        ["relations", index, "when"],
        `"${r.when}" does not occur in the article; use the article's own words`,
      );
    }
    const date = resolveDate(r.when, article.date);
    if (date === null) {
      problems.at(
        ["relations", index, "when"],
        `cannot read "${r.when}" as a date; expected ${DATE_EXPRESSIONS_HELP}`,
      );
    } else {
      dates.set(index, date);
    }
  });
  return dates;
}
