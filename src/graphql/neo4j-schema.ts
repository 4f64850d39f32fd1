import { readFileSync } from "node:fs";
import { Neo4jGraphQL, type Neo4jGraphQLContext } from "@neo4j/graphql";
import { type DocumentNode, execute, GraphQLObjectType, GraphQLSchema, Kind, parse, visit } from "graphql";
import { type Driver, int, type Session, type SessionConfig, session } from "neo4j-driver";
import { checkCompatibility } from "./compatibility.ts";
import { GraphQLDay } from "./day-scalar.ts";
import { EDGE_RELATIONS_DEFAULT, EDGE_RELATIONS_PARAMETER } from "./edge-details.ts";
import { allFields, FIELDS_PARAMETER } from "./selected-fields.ts";
import { RESEARCH_STATEMENTS } from "./statements/research-statements.ts";
import { vocabularyResolvers } from "./vocabulary-resolvers.ts";
import { vocabularyTypeDefs } from "./vocabulary-type-defs.ts";

/** The API's source of truth, at the top of the repository. */
export const SCHEMA_FILE = new URL("../../schema.graphql", import.meta.url);

/** Every field of the types the statements build as maps: for a request whose document the API did not read. */
const ALL_FIELDS = allFields(parse(readFileSync(SCHEMA_FILE, "utf8")));

export interface Neo4jSchemaOptions {
  readonly driver: Driver;
  readonly database: string;
  readonly queryTimeoutMs: number;
}

/**
 * schema.graphql with each `@cypher` field's statement put in: the file names the field's coordinate
 * (`statement: "Query.relations"`) and the statement is composed in code (./statements/research-statements.ts).
 * A coordinate that names no statement, or names another field's, stops the start-up, as does a composed statement
 * that no field uses.
 */
export function withResearchStatements(sdl: string): DocumentNode {
  const used = new Set<string>();
  let typeName = "";
  const document = visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      typeName = node.name.value;
    },
    ObjectTypeExtension(node) {
      typeName = node.name.value;
    },
    FieldDefinition(field) {
      const coordinate = `${typeName}.${field.name.value}`;
      return {
        ...field,
        directives: field.directives?.map((directive) => {
          if (directive.name.value !== "cypher") return directive;
          return {
            ...directive,
            arguments: directive.arguments?.map((argument) => {
              if (argument.name.value !== "statement") return argument;
              const named = argument.value.kind === Kind.STRING ? argument.value.value : "";
              const statement = RESEARCH_STATEMENTS[named];
              if (named !== coordinate || statement === undefined) {
                throw new Error(
                  `schema.graphql: ${coordinate} must name its own statement ("${coordinate}"), composed in src/graphql/statements/research-statements.ts; it names "${named}"`,
                );
              }
              used.add(named);
              return { ...argument, value: { kind: Kind.STRING, value: statement, block: true } };
            }),
          };
        }),
      };
    },
  });
  const unused = Object.keys(RESEARCH_STATEMENTS).filter((c) => !used.has(c));
  if (unused.length > 0)
    throw new Error(`composed statements that no field of schema.graphql uses: ${unused.join(", ")}`);
  return document;
}

/**
 * The driver as @neo4j/graphql sees it: every session it opens is a READ session, and a write transaction it
 * asks for runs as a read one. Neo4j then refuses any write (Neo.ClientError.Statement.AccessMode), whatever a
 * future `@cypher` statement or mutation tries: the API is read-only by construction, not by convention.
 */
export function readOnlyDriver(driver: Driver): Driver {
  const readSession = (config: SessionConfig = {}): Session => {
    const opened = driver.session({ ...config, defaultAccessMode: session.READ });
    return Object.assign(opened, { executeWrite: opened.executeRead.bind(opened) });
  };
  return new Proxy(driver, {
    get: (target, property) => (property === "session" ? readSession : Reflect.get(target, property, target)),
  });
}

/**
 * What @neo4j/graphql needs on every request: the database and a transaction timeout, so Neo4j itself stops a
 * query that runs too long. A fresh object each time, because the library writes into it. An edge's relations
 * are read unless the request is known not to select them (src/graphql/edge-details.ts), and every field of a
 * relation unless the request's selection is known (src/graphql/selected-fields.ts).
 */
export function requestContext(options: Neo4jSchemaOptions): Neo4jGraphQLContext {
  return {
    executionContext: readOnlyDriver(options.driver),
    sessionConfig: { database: options.database },
    transaction: { timeout: options.queryTimeoutMs },
    cypherParams: { [EDGE_RELATIONS_PARAMETER]: int(EDGE_RELATIONS_DEFAULT), [FIELDS_PARAMETER]: ALL_FIELDS },
  };
}

/**
 * The @neo4j/graphql library over schema.graphql. Without a driver it can still build the schema (to inspect it),
 * not run it.
 */
export function createNeo4jGraphQL(driver?: Driver): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs: [vocabularyTypeDefs(), withResearchStatements(readFileSync(SCHEMA_FILE, "utf8"))],
    driver,
    resolvers: { ...vocabularyResolvers, Day: GraphQLDay },
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
}

/**
 * The schema with the Query fields of schema.graphql first, in the file's order, and the fields @neo4j/graphql
 * generates (`actors`, `articles`, their connections) after them. The library puts its own fields first, so
 * GraphiQL's docs opened on `actorsConnection` and its filters before the research questions.
 */
export function researchFieldsFirst(
  schema: GraphQLSchema,
  sdl = readFileSync(SCHEMA_FILE, "utf8"),
): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  const declared = parse(sdl).definitions.flatMap((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "Query"
      ? (d.fields ?? []).map((f) => f.name.value)
      : [],
  );
  const rank = (name: string) => {
    const i = declared.indexOf(name);
    return i === -1 ? declared.length : i;
  };
  const config = query.toConfig();
  // Array sort is stable: the generated fields keep the library's order among themselves.
  const fields = Object.fromEntries(Object.entries(config.fields).sort(([a], [b]) => rank(a) - rank(b)));
  const reordered = new GraphQLObjectType({ ...config, fields });
  const schemaConfig = schema.toConfig();
  return new GraphQLSchema({
    ...schemaConfig,
    query: reordered,
    types: schemaConfig.types.map((type) => (type === query ? reordered : type)),
  });
}

/**
 * schema.graphql made executable by @neo4j/graphql, once Neo4j is known to support it, research fields first.
 * Read-only: the schema removes every mutation.
 */
export async function buildNeo4jSchema(options: Neo4jSchemaOptions): Promise<GraphQLSchema> {
  const neoSchema = createNeo4jGraphQL(options.driver);
  await checkCompatibility(neoSchema, options.driver, options.database);
  const schema = researchFieldsFirst(await neoSchema.getSchema());
  // The library asks Neo4j for its version on the first request it serves (and caches it for the process);
  // serving one request now, from the vocabulary without a query of its own, keeps that out of a researcher's
  // request, so every request costs exactly the queries its fields need.
  const warmUp = await execute({
    schema,
    document: parse("{ relationTypes { type } }"),
    contextValue: requestContext(options),
  });
  if (warmUp.errors) throw warmUp.errors[0];
  return schema;
}
