/**
 * The throwaway test Neo4j's login and memory. Its ports are chosen free for each run (tests/global-setup.ts),
 * away from a user's 7687/7474 and from any other test run on the same machine.
 */
export const TEST_NEO4J = {
  password: "actorgraph-test",
  heap: "1g",
  pageCache: "256m",
} as const;
