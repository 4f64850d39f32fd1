/** Where a CoreNLP server answers, and the Authorization header it wants (null when it wants none). */
export interface CoreNLPEndpoint {
  /** Base URL without credentials or trailing slash: `http://127.0.0.1:9000`. */
  readonly url: string;
  readonly authorization: string | null;
}

export const basicAuthorization = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

/**
 * An endpoint from a URL such as CORENLP_URL. Credentials in the URL (`http://user:secret@host:9000`) become the
 * Authorization header, since fetch refuses URLs that carry them.
 */
export function endpointFromUrl(raw: string): CoreNLPEndpoint {
  const url = new URL(raw);
  const authorization =
    url.username === ""
      ? null
      : basicAuthorization(decodeURIComponent(url.username), decodeURIComponent(url.password));
  url.username = "";
  url.password = "";
  return { url: url.toString().replace(/\/+$/, ""), authorization };
}
