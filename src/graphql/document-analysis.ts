import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import {
  type DocumentNode,
  type GraphQLSchema,
  TypeInfo,
  visit,
  visitInParallel,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { int } from "neo4j-driver";
import { type ArgumentSites, argumentProblems, argumentSitesVisitor } from "./argument-checks.ts";
import { defaultSortVisitor } from "./default-sort.ts";
import {
  EDGE_RELATIONS_PARAMETER,
  type EdgeRelationSites,
  edgeRelationsLimit,
  edgeRelationsVisitor,
} from "./edge-details.ts";
import {
  FIELDS_PARAMETER,
  type FieldsParameter,
  fieldsParameter,
  selectedFieldsVisitor,
} from "./selected-fields.ts";

/** What the API needs to know of a document before it runs, whatever the request's variables. */
export interface DocumentAnalysis {
  /** Where the argument checks look (argument-checks.ts). */
  readonly argumentSites: ArgumentSites;
  /** The document with the default sorts (default-sort.ts); the same object when it needs none. */
  readonly sorted: DocumentNode;
  /** Where it selects `GraphEdge.relations` (edge-details.ts). */
  readonly edgeRelationSites: EdgeRelationSites;
  /** The fields it selects of the types the statements build as maps (selected-fields.ts). */
  readonly fields: FieldsParameter;
}

/**
 * The four analyses in one walk with one TypeInfo. The default sort goes last: a visitor that returns a new
 * node hides that node from the visitors after it in `visitInParallel`, and the others only read.
 */
export function analyseDocument(schema: GraphQLSchema, document: DocumentNode): DocumentAnalysis {
  const typeInfo = new TypeInfo(schema);
  const argumentSites: ArgumentSites = [];
  const edgeRelationSites: EdgeRelationSites = [];
  const selected = {
    relation: new Set<string>(),
    actor: new Set<string>(),
    evidence: new Set<string>(),
    article: new Set<string>(),
  };
  const sorted = visit(
    document,
    visitWithTypeInfo(
      typeInfo,
      visitInParallel([
        argumentSitesVisitor(typeInfo, argumentSites),
        selectedFieldsVisitor(typeInfo, selected),
        edgeRelationsVisitor(typeInfo, edgeRelationSites),
        defaultSortVisitor(typeInfo),
      ]),
    ),
  );
  return { argumentSites, sorted, edgeRelationSites, fields: fieldsParameter(selected) };
}

/**
 * One analysis per document and schema. graphql-yoga caches a parsed document by its text (an LRU) and hands
 * the same object to every request of that text, so a WeakMap on the object is a cache per document text that
 * forgets what yoga's cache forgets.
 */
export function createDocumentAnalyses(): (
  schema: GraphQLSchema,
  document: DocumentNode,
) => DocumentAnalysis {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentAnalysis>>();
  return (schema, document) => {
    let byDocument = bySchema.get(schema);
    if (!byDocument) {
      byDocument = new WeakMap();
      bySchema.set(schema, byDocument);
    }
    let analysis = byDocument.get(document);
    if (!analysis) {
      analysis = analyseDocument(schema, document);
      byDocument.set(document, analysis);
    }
    return analysis;
  };
}

/**
 * Before a request runs: refuses arguments out of range (argument-checks.ts), sorts the generated lists it does
 * not sort itself (default-sort.ts), tells the ego network's statement how many relations to read per edge
 * (edge-details.ts) and the statements which fields of relations, actors and articles to build (selected-fields.ts). The document is walked once, on its first request; later requests only read the values of
 * the checked arguments and of the edges' `limit`, which may be variables.
 */
export function useDocumentAnalysis(): Plugin<Neo4jGraphQLContext> {
  const analysisOf = createDocumentAnalyses();
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const analysis = analysisOf(args.schema, args.document);
      const problems = argumentProblems(args, analysis.argumentSites);
      if (problems.length > 0) {
        setResultAndStopExecution({ errors: problems });
        return;
      }
      const context = args.contextValue as Neo4jGraphQLContext;
      context.cypherParams = {
        ...context.cypherParams,
        // A JavaScript number reaches Neo4j as a float, which LIMIT refuses.
        [EDGE_RELATIONS_PARAMETER]: int(
          edgeRelationsLimit(
            analysis.edgeRelationSites,
            (args.variableValues ?? {}) as Record<string, unknown>,
          ),
        ),
        [FIELDS_PARAMETER]: analysis.fields,
      };
      const document = analysis.sorted;
      if (document !== args.document) setExecuteFn((execution) => executeFn({ ...execution, document }));
    },
  };
}
