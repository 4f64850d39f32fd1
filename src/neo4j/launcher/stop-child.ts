import type { ChildProcess } from "node:child_process";

/**
 * Stops a server process this process started: SIGTERM, so it shuts down cleanly (Neo4j's and CoreNLP's own
 * shutdown hooks), then SIGKILL if it has not exited after `graceMs`. Resolves once it has exited.
 */
export async function stopChild(
  child: ChildProcess,
  exited: Promise<number | null>,
  graceMs: number,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * For a launcher run in the foreground (`npm run neo4j`, `npm run corenlp`): waits for Ctrl-C or SIGTERM, then
 * stops the server; resolves once it has stopped.
 */
export function stopOnSignal(name: string, stop: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const onSignal = () => {
      console.log(`Stopping ${name}…`);
      void stop().then(resolve);
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  });
}
