import type { Config } from "../config.ts";
import { type CoreNLPEndpoint, endpointFromUrl } from "./endpoint.ts";
import { startCoreNLP } from "./launcher/start-corenlp.ts";

export interface OpenCoreNLP extends CoreNLPEndpoint {
  readonly timeoutMs: number;
  /** Stops the local server if this process started it; a server named by CORENLP_URL is left alone. */
  close(): Promise<void>;
}

/**
 * The CoreNLP server extraction uses: the one CORENLP_URL names, or else the project's own, started (or reused)
 * by the launcher, which fetches CoreNLP with Maven the first time.
 */
export async function openCoreNLP(config: Config, log: (line: string) => void): Promise<OpenCoreNLP> {
  const { url, timeoutMs, local } = config.corenlp;
  if (url !== undefined) return { ...endpointFromUrl(url), timeoutMs, close: async () => {} };
  const server = await startCoreNLP({ ...local, timeoutMs }, log);
  return { url: server.url, authorization: server.authorization, timeoutMs, close: server.stop };
}
