import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Node loads graphql-js's CommonJS build (package `main`), and so do @neo4j/graphql and graphql-yoga; Vite
    // would give our files the ESM build (`module`), a second copy whose schemas and errors the libraries reject.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    // One real Neo4j is shared by all test files; running them one at a time keeps each file's view of the
    // graph its own.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
