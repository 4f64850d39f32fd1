import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { InputError } from "../errors.ts";

export interface ArticleText {
  /** File name without extension: the article's id unless the annotation says otherwise. */
  readonly fileId: string;
  readonly path: string;
  /** Publication date, YYYY-MM-DD. */
  readonly date: string;
  /** The place that opens the story ("ISLAMABAD", "KABUL, Afghanistan"), or null when the text has none. */
  readonly dateline: string | null;
  /** Where the whole dateline, agency and dash included ("KABUL — (AP) —"), ends in `text`; 0 without one. */
  readonly datelineEnd: number;
  /** From a `title:` line of the file, or null. */
  readonly title: string | null;
  /** The publication, from a `source:` line, or null. */
  readonly source: string | null;
  /** From a `url:` line, or a `source:` line that holds a web address; or null. */
  readonly url: string | null;
  /**
   * The body, exactly as received: from its first character after the header lines to its last line before any
   * footer lines. All offsets count from its first character.
   */
  readonly text: string;
}

const DATE_HEADER = /^date:?\s+(\d{4}-\d{2}-\d{2})\s+/i;
/** A whole line `title: …`, `source: …` or `url: …`, as pasted above or below a story. */
const META_LINE = /^(title|source|url):[ \t]*(\S.*?)[ \t]*$/i;

const MONTH_DAY =
  "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?";
/**
 * The place: an upper-case city ("DERA ISMAIL KHAN"), optionally with its country or province after a comma
 * ("KABUL, Afghanistan"). Then an optional wire date ("April 17") and agency ("(Reuters)", "— (AP) —"), and the
 * colon or dash that ends the dateline. The city must be in capitals, at least two of them, so a sentence that
 * opens with a name (or "I") and a dash is not taken for one.
 */
const DATELINE = new RegExp(
  [
    "^(?<place>\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]*)*",
    "(?:, \\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)*)?)",
    `(?:,? ${MONTH_DAY})?`,
    "(?::|(?:[ \\t]*(?:[—–-]{1,2}[ \\t]*)?\\([^()\\n]{1,40}\\)[ \\t]*(?:[—–-]{1,2}|:)|[ \\t]+[—–-]{1,2})(?=\\s))",
  ].join(""),
  "u",
);

type Meta = { title: string | null; source: string | null; url: string | null };

/**
 * Parses an article file as people paste it: an optional `date YYYY-MM-DD` line (or `date: …`) and optional
 * `title:`, `source:` and `url:` lines, in any order, above the body; the body, opening with an optional dateline
 * ("ISLAMABAD:", "KABUL, Afghanistan —", "ISLAMABAD — (AP) —", "PESHAWAR (Reuters) -"); and optional `title:`,
 * `source:` and `url:` lines below it. The header and footer lines go into the article's properties, not its
 * text. Without a date line the date must be given (`dateOverride`).
 */
export function parseArticle(raw: string, path: string, dateOverride?: string): ArticleText {
  const meta: Meta = { title: null, source: null, url: null };
  const keep = (key: string, value: string) => {
    const name = key.toLowerCase() as keyof Meta;
    // A publication given as a web address is where the article was published.
    const target = name === "source" && isWebAddress(value) ? "url" : name;
    if (target === "url" && !isWebAddress(value)) {
      throw new InputError(`${path}: "${key}: ${value}" is not a web address (http:// or https://)`);
    }
    if (meta[target] !== null) throw new InputError(`${path}: the file gives the article's ${target} twice`);
    meta[target] = value;
  };

  let headerDate: string | undefined;
  let at = raw.length - raw.trimStart().length;
  for (;;) {
    const rest = raw.slice(at);
    const dateLine = headerDate === undefined ? DATE_HEADER.exec(rest) : null;
    if (dateLine) {
      headerDate = dateLine[1];
      at += dateLine[0].length;
      continue;
    }
    const lineEnd = rest.indexOf("\n");
    const line = META_LINE.exec(lineEnd < 0 ? rest : rest.slice(0, lineEnd).replace(/\r$/, ""));
    if (!line || lineEnd < 0) break;
    keep(line[1] as string, line[2] as string);
    at += lineEnd + 1;
    at += raw.slice(at).length - raw.slice(at).trimStart().length;
  }

  let end = raw.length;
  for (;;) {
    const body = raw.slice(at, end).trimEnd();
    const lineStart = body.lastIndexOf("\n") + 1;
    const line = META_LINE.exec(body.slice(lineStart).replace(/\r$/, ""));
    if (!line || lineStart === 0) break;
    keep(line[1] as string, line[2] as string);
    end = at + lineStart;
  }
  const footed = end < raw.length;

  const date = dateOverride ?? headerDate;
  if (date === undefined) {
    throw new InputError(`${path}: no "date YYYY-MM-DD" header on the first line; give the date explicitly`);
  }
  if (!isCalendarDate(date)) {
    throw new InputError(`${path}: "${date}" is not a calendar date (expected YYYY-MM-DD)`);
  }
  // Without footer lines the text runs to the file's end, as it always has; with them, it ends at its last word.
  const text = footed ? raw.slice(at, end).trimEnd() : raw.slice(at);
  if (text.trim() === "") throw new InputError(`${path}: the article has no text after its header`);
  const dateline = DATELINE.exec(text);
  return {
    fileId: basename(path).replace(/\.[^.]+$/, ""),
    path,
    date,
    dateline: dateline?.groups?.place ?? null,
    datelineEnd: dateline?.[0].length ?? 0,
    ...meta,
    text,
  };
}

/** A UTF-8 file an actorgraph command was given; one that cannot be read is an input error naming it. */
export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot read the ${what} (${(error as NodeJS.ErrnoException).code})`);
  }
}

export async function readArticle(path: string, dateOverride?: string): Promise<ArticleText> {
  return parseArticle(await readTextFile(path, "article"), path, dateOverride);
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function isWebAddress(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value) && URL.canParse(value);
}
