import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import {
  ACTOR_KIND_MEANINGS,
  ACTOR_KINDS,
  RELATION_CAPTIONS,
  RELATION_STATUS_MEANINGS,
  RELATION_STATUSES,
  RELATION_TYPES,
  type RelationType,
  type RelationTypeDefinition,
  SECTORS,
} from "../model/vocabulary.ts";
import { type GrassSheet, nodeColor, parseGrass } from "./grass.ts";
import { buildGrass } from "./grass-style.ts";

/**
 * The Neo4j Browser guide actorgraph serves at /browser/guide.html: what the graph holds, its labels and
 * relation types (from the vocabulary), and the saved research queries of `cypher/queries/` as one-click
 * Cypher. Browser 5.24 (`:guide <url>` in the sidebar, `:play <url>` in a frame) splits the page into slides at
 * `<slide>` elements, takes the title from `<title>`, strips `<script>` and `on…` attributes, and makes every
 * `pre.runnable` clickable: a click on the code copies it into the editor, a click on its play icon runs it.
 */

export const QUERIES_DIR = new URL("../../cypher/queries/", import.meta.url).pathname;

/** The guide's queries come first in this order; files added later follow by name. */
const QUERY_ORDER = [
  "article-graph",
  "who-accuses-whom",
  "attributed-to-iom-or-un",
  "ttp-ties",
  "actor-neighbourhood",
  "timeline",
];

export interface SavedQuery {
  /** The file name without `.cypher`, e.g. `who-accuses-whom`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Browser commands to run first, e.g. `:param actorId => "pakistan-government"`. */
  readonly params: readonly string[];
  /** The statement, without its comment lines. */
  readonly cypher: string;
}

/**
 * Reads a saved query. Its leading `//` comment lines are its header: the first is the title, `// :param …`
 * lines are the parameters to set first, the others the description. A file without a header gets its name as
 * the title.
 */
export function parseSavedQuery(name: string, text: string): SavedQuery {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const header: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed.startsWith("//")) break;
    header.push(trimmed.replace(/^\/\/\s?/, "").trim());
  }
  const params = header.filter((l) => l.startsWith(":param"));
  const prose = header.filter((l) => l !== "" && !l.startsWith(":param"));
  const fallbackTitle = name.replace(/[-_]+/g, " ").replace(/^./, (c) => c.toUpperCase());
  const cypher = lines
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim()
    .replace(/;\s*$/, "");
  return {
    name,
    title: prose[0] ?? fallbackTitle,
    description: prose.slice(1).join(" "),
    params,
    cypher,
  };
}

/** Every `cypher/queries/*.cypher`, in the guide's order. */
export async function readSavedQueries(dir: string = QUERIES_DIR): Promise<SavedQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cypher"));
  const queries = await Promise.all(
    files.map(async (f) => parseSavedQuery(basename(f, ".cypher"), await readFile(join(dir, f), "utf8"))),
  );
  const rank = (q: SavedQuery) => {
    const i = QUERY_ORDER.indexOf(q.name);
    return i === -1 ? QUERY_ORDER.length : i;
  };
  return queries.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * The intro's overview: every pair summary (INTERACTS) as an APOC virtual copy, with copies of its actors, so that
 * Browser's "Connect result nodes" finds nothing to add between them (see docs/browser.md).
 */
export const OVERVIEW_QUERY = `MATCH (:Actor)-[summary:INTERACTS]->(:Actor)
WITH collect(summary) AS shown
UNWIND shown AS summary
UNWIND [startNode(summary), endNode(summary)] AS actor
WITH shown, collect(DISTINCT actor) AS actors
WITH shown, apoc.map.fromPairs([a IN actors |
  [elementId(a), apoc.create.vNode(labels(a), properties(a))]]) AS copy
UNWIND shown AS summary
WITH copy, summary, copy[elementId(startNode(summary))] AS source,
  copy[elementId(endNode(summary))] AS target
RETURN source, apoc.create.vRelationship(source, 'INTERACTS',
  properties(summary), target) AS pair, target`;

/** One-click code: Browser adds a play icon that runs it; a click on the text copies it to the editor. */
const runnable = (code: string) => `<pre class="code runnable">${escapeHtml(code)}</pre>`;

const STATUS_MEANING = RELATION_STATUS_MEANINGS;

const KIND_MEANING = ACTOR_KIND_MEANINGS;

function swatch(color: string | undefined): string {
  const c = color && /^#[0-9A-Fa-f]{3,8}$/.test(color) ? color : "#A5ABB6";
  return `<span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:${c};vertical-align:middle"></span>`;
}

