/**
 * graphql-js, as the one instance @neo4j/graphql and graphql-yoga load: its CommonJS build, which Node picks from
 * the package's `main`. Vite (so vitest) would pick the ESM build from its `module` field instead, and a schema
 * or GraphQLError made by one copy is not recognised by the other; importing it through here avoids that.
 */
export * from "graphql/index.js";
