import { existsSync } from "node:fs";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { InputError } from "../../src/errors.ts";

/**
 * Drives Neo4j Browser 5.24 in Debian's Chromium through playwright-core: log in through the connect form, run
 * Cypher, read what the graph visualisation drew. Used by the end-to-end test (tests/browser/) and by
 * `npm run screenshot`. The selectors are Browser 5.24's own (`data-testid`s, and the SVG it draws: one
 * `g.node` per node with `aria-label="graph-node<id>"`, one `g.relationship` per relationship).
 */

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Starts Chromium with a fresh profile in `userDataDir`; fails with the install command when it is missing. */
export async function launchChromium(
  userDataDir: string,
  viewport = { width: 1600, height: 1000 },
  executablePath = CHROMIUM_PATH,
): Promise<BrowserContext> {
  if (!existsSync(executablePath)) {
    throw new InputError(
      `Chromium is not installed (${executablePath} is missing). The Browser checks drive Debian's chromium: ` +
        "install it with `apt-get update && apt-get install -y chromium` (as root), then run them again.",
    );
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
  });
}

export interface BrowserLogin {
  /** Where Neo4j serves Browser, e.g. http://localhost:7474/browser/. */
  readonly browserUrl: string;
  /** e.g. bolt://localhost:7687 */
  readonly boltUri: string;
  readonly user: string;
  readonly password: string;
}

/** Opens Browser and logs in through its connect form. Resolves once Browser reports the connection. */
export async function logIn(page: Page, login: BrowserLogin, timeoutMs = 60_000): Promise<void> {
  const match = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/(.+)$/.exec(login.boltUri);
  if (!match) throw new Error(`not a Bolt URI: ${login.boltUri}`);
  const scheme = `${match[1]}${match[2] ?? ""}://`;
  await page.goto(login.browserUrl);
  const address = page.getByTestId("boltaddress");
  await address.waitFor({ timeout: timeoutMs });
  await page.getByTestId("bolt-scheme-select").selectOption(scheme);
  await address.fill(match[3] as string);
  await page.getByTestId("username").fill(login.user);
  await page.getByTestId("password").fill(login.password);
  await page.getByTestId("connect").click();
  await page
    .getByText(/You are connected as user/)
    .first()
    .waitFor({ timeout: timeoutMs });
}

/** Closes the product-analytics banner Browser shows on a first visit, if it is there (its last span is the ×). */
export async function dismissBanners(page: Page): Promise<void> {
  const text = page.getByText("To help make Neo4j Browser better").first();
  if (await text.isVisible().catch(() => false)) {
    await text.locator("xpath=..").locator(":scope > span").last().click();
    await text.waitFor({ state: "hidden", timeout: 5000 }).catch(() => {});
  }
}

/** The newest frame in Browser's result stream. */
export function newestFrame(page: Page): Locator {
  return page.getByTestId("stream").getByTestId("frame").first();
}

/** Runs a Browser command or Cypher from the editor (typed as one paste, so Monaco adds no brackets). */
export async function runInEditor(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId("activeEditor").locator("textarea").first();
  await editor.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
  await page.getByTestId("editor-Run").click();
}

/**
 * Waits until the newest frame's graph drawing stops changing: Browser draws the nodes, then adds the
 * relationships between them ("Connect result nodes"), then the layout settles.
 */
export async function waitForDrawing(frame: Locator, timeoutMs = 60_000): Promise<GraphCounts> {
  const started = Date.now();
  await frame.locator("svg g.layer.nodes g.node").first().waitFor({ timeout: timeoutMs });
  let last = "";
  let stableSince = Date.now();
  for (;;) {
    const counts = await graphCounts(frame);
    const key = `${counts.nodes}/${counts.relationships}`;
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 1500) {
      return counts;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`the graph drawing did not settle (last ${key})`);
    await frame.page().waitForTimeout(250);
  }
}

export interface GraphCounts {
  readonly nodes: number;
  readonly relationships: number;
}

export async function graphCounts(frame: Locator): Promise<GraphCounts> {
  return {
    nodes: await frame.locator("svg g.layer.nodes g.node").count(),
    relationships: await frame.locator("svg g.layer.relationships g.relationship").count(),
  };
}

export interface DrawnNode {
  /** Browser's node key (the legacy numeric id), from `aria-label="graph-node<id>"`. */
  readonly id: string;
  readonly fill: string | null;
  readonly radius: number;
  /** The caption's lines joined with spaces; Browser cuts long captions with "…". */
  readonly caption: string;
}

/** Every node the frame drew, with its fill colour, radius and caption. */
export async function drawnNodes(frame: Locator): Promise<DrawnNode[]> {
  const nodes: DrawnNode[] = [];
  for (const g of await frame.locator("svg g.layer.nodes g.node").all()) {
    const label = (await g.getAttribute("aria-label")) ?? "";
    const circle = g.locator("circle.b-outline");
    const texts = await g.locator("text.caption").allTextContents();
    nodes.push({
      id: label.replace(/^graph-node/, ""),
      fill: await circle.getAttribute("fill"),
      radius: Number(await circle.getAttribute("r")),
      caption: texts
        .map((t) => t.trim())
        .filter((t) => t !== "")
        .join(" "),
    });
  }
  return nodes;
}

/**
 * How many relationships the frame really drew: a `g.relationship` whose outline path has finite coordinates.
 * Browser adds the element for every relationship in the result, but a path whose geometry failed (NaN) shows
 * nothing, so counting elements is not counting lines.
 */
export async function drawnRelationshipPaths(frame: Locator): Promise<number> {
  const outlines = await frame
    .locator("svg g.layer.relationships g.relationship path.b-outline")
    .evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? ""));
  return outlines.filter((d) => /\d/.test(d) && !/NaN|Infinity/.test(d)).length;
}

/** The caption of every relationship the frame drew (its type, possibly cut with "…"). */
export async function drawnRelationshipCaptions(frame: Locator): Promise<string[]> {
  return (await frame.locator("svg g.layer.relationships g.relationship text").allTextContents()).map((t) =>
    t.trim(),
  );
}

/**
 * True when `caption` shows `full` as Browser fits captions into a shape: word by word on lines, leaving out
 * words that do not fit and cutting the last one (with "…" or just clipped). So the caption's words are the
 * full text's words in order, the last possibly cut, and at least 3 characters are shown.
 */
export function captionMatches(caption: string, full: string): boolean {
  const words = full.split(/\s+/).filter((w) => w !== "");
  const shown = caption
    .replace(/…$/, "")
    .split(/\s+/)
    .filter((w) => w !== "");
  if (shown.join(" ").length < Math.min(3, words.join(" ").length)) return false;
  let i = 0;
  for (const [k, word] of shown.entries()) {
    const last = k === shown.length - 1;
    while (i < words.length && !(last ? words[i]?.startsWith(word) : words[i] === word)) i++;
    if (i === words.length) return false;
    i++;
  }
  return true;
}

/**
 * Makes a drawn graph fill the window for a picture: the frame fullscreen, the Overview panel collapsed, the
 * drawing zoomed to fit once the layout has come to rest.
 */
export async function presentDrawing(frame: Locator): Promise<void> {
  const page = frame.page();
  await frame.getByTitle("Fullscreen", { exact: true }).click();
  const collapse = frame.getByRole("button", { name: "Collapse the node properties display" });
  if (await collapse.isVisible().catch(() => false)) await collapse.click();
  await page.waitForTimeout(1500);
  await frame.getByRole("button", { name: "zoom-to-fit" }).click();
  await page.waitForTimeout(1500);
}
