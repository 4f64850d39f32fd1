import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, inject } from "vitest";
import { annotationFiles, loadAnnotations } from "../../src/loader/load-annotations.ts";
import { applySchema } from "../../src/neo4j/apply-schema.ts";
import { connectDriver } from "../../src/neo4j/driver.ts";

export const SEED_ARTICLE_ID = "2025-04-17-dar-kabul-afghan-expulsions";

/** Deletes every node and relationship: only ever called on the throwaway test database. */
export async function clearDatabase(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database });
}

/** Empties the test database and loads exactly the project's annotated articles, schema applied. */
export async function seedDatabase(driver: Driver, database: string): Promise<void> {
  await clearDatabase(driver, database);
  await applySchema(driver, database);
  await loadAnnotations(driver, database, await annotationFiles(), () => {});
}

/**
 * A driver for the test database, opened before the file's tests and closed after. With `seed`, the database
 * is emptied and holds exactly the project's annotated articles (schema applied) when the tests start.
 */
export function useTestDatabase(options: { seed?: boolean } = {}): {
  driver: () => Driver;
  database: string;
} {
  const { uri, user, password, database } = inject("testDatabase");
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = await connectDriver({ uri, user, password });
    if (options.seed) await seedDatabase(driver, database);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return {
    driver: () => {
      if (!driver) throw new Error("the test database is not open yet (use it inside a test or hook)");
      return driver;
    },
    database,
  };
}
