import { defineConfig } from "vitest/config";

// CoreNLP's tests get a project of their own: Vitest runs a project's global setup only when that project has a
// test to run, so `vitest run tests/graphql` does not load CoreNLP's models (a minute and 3 GB). `npm test` runs
// both.
// The coder's tests against the live server are named *.server.test.ts; its tests on recorded output need none.
// `actorgraph extract` needs both servers (CoreNLP to read articles, Neo4j for --ingest), so the CoreNLP project
// also starts a Neo4j of its own: one CoreNLP per run (3 GB) rather than a project per combination.
const NLP_TESTS = [
  "tests/nlp/**/*.test.ts",
  "tests/**/*.server.test.ts",
  "tests/cli/extract-command.test.ts",
];

export default defineConfig({
  resolve: {
    // Node loads graphql-js's CommonJS build (package `main`), and so do @neo4j/graphql and graphql-yoga; Vite
    // would give our files the ESM build (`module`), a second copy whose schemas and errors the libraries reject.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    // One real Neo4j is shared by all test files; running them one at a time keeps each file's view of the
    // graph its own.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: {
          name: "neo4j",
          include: ["tests/**/*.test.ts"],
          exclude: NLP_TESTS,
          globalSetup: ["tests/global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "corenlp",
          include: NLP_TESTS,
          globalSetup: ["tests/global-setup.ts", "tests/corenlp-global-setup.ts"],
          // Loading the models takes a minute alone, several on a busy 2-core machine.
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
