import neo4j, { type Driver } from "neo4j-driver";
import { InputError } from "../errors.ts";

export interface DriverOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/**
 * The process's one driver. Checks the connection at once so a wrong URI or password fails at start-up with a
 * message that names the URI (never the password).
 */
export async function connectDriver(options: DriverOptions): Promise<Driver> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    userAgent: "actorgraph",
    // The default retries a failing transaction for 30 s: while Neo4j is down, a researcher's request would hang
    // that long before "database unavailable". A short retry still rides out a leader switch in a cluster.
    maxTransactionRetryTime: 5_000,
    // A Neo4j that accepts TCP but never answers (frozen, or a black hole in between) would otherwise hold a new
    // connection for 30 s and a request waiting for a pooled one for 60 s.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
  });
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("Neo.ClientError.Security")) {
      throw new InputError(
        `Neo4j at ${options.uri} refused user "${options.user}": check NEO4J_USER and NEO4J_PASSWORD.`,
      );
    }
    throw new InputError(`Cannot reach Neo4j at ${options.uri}: ${(error as Error).message}`);
  }
  return driver;
}
