import { InputError } from "../../errors.ts";
import { ANNOTATORS, requestProperties } from "../annotators.ts";
import type { CoreNLPEndpoint } from "../endpoint.ts";
import { checkOffsets } from "./check-offsets.ts";
import { type CoreNLPDocument, coreNLPDocumentSchema } from "./corenlp-document.ts";

/** The CoreNLP server could not be reached, or answered with an error: the message says which and how to act. */
export class CoreNLPError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "CoreNLPError";
  }
}

export interface AnnotateOptions {
  /** The article's publication date, YYYY-MM-DD: SUTime resolves "on Tuesday" against it. */
  readonly date: string;
  /** How long to wait for the answer (CORENLP_TIMEOUT_MS). */
  readonly timeoutMs: number;
  readonly annotators?: readonly string[];
  /** CoreNLP properties to send instead of the project's PIPELINE_PROPERTIES (the benchmark's other pipelines). */
  readonly properties?: Readonly<Record<string, string>>;
}

/** Sends the text to the server and returns CoreNLP's raw JSON answer, unchecked (the recorder stores it as is). */
export async function requestAnnotation(
  endpoint: CoreNLPEndpoint,
  text: string,
  options: AnnotateOptions,
): Promise<unknown> {
  const properties = requestProperties(options.date, options.annotators ?? ANNOTATORS, options.properties);
  // The properties must be URL-encoded: the server refuses raw JSON in the query string (URISyntaxException).
  const url = `${endpoint.url}/?properties=${encodeURIComponent(JSON.stringify(properties))}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        // Without this the server takes the body for a URL-encoded form and decodes it: "+" becomes a space,
        // "%20" a blank, and every offset after them points elsewhere.
        "Content-Type": "text/plain; charset=utf-8",
        ...(endpoint.authorization ? { Authorization: endpoint.authorization } : {}),
      },
      body: text,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    const reason =
      (error as Error).name === "TimeoutError"
        ? `did not answer within ${options.timeoutMs / 1000}s (CORENLP_TIMEOUT_MS)`
        : `is unreachable (${cause})`;
    throw new CoreNLPError(
      `The CoreNLP server at ${endpoint.url} ${reason}. ` +
        "Start it with `npm run corenlp`, or check CORENLP_URL / CORENLP_PORT.",
    );
  }
  const body = await response.text();
  if (response.status === 401) {
    throw new CoreNLPError(
      `The CoreNLP server at ${endpoint.url} refused the credentials (401); give them in CORENLP_URL.`,
    );
  }
  if (!response.ok) {
    throw new CoreNLPError(
      `The CoreNLP server at ${endpoint.url} answered ${response.status}: ${body.trim().slice(0, 500)}`,
    );
  }
  try {
    return JSON.parse(body);
  } catch {
    throw new CoreNLPError(`The CoreNLP server at ${endpoint.url} answered with something that is not JSON.`);
  }
}

/** Parses CoreNLP's JSON for `text` and checks its offsets against the text. */
export function readAnnotation(text: string, json: unknown): CoreNLPDocument {
  const document = coreNLPDocumentSchema.parse(json);
  checkOffsets(text, document);
  return document;
}

/** Annotates one article: typed, and with every token's offsets checked against the text. */
export async function annotate(
  endpoint: CoreNLPEndpoint,
  text: string,
  options: AnnotateOptions,
): Promise<CoreNLPDocument> {
  return readAnnotation(text, await requestAnnotation(endpoint, text, options));
}