function introSlide(styleUrl: string | undefined): string {
  return `<slide class="row-fluid">
<h3>actorgraph: political actors in the news</h3>
<p class="lead">News articles, annotated by hand, as a graph of the political actors they name and the typed,
sourced relations between them.</p>
<ul>
<li><b>(:Article)</b>: one node per article (id, title, date, dateline, text).</li>
<li><b>(:Actor)</b>: one node per actor, with exactly one kind label beside <code>Actor</code>: Person, Government,
Group, Country or Organization. Properties: id, name, aliases, description, sector, country (ISO 3166 alpha-3),
wikidata.</li>
<li><b>(:Article)-[:MENTIONS]-&gt;(:Actor)</b>: where the article names the actor (count, offsets, forms).</li>
<li><b>(:Actor)-[:TYPE]-&gt;(:Actor)</b>: a relation from the controlled vocabulary. Every relation carries its
evidence: the verbatim quote, its offsets (start, end) in the article text and the articleId.</li>
<li><b>(:Actor)-[:INTERACTS]-&gt;(:Actor)</b>: not a relation but the summary of one ordered pair's relations, kept
by the loader: count, articles, dateFrom and dateTo, and how many are cooperative, hostile and structural. Drawn
as a thick light-blue line captioned with the count ("6×").</li>
</ul>
<p>Colours: one colour and size per actor kind; articles are small grey nodes. Relations in <b
style="color:#B2182B">red</b> are conflictual events, in <b style="color:#1B7837">green</b> cooperative ones,
in grey requests and structural ties. Click a node or a relation to see all its properties.</p>
<p>Every pair of actors with relations, one line per ordered pair captioned with its number of relations (the
play icon runs it; a click on the text copies it to the editor). Drawn as copies, so that Browser does not add
every relation between the same actors:</p>
${runnable(OVERVIEW_QUERY)}
<p>The saved research queries follow the vocabulary slides. The schema, drawn:</p>
${runnable("CALL db.schema.visualization()")}
${styleUrl ? `<p>If the colours are lost (after <code>:style reset</code>), apply the style again:</p>\n${runnable(`:style ${styleUrl}`)}` : ""}
</slide>`;
}

function actorsSlide(sheet: GrassSheet): string {
  const kinds = ACTOR_KINDS.map(
    (kind) => `<li>${swatch(nodeColor(sheet, kind))} <b>${kind}</b>: ${escapeHtml(KIND_MEANING[kind])}</li>`,
  ).join("\n");
  const sectors = Object.entries(SECTORS)
    .map(([code, meaning]) => `<li><code>${code}</code> ${escapeHtml(meaning)}</li>`)
    .join("\n");
  return `<slide class="row-fluid">
<h3>Actors</h3>
<p class="lead">Every actor has the label <code>Actor</code> and one kind label, drawn in its own colour and
size.</p>
<ul style="list-style:none;padding-left:0">
${kinds}
<li>${swatch(nodeColor(sheet, "Article"))} <b>Article</b>: a news article (not an actor), small and grey</li>
</ul>
<p>The <code>sector</code> property holds the CAMEO/PLOVER actor sector:</p>
<ul style="list-style:none;padding-left:0">
${sectors}
</ul>
${runnable("MATCH (a:Actor)\nRETURN a.kind AS kind, a.sector AS sector, a.name AS name\nORDER BY kind, name")}
</slide>`;
}

/** The colour a relationship type is drawn in: its own rule, else the `relationship` rule. */
function relationshipColor(sheet: GrassSheet, type: string): string | undefined {
  return sheet[`relationship.${type}`]?.color ?? sheet.relationship?.color;
}

function typeItems(sheet: GrassSheet, types: readonly RelationTypeDefinition<RelationType>[]): string {
  return types
    .map((t) => {
      const plover = t.plover
        ? ` <small>PLOVER ${t.plover}${t.ploverMode ? ` (${t.ploverMode})` : ""}</small>`
        : "";
      const caption = RELATION_CAPTIONS[t.type];
      return `<li>${swatch(relationshipColor(sheet, t.type))} <code>${t.type}</code> <i>"${escapeHtml(caption)}"</i>: ${escapeHtml(t.description)}${plover}</li>`;
    })
    .join("\n");
}

function relationsSlide(sheet: GrassSheet): string {
  const events = RELATION_TYPES.filter((t) => t.category === "event");
  const structural = RELATION_TYPES.filter((t) => t.category === "structural");
  return `<slide class="row-fluid">
<h3>Relation types</h3>
<p class="lead">One controlled vocabulary (src/model/vocabulary.ts). Events carry their CAMEO code and PLOVER
event type (properties cameo, cameoRoot, plover, ploverMode); structural ties are states, not events. The dot is
the colour Browser draws the type in; the words in quotes are the caption on its line.</p>
<p>Two actors are often linked by several relations (the Government of Pakistan expels, sanctions, threatens and
accuses "Afghans in Pakistan"): Browser draws each as its own curved line between the two, so count the lines,
and click one to read its evidence. The query on the last slide lists them all for a pair of actors.</p>
<h4>Events</h4>
<ul style="list-style:none;padding-left:0">
${typeItems(sheet, events)}
</ul>
<h4>Structural ties</h4>
<ul style="list-style:none;padding-left:0">
${typeItems(sheet, structural)}
</ul>
${runnable("MATCH (:Actor)-[r:!INTERACTS]->(:Actor)\nRETURN type(r) AS type, count(*) AS relations\nORDER BY relations DESC")}
</slide>`;
}

