/**
 * The neo4j.conf lines that make Neo4j Browser (5.24.0, served by Neo4j 5.26) open on actorgraph's style and
 * guide. Browser reads both settings from the server (`CALL dbms.clientConfig()`) when it connects:
 *
 * - `browser.post_connect_cmd`: commands Browser runs after connecting, separated by `;`, written without the
 *   leading colon (Browser adds it). `:style <url>` fetches and applies a GraSS sheet; `:guide <url>` opens a
 *   remote HTML guide in the sidebar.
 * - `browser.remote_content_hostname_whitelist`: the hosts Browser may fetch that content from (hostnames, no
 *   ports). Neo4j 5.26 knows the setting only under this name: `browser.remote_content_hostname_allowlist`
 *   is an unrecognised setting and stops the server at start-up (strict config validation).
 *
 * See docs/browser.md for how this was confirmed.
 */

/** Where the API server serves the Browser assets (src/browser/browser-assets.ts). */
export const STYLE_PATH = "/browser/actorgraph.grass";
export const GUIDE_PATH = "/browser/guide.html";

/** Browser's own default allowlist; kept so its remote guides (guides.neo4j.com) still work. */
const DEFAULT_ALLOWED_HOSTS = ["guides.neo4j.com", "localhost"];

function baseUrl(apiBaseUrl: string): URL {
  const url = new URL(apiBaseUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`the API base URL must be http(s), not ${apiBaseUrl}`);
  }
  return url;
}

/** The full URLs of the style sheet and the guide on the API server at `apiBaseUrl`. */
export function browserAssetUrls(apiBaseUrl: string): { style: string; guide: string } {
  const base = baseUrl(apiBaseUrl);
  return { style: new URL(STYLE_PATH, base).href, guide: new URL(GUIDE_PATH, base).href };
}

/** The commands Browser runs after connecting, without their colons: apply the style, open the guide. */
export function postConnectCommands(apiBaseUrl: string): string[] {
  const { style, guide } = browserAssetUrls(apiBaseUrl);
  return [`style ${style}`, `guide ${guide}`];
}

/** The hosts Browser may fetch remote content from: its defaults plus the API server's host. */
export function allowedContentHosts(apiBaseUrl: string): string[] {
  return [...new Set([...DEFAULT_ALLOWED_HOSTS, baseUrl(apiBaseUrl).hostname])];
}

/** neo4j.conf lines for `ServerSettings.extraConf`: Browser applies the style and opens the guide on connect. */
export function browserNeo4jConf(apiBaseUrl: string): string[] {
  return [
    `browser.post_connect_cmd=${postConnectCommands(apiBaseUrl).join("; ")}`,
    `browser.remote_content_hostname_whitelist=${allowedContentHosts(apiBaseUrl).join(",")}`,
  ];
}

/** The same settings as environment variables of the official Neo4j Docker image (docker-compose.yml). */
export function browserDockerEnv(apiBaseUrl: string): Record<string, string> {
  return {
    NEO4J_browser_post__connect__cmd: postConnectCommands(apiBaseUrl).join("; "),
    NEO4J_browser_remote__content__hostname__whitelist: allowedContentHosts(apiBaseUrl).join(","),
  };
}
