import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { z } from "zod";
import { InputError } from "../../errors.ts";
import { isPortTaken } from "../../neo4j/launcher/probe-port.ts";
import { stopChild } from "../../neo4j/launcher/stop-child.ts";
import { ANNOTATORS } from "../annotators.ts";
import { type AnnotateOptions, requestAnnotation } from "../client/annotate.ts";
import { basicAuthorization, type CoreNLPEndpoint } from "../endpoint.ts";
import { assembleCoreNLP, CORENLP_LIB_DIR, corenlpVersion } from "./distribution.ts";

export interface CoreNLPSettings {
  /** The server's home: `logs/corenlp.log` and `run/` (the credentials of the server started there). */
  readonly home: string;
  readonly port: number;
  /** JVM heap, e.g. "3g": the models take about 2.5 GB; Neo4j's 3 GB fit beside it on 24 GiB. */
  readonly heap: string;
  /** The server's own limit on one annotation, in milliseconds. */
  readonly timeoutMs: number;
}

export interface RunningCoreNLP extends CoreNLPEndpoint {
  /** False when an already running server was reused: `stop()` then leaves it alone. */
  readonly startedHere: boolean;
  /** The server's process id when this process started it (the benchmark reads its memory). */
  readonly pid: number | null;
  /** Stops the server if this process started it; resolves once it has exited. */
  stop(): Promise<void>;
}

const SERVER_CLASS = "edu.stanford.nlp.pipeline.StanfordCoreNLPServer";
/** Enough for every annotator to load its model: a name, a place, a date, a quotation and its speaker. */
const WARM_UP_TEXT = '"We will talk," Ishaq Dar said in Kabul on Tuesday.';
const USER = "actorgraph";

/**
 * CoreNLP 4.5.10's server has no option to listen on one address: it binds every interface. So each server the
 * launcher starts gets a random password (CoreNLP's own `-username`/`-password` basic auth), kept in a file
 * only this user can read, and a client elsewhere on the network is refused.
 */
const credentialsSchema = z.object({ port: z.number(), user: z.string(), password: z.string() });
const credentialsFile = (home: string, port: number) => join(resolve(home), "run", `corenlp-${port}.json`);

async function readCredentials(
  home: string,
  port: number,
): Promise<z.infer<typeof credentialsSchema> | null> {
  try {
    return credentialsSchema.parse(JSON.parse(await readFile(credentialsFile(home, port), "utf8")));
  } catch {
    return null;
  }
}

/** What holds the port: nothing, a CoreNLP server (which answers `/live` with "live"), or another program. */
async function probeCoreNLP(port: number): Promise<"free" | "corenlp" | "other"> {
  if (!(await isPortTaken(port))) return "free";
  try {
    const response = await fetch(`http://127.0.0.1:${port}/live`, { signal: AbortSignal.timeout(3000) });
    return (await response.text()).trim() === "live" ? "corenlp" : "other";
  } catch {
    return "other";
  }
}

