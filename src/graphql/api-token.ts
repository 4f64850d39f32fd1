import { createHash, timingSafeEqual } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import { InputError } from "../errors.ts";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * With a token set, `endpoint` answers only requests that carry `Authorization: Bearer <token>`; anything else
 * gets 401 and no hint why. Both sides are hashed to the same length first, so the comparison takes the same
 * time however much of a guess is right. `/health`, `/ready` and the Browser assets stay open.
 */
export function useApiToken(token: string, endpoint: string): Plugin {
  const expected = digest(token);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      // A browser's CORS preflight never carries credentials; the request it clears does.
      if (url.pathname !== endpoint || request.method === "OPTIONS") return;
      const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
      if (given !== undefined && timingSafeEqual(digest(given), expected)) return;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: "Unauthorized" }] }), {
          status: 401,
          headers: { "content-type": "application/json; charset=utf-8", "www-authenticate": "Bearer" },
        }),
      );
    },
  };
}

const isLoopback = (host: string) =>
  host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * Refuses to serve beyond this machine without a token: on a non-loopback HOST anyone on the network could
 * query the corpus. `allowWithoutToken` is for a container, which must listen on 0.0.0.0 inside while its port
 * is published on the host's loopback only (docker-compose.yml).
 */
export function checkApiExposure(options: {
  readonly host: string;
  readonly apiToken: string | undefined;
  readonly allowWithoutToken: boolean;
}): void {
  if (isLoopback(options.host) || options.apiToken !== undefined || options.allowWithoutToken) return;
  throw new InputError(
    `HOST=${options.host} makes the API reachable from other machines, so it needs a token: set ` +
      "ACTORGRAPH_API_TOKEN to a long random secret (e.g. `openssl rand -hex 32`) and give clients the header " +
      "`Authorization: Bearer <token>`. Or listen on 127.0.0.1 only (the default HOST).",
  );
}
