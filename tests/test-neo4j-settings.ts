/** Where the throwaway test Neo4j listens: away from a user's 7687/7474, so tests never touch their data. */
export const TEST_NEO4J = {
  boltPort: 17687,
  httpPort: 17474,
  password: "actorgraph-test",
  heap: "1g",
  pageCache: "256m",
} as const;
