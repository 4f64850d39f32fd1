import type { Driver } from "neo4j-driver";

/** A property map with its keys sorted: stores (online loader, offline importer, a restored dump) order them differently. */
const sorted = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Every node with its labels and properties, and every relationship with its ends, type and properties, in a
 * stable order: two snapshots are equal exactly when the graphs are.
 */
export async function graphSnapshot(driver: Driver, database = "neo4j"): Promise<string> {
  const nodes = await driver.executeQuery(
    "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id, labels(n)[0]",
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
     ORDER BY from, type, to, r.id, r.start`,
    {},
    { database },
  );
  const rows = (records: typeof nodes.records) =>
    records.map((r) => {
      const row = r.toObject();
      return { ...row, labels: row.labels && [...row.labels].sort(), props: sorted(row.props) };
    });
  return JSON.stringify({ nodes: rows(nodes.records), relationships: rows(rels.records) });
}
