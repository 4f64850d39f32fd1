import type { IncomingMessage, ServerResponse } from "node:http";
import type { RouteHandler } from "../server/start-http-server.ts";
import { GUIDE_PATH, STYLE_PATH } from "./browser-settings.ts";
import { buildGrass } from "./grass-style.ts";
import { buildGuide } from "./guide.ts";

/**
 * Serves the Browser assets from the API server: the style sheet (`/browser/actorgraph.grass`) and the guide
 * (`/browser/guide.html`), read afresh on every request so an edited query or style shows on the next
 * `:guide`/`:style`. Browser fetches them with XMLHttpRequest from its own origin (http://localhost:7474), and
 * the guide request carries `pragma` and `cache-control` headers, so the browser sends a CORS preflight
 * first: both are answered here. Every other `/browser/…` path is a 404 from this route.
 */

const PREFIX = "/browser/";

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    // Public, read-only content fetched without credentials: any origin may read it (Browser's page is
    // wherever Neo4j serves it: localhost:7474, a docker host, another port).
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, HEAD, OPTIONS",
    "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "pragma, cache-control",
    "access-control-max-age": "600",
  };
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    ...corsHeaders(req),
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The URL this request reached the server at, so the guide can link the style sheet on the same host. */
function requestOrigin(req: IncomingMessage): string | undefined {
  const host = req.headers.host;
  return host && /^[A-Za-z0-9.\-[\]:]+$/.test(host) ? `http://${host}` : undefined;
}

export function browserAssetsRoute(options: { readonly queriesDir?: string } = {}): RouteHandler {
  return async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (!path.startsWith(PREFIX)) return false;

    if (req.method === "OPTIONS") {
      res.writeHead(204, corsHeaders(req));
      res.end();
      return true;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD, OPTIONS");
      send(req, res, 405, "text/plain; charset=utf-8", "method not allowed\n");
      return true;
    }
    if (path === STYLE_PATH) {
      // GraSS has no registered media type; Browser reads the body as text either way.
      send(req, res, 200, "text/plain; charset=utf-8", buildGrass());
      return true;
    }
    if (path === GUIDE_PATH) {
      const origin = requestOrigin(req);
      const html = await buildGuide({
        ...(options.queriesDir ? { queriesDir: options.queriesDir } : {}),
        ...(origin ? { styleUrl: new URL(STYLE_PATH, origin).href } : {}),
      });
      send(req, res, 200, "text/html; charset=utf-8", html);
      return true;
    }
    send(req, res, 404, "text/plain; charset=utf-8", `no Browser asset at ${path}\n`);
    return true;
  };
}