function propertiesSlide(): string {
  const statuses = RELATION_STATUSES.map(
    (s) => `<li><code>${s}</code>: ${escapeHtml(STATUS_MEANING[s])}</li>`,
  ).join("\n");
  return `<slide class="row-fluid">
<h3>Reading a relation</h3>
<p class="lead">A relation is a claim of one article. Its properties say where it comes from and how sure it
is; click a relation in a drawing to see them.</p>
<ul>
<li><b>evidence</b>: the article's words, verbatim; <b>start</b>/<b>end</b>: their offsets in the article text;
<b>evidenceSource</b>: <code>body</code> or <code>related-headline</code>; <b>articleId</b>.</li>
<li><b>attributedTo</b>: the id of the actor the article attributes the claim to (the IOM, Islamabad…), if any.</li>
<li><b>date</b> (ISO 8601: a day, month, year or interval), <b>dateFrom</b>/<b>dateTo</b> (dates for range
queries) and <b>dateText</b> (the article's own words: "last year").</li>
<li><b>quantity</b> and <b>quantityText</b> ("nearly 60,000"), <b>role</b> (for offices), <b>note</b>.</li>
<li><b>coder</b>: <code>machine</code> for a relation <code>actorgraph extract</code> proposed and no researcher
has confirmed yet, with its <b>confidence</b> (0 to 1); such a relation's caption starts with
"machine 0.72 ·". Browser cannot draw them dashed. A relation without a coder is a researcher's.</li>
</ul>
<p><b>status</b>:</p>
<ul>
${statuses}
</ul>
${runnable("MATCH (s:Actor)-[r:!INTERACTS]->(t:Actor)\nRETURN s.name AS source, type(r) AS relation,\n       t.name AS target, r.status AS status,\n       r.attributedTo AS attributedTo,\n       r.evidence AS evidence\nORDER BY source, relation")}
</slide>`;
}

function querySlide(query: SavedQuery, index: number, total: number): string {
  const params = query.params.length
    ? `<p>First set the parameter${query.params.length > 1 ? "s" : ""}:</p>\n${query.params.map(runnable).join("\n")}\n<p>then run:</p>`
    : "";
  return `<slide class="row-fluid">
<h3>${escapeHtml(query.title)}</h3>
<p><small>Research query ${index + 1} of ${total}: cypher/queries/${escapeHtml(query.name)}.cypher</small></p>
${query.description ? `<p class="lead">${escapeHtml(query.description)}</p>` : ""}
${params}
${runnable(query.cypher)}
</slide>`;
}

function moreSlide(): string {
  return `<slide class="row-fluid">
<h3>Your own questions</h3>
<p>Find an actor by name or alias, tolerating spelling (full-text index <code>actorNames</code>):</p>
${runnable(`CALL db.index.fulltext.queryNodes("actorNames", "Ishak~")\nYIELD node, score\nRETURN node.id AS id, node.name AS name, score`)}
<p>The evidence of every relation between two actors, in the article's words:</p>
${runnable(`MATCH (:Actor {id: "pakistan-government"})-[r:!INTERACTS]-\n      (:Actor {id: "taliban-government"})\nRETURN startNode(r).name AS source, type(r) AS relation,\n       endNode(r).name AS target, r.evidence AS evidence`)}
<p>Saved queries live in <code>cypher/queries/*.cypher</code>: the first comment line is the title, the next
ones the description, <code>// :param name =&gt; value</code> lines the parameters. New files appear here the
next time the guide is opened (<code>:guide</code> with this guide's URL).</p>
</slide>`;
}

/** The guide's HTML. `styleUrl`, when given, lets the guide offer to re-apply the style. */
export function guideHtml(options: {
  readonly queries: readonly SavedQuery[];
  readonly grass?: string;
  readonly styleUrl?: string;
}): string {
  const sheet = parseGrass(options.grass ?? buildGrass());
  const slides = [
    introSlide(options.styleUrl),
    actorsSlide(sheet),
    relationsSlide(sheet),
    propertiesSlide(),
    ...options.queries.map((q, i) => querySlide(q, i, options.queries.length)),
    moreSlide(),
  ];
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>actorgraph</title>
</head>
<body>
<article class="guide">
${slides.join("\n")}
</article>
</body>
</html>
`;
}

/** Reads the saved queries and the style sheet, and builds the guide. */
export async function buildGuide(options: { readonly queriesDir?: string; readonly styleUrl?: string } = {}) {
  return guideHtml({
    queries: await readSavedQueries(options.queriesDir),
    ...(options.styleUrl ? { styleUrl: options.styleUrl } : {}),
  });
}
