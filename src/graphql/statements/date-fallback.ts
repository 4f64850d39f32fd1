/**
 * The date fallback of `timeline` and `relationsBetween` (`undatedAtArticleDate`): an undated relation (no
 * dateFrom, an open start included) is placed at its article's date and marked so (`datedBy: ARTICLE`), instead
 * of coming last. Placed relations order as if dated [article date, article date]; ties break by id as always.
 * Without the option every part here reduces to the fields' usual order (dateFrom, dateTo, id; undated last)
 * and reads no article.
 */

const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

function variable(name: string): string {
  if (!VARIABLE.test(name)) throw new Error(`not a Cypher variable name: ${name}`);
  return name;
}

/** The article's date of relation `r`, looked up by the Article id index. */
export function articleDay(r: string): string {
  return `head(COLLECT { MATCH (reporting:Article {id: ${variable(r)}.articleId}) RETURN reporting.date })`;
}

/**
 * `WITH` lines that add `placedFrom`, `placedTo` (the dates relation `r` orders by) and `articleDated` (placed
 * at its article's date) to the variables `keep` (which must include `r`).
 */
export function placement(r: string, keep: readonly string[]): string {
  const v = variable(r);
  const carried = keep.map(variable).join(", ");
  return `WITH ${carried}, CASE WHEN $undatedAtArticleDate AND ${v}.dateFrom IS NULL THEN ${articleDay(v)} END AS placedDay
WITH ${carried}, placedDay IS NOT NULL AS articleDated,
  coalesce(${v}.dateFrom, placedDay) AS placedFrom,
  CASE WHEN placedDay IS NULL THEN ${v}.dateTo ELSE placedDay END AS placedTo`;
}

/** The order of placed relations (after `placement`). */
export function placedOrder(r: string): string {
  return `placedFrom, placedTo, ${variable(r)}.id`;
}

/**
 * The marks of a placed relation, as map entries to add to the relation's map: `placedAt`, the day it stands at
 * in time order, and `datedBy`, whose date that is; both null without the option or for a relation left undated.
 */
export function placementMarks(r: string): string {
  const v = variable(r);
  return `placedAt: CASE WHEN $undatedAtArticleDate THEN placedFrom END,
  datedBy: CASE WHEN NOT $undatedAtArticleDate THEN null WHEN articleDated THEN 'ARTICLE'
    WHEN ${v}.dateFrom IS NOT NULL THEN 'RELATION' END`;
}

/** Undated relation `r`'s article date lies in [$from, $to] (an open end runs on forever). */
export function articleDayInRange(r: string): string {
  return `EXISTS { MATCH (reporting:Article {id: ${variable(r)}.articleId})
    WHERE ($from IS NULL OR reporting.date >= $from) AND ($to IS NULL OR reporting.date <= $to) }`;
}
