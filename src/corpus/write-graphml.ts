import { ACTOR_FIELDS } from "../model/article-graph.ts";
import type { Corpus } from "./read-corpus.ts";

const escapeXml = (value: string) =>
  value.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string,
  );

interface Key {
  readonly id: string;
  readonly for: "node" | "edge";
  readonly type: "string" | "int";
}

const NODE_KEYS: readonly Key[] = [
  "labels",
  ...ACTOR_FIELDS.filter((f) => f !== "id"),
  "title",
  "date",
  "dateline",
].map((id) => ({ id, for: "node", type: "string" }));

const EDGE_KEYS: readonly Key[] = [
  ...[
    "type",
    "id",
    "articleId",
    "evidence",
    "evidenceSource",
    "date",
    "dateFrom",
    "dateTo",
    "dateText",
    "attributedTo",
    "status",
    "quantityText",
    "role",
    "cameo",
    "plover",
    "ploverMode",
    "note",
  ].map((id): Key => ({ id, for: "edge", type: "string" })),
  ...["start", "end", "quantity", "count"].map((id): Key => ({ id, for: "edge", type: "int" })),
];

const data = (values: Record<string, unknown>) =>
  Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `<data key="${k}">${escapeXml(Array.isArray(v) ? v.join("; ") : String(v))}</data>`)
    .join("");

/**
 * GraphML for Gephi and yEd: actors and articles as nodes, relations and mentions as directed edges, with every
 * provenance field as an attribute. Node labels are names, so the graph reads without looking up ids.
 */
export function* corpusToGraphml(corpus: Corpus): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">';
  const keys = [...NODE_KEYS, ...EDGE_KEYS];
  for (const k of keys) {
    yield `  <key id="${k.for === "edge" ? "e_" : ""}${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`;
  }
  yield '  <graph id="actorgraph" edgedefault="directed">';
  for (const a of corpus.actors) {
    const { id, ...rest } = a;
    yield `    <node id="${escapeXml(id)}">${data({ labels: `Actor:${a.kind}`, ...rest })}</node>`;
  }
  for (const a of corpus.articles) {
    yield `    <node id="article:${escapeXml(a.id)}">${data({ labels: "Article", title: a.title, date: a.date, dateline: a.dateline })}</node>`;
  }
  const edge = (values: Record<string, unknown>) =>
    data(Object.fromEntries(Object.entries(values).map(([k, v]) => [`e_${k}`, v])));
  for (const r of corpus.relations) {
    const { source, target, id, category: _category, cameoRoot: _root, ...rest } = r;
    yield `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${edge({ id, ...rest })}</edge>`;
  }
  for (const m of corpus.mentions) {
    yield `    <edge source="article:${escapeXml(m.articleId)}" target="${escapeXml(m.actorId)}">${edge({ type: "MENTIONS", count: m.count })}</edge>`;
  }
  yield "  </graph>";
  yield "</graphml>";
}