/** Whether the server accepts these credentials, asked with the cheapest request it serves. */
async function acceptsCredentials(endpoint: CoreNLPEndpoint): Promise<boolean> {
  const properties = encodeURIComponent(JSON.stringify({ annotators: "tokenize", outputFormat: "json" }));
  const response = await fetch(`${endpoint.url}/?properties=${properties}`, {
    method: "POST",
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      ...(endpoint.authorization ? { Authorization: endpoint.authorization } : {}),
    },
    body: "ok",
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return response.ok;
}

const javaBin = () => (process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java");

/**
 * Starts Stanford CoreNLP's HTTP server on the port, or reuses the one this launcher started there before. It
 * is handed out only after a first request has loaded every model the project's requests use, so no later
 * request waits for one; CoreNLP's own "Loading …" lines are relayed as progress meanwhile (a minute or more).
 * SIGTERM stops it.
 */
export async function startCoreNLP(
  settings: CoreNLPSettings,
  log: (line: string) => void = console.log,
  options: {
    readonly startTimeoutMs?: number;
    /** false: refuse when the port is taken, even by our own server (tests and benchmarks want their own). */
    readonly reuse?: boolean;
    /** The pipeline the first request loads; the benchmark compares others than the project's. */
    readonly warmUp?: Pick<AnnotateOptions, "annotators" | "properties">;
  } = {},
): Promise<RunningCoreNLP> {
  const { startTimeoutMs = 300_000, reuse = true, warmUp = { annotators: ANNOTATORS } } = options;
  const url = `http://127.0.0.1:${settings.port}`;
  const probe = await probeCoreNLP(settings.port);
  if (probe === "other") {
    throw new InputError(
      `Port ${settings.port} is taken by a program that is not a CoreNLP server. ` +
        "Stop it, or choose another port with CORENLP_PORT.",
    );
  }
  if (probe === "corenlp") {
    if (!reuse) {
      throw new InputError(
        `Port ${settings.port} holds a CoreNLP server; this run needs one of its own there.`,
      );
    }
    const credentials = await readCredentials(settings.home, settings.port);
    const endpoint = {
      url,
      authorization: credentials ? basicAuthorization(credentials.user, credentials.password) : null,
    };
    if (!(await acceptsCredentials(endpoint))) {
      throw new InputError(
        `Port ${settings.port} holds a CoreNLP server that refuses actorgraph's credentials (it was not started ` +
          `from ${resolve(settings.home)}). Stop it, point CORENLP_URL at it, or choose another CORENLP_PORT.`,
      );
    }
    log(`A CoreNLP server already answers on ${url}: using it.`);
    return { ...endpoint, startedHere: false, pid: null, stop: async () => {} };
  }

  await assembleCoreNLP(log);
  const home = resolve(settings.home);
  await mkdir(join(home, "logs"), { recursive: true });
  await mkdir(join(home, "run"), { recursive: true, mode: 0o700 });
  const password = randomBytes(18).toString("base64url");
  const file = credentialsFile(home, settings.port);
  await writeFile(file, JSON.stringify({ port: settings.port, user: USER, password }), { mode: 0o600 });

  const logFile = join(home, "logs", "corenlp.log");
  const out = createWriteStream(logFile, { flags: "a" });
  log(
    `Starting Stanford CoreNLP ${corenlpVersion()} on ${url} (heap ${settings.heap}); loading its models takes about a minute…`,
  );
  const { JAVA_OPTS: _ignored, ...env } = process.env;
  const child = spawn(
    javaBin(),
    [
      `-Xmx${settings.heap}`,
      "-cp",
      `${CORENLP_LIB_DIR}/*`,
      SERVER_CLASS,
      "-port",
      String(settings.port),
      "-timeout",
      String(settings.timeoutMs),
      // Its shutdown key goes to <tmpdir>/corenlp.shutdown.<id>: one file per server, not one shared by all.
      "-server_id",
      `actorgraph-${settings.port}`,
      "-username",
      USER,
      "-password",
      password,
      // Not one log line per request (with the request's text) in the log.
      "-quiet",
    ],
    { env, cwd: home, stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<number | null>((done) => {
    child.once("exit", (code) => done(code));
    // No java on PATH: spawn reports it here, and no "exit" follows.
    child.once("error", () => done(-1));
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(out, { end: false });
    // CoreNLP's "Loading classifier from … done [5.7 sec]." lines are the progress a user sees.
    createInterface({ input: stream }).on("line", (line) => {
      const progress = /(Adding annotator \S+|Loading .*|ERROR.*)$/.exec(line)?.[1];
      if (progress) log(`  corenlp: ${progress}`);
    });
  }
  const stop = async () => {
    await stopChild(child, exited, 30_000);
    out.end();
    await rm(file, { force: true });
  };

  const endpoint = { url, authorization: basicAuthorization(USER, password) };
  try {
    const started = Date.now();
    const deadline = started + startTimeoutMs;
    await waitUntilListening(url, child, exited, deadline);
    // The server loads a model when a request first needs it. CoreNLP's -preload would load them before the
    // port opens, but under other properties than a request's, so the first request loaded coref a second
    // time; one real request with the real properties loads each model once.
    const warming = requestAnnotation(endpoint, WARM_UP_TEXT, {
      ...warmUp,
      date: "2025-01-01",
      timeoutMs: Math.max(deadline - Date.now(), 1000),
    });
    const reporter = setInterval(
      () => log(`  still loading CoreNLP's models (${Math.round((Date.now() - started) / 1000)}s)…`),
      10_000,
    );
    try {
      await warming;
    } finally {
      clearInterval(reporter);
    }
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`${reason}\nLast lines of ${logFile}:\n${await tail(logFile)}`);
  }
  log(`CoreNLP is ready on ${url}.`);
  return {
    ...endpoint,
    startedHere: true,
    pid: child.pid ?? null,
    stop,
  };
}

/** Waits until the server answers `/live` (it does so without credentials, seconds after the JVM starts). */
async function waitUntilListening(
  url: string,
  child: ChildProcess,
  exited: Promise<number | null>,
  deadline: number,
): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  for (;;) {
    if (exitCode === -1) {
      throw new Error(`Java did not start ("${javaBin()}"): install Java 17 or set JAVA_HOME.`);
    }
    if (exitCode !== undefined) throw new Error(`CoreNLP exited with code ${exitCode} before it was ready.`);
    try {
      if ((await fetch(`${url}/live`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`CoreNLP did not open ${url} in time (pid ${child.pid}).`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function tail(file: string, lines = 15): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no output)";
  }
}
