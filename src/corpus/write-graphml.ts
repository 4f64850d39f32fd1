import { ACTOR_FIELDS, ARTICLE_FIELDS, type FieldType, RELATION_FIELDS } from "../model/rows.ts";
import type { CorpusStreams } from "./read-corpus.ts";

const escapeXml = (value: string) =>
  value.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string,
  );

interface Key {
  readonly id: string;
  readonly for: "node" | "edge";
  readonly type: "string" | "int" | "double";
}

const GRAPHML_TYPES: Record<FieldType, Key["type"]> = {
  string: "string",
  integer: "int",
  number: "double",
  date: "string",
  "string-list": "string",
  "integer-list": "string",
};

type Fields = Record<string, { readonly type: FieldType }>;

/** GraphML has no date or list type: dates are ISO strings, lists strings joined by "; ". */
const keysOf = (fields: Fields, target: Key["for"], except: readonly string[] = []): Key[] =>
  Object.entries(fields)
    .filter(([id]) => !except.includes(id))
    .map(([id, f]) => ({ id, for: target, type: GRAPHML_TYPES[f.type] }));

const NODE_KEYS: readonly Key[] = [
  { id: "labels", for: "node", type: "string" },
  ...keysOf(ACTOR_FIELDS, "node", ["id"]),
  ...keysOf(ARTICLE_FIELDS, "node", ["id", "text"]),
];

// Every relation field but the ends, which are the edge's own source and target.
const EDGE_KEYS: readonly Key[] = [
  ...keysOf(RELATION_FIELDS, "edge", ["source", "target"]),
  { id: "count", for: "edge", type: "int" },
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
export async function* corpusToGraphml(corpus: CorpusStreams): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">';
  const keys = [...NODE_KEYS, ...EDGE_KEYS];
  for (const k of keys) {
    yield `  <key id="${k.for === "edge" ? "e_" : ""}${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`;
  }
  yield '  <graph id="actorgraph" edgedefault="directed">';
  for await (const a of corpus.actors()) {
    const { id, ...rest } = a;
    yield `    <node id="${escapeXml(id)}">${data({ labels: `Actor:${a.kind}`, ...rest })}</node>`;
  }
  for await (const a of corpus.articles()) {
    const { id, text: _text, ...rest } = a;
    yield `    <node id="article:${escapeXml(id)}">${data({ labels: "Article", ...rest })}</node>`;
  }
  const edge = (values: Record<string, unknown>) =>
    data(Object.fromEntries(Object.entries(values).map(([k, v]) => [`e_${k}`, v])));
  for await (const r of corpus.relations()) {
    const { source, target, ...rest } = r;
    yield `    <edge id="${escapeXml(r.id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${edge(rest)}</edge>`;
  }
  for await (const m of corpus.mentions()) {
    yield `    <edge source="article:${escapeXml(m.articleId)}" target="${escapeXml(m.actorId)}">${edge({ type: "MENTIONS", count: m.count })}</edge>`;
  }
  yield "  </graph>";
  yield "</graphml>";
}
