import { type Driver, isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";

/** The nodes and relationships in a query's result, each once, as Neo4j Browser would draw them. */
export interface ResultGraph {
  /** By Browser's node key (the legacy numeric id, which Browser puts in `aria-label="graph-node<id>"`). */
  readonly nodes: ReadonlyMap<string, { readonly labels: readonly string[]; readonly name: string | null }>;
  /** Relationship keys (legacy numeric ids) to their types. */
  readonly relationships: ReadonlyMap<string, string>;
}

function walk(value: unknown, nodes: Map<string, Node>, rels: Map<string, Relationship>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const v of value) walk(v, nodes, rels);
  } else if (isNode(value)) {
    nodes.set(String(value.identity), value);
  } else if (isRelationship(value)) {
    rels.set(String(value.identity), value);
  } else if (isPath(value)) {
    walk(value.start, nodes, rels);
    for (const segment of value.segments) {
      walk(segment.relationship, nodes, rels);
      walk(segment.end, nodes, rels);
    }
  } else if (typeof value === "object" && value.constructor === Object) {
    for (const v of Object.values(value)) walk(v, nodes, rels);
  }
}

/**
 * Runs a query and collects the graph in its result: nodes and relationships in any column, inside paths, lists
 * and maps. With `connectResultNodes` (Browser's "Connect result nodes" setting, on by default) it adds every
 * relationship between the result's nodes, as Browser's second query does.
 */
export async function resultGraph(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown> = {},
  options: { readonly connectResultNodes?: boolean } = {},
): Promise<ResultGraph> {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const { records } = await driver.executeQuery(cypher, params, { database, routing: "READ" });
  for (const record of records) for (const value of record.values()) walk(value, nodes, rels);
  if (options.connectResultNodes ?? true) {
    const ids = [...nodes.values()].map((n) => n.elementId);
    const between = await driver.executeQuery(
      "MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids RETURN r",
      { ids },
      { database, routing: "READ" },
    );
    for (const record of between.records) walk(record.get("r"), nodes, rels);
  }
  return {
    nodes: new Map(
      [...nodes].map(([key, n]) => [
        key,
        { labels: n.labels, name: typeof n.properties.name === "string" ? n.properties.name : null },
      ]),
    ),
    relationships: new Map([...rels].map(([key, r]) => [key, r.type])),
  };
}
