import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { InputError } from "../errors.ts";

export interface ArticleText {
  /** File name without extension: the article's id unless the annotation says otherwise. */
  readonly fileId: string;
  readonly path: string;
  /** Publication date, YYYY-MM-DD. */
  readonly date: string;
  /** The place line that opens the story ("ISLAMABAD"), or null when the text has none. */
  readonly dateline: string | null;
  /** Everything after the date header, exactly as received: all offsets count from its first character. */
  readonly text: string;
}

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;
const DATELINE = /^([A-Z][A-Z .'’-]*[A-Z]):/;

/**
 * Parses an article file: an optional `date YYYY-MM-DD` header, then an optional upper-case dateline
 * ("ISLAMABAD:"), then the body. Without a header the date must be given (`dateOverride`).
 */
export function parseArticle(raw: string, path: string, dateOverride?: string): ArticleText {
  const header = DATE_HEADER.exec(raw);
  const headerDate = header?.[1];
  const date = dateOverride ?? headerDate;
  if (date === undefined) {
    throw new InputError(`${path}: no "date YYYY-MM-DD" header on the first line; give the date explicitly`);
  }
  if (!isCalendarDate(date)) {
    throw new InputError(`${path}: "${date}" is not a calendar date (expected YYYY-MM-DD)`);
  }
  const text = header ? raw.slice(header[0].length) : raw.replace(/^\s+/, "");
  if (text.trim() === "") throw new InputError(`${path}: the article has no text after its header`);
  const dateline = DATELINE.exec(text)?.[1] ?? null;
  return { fileId: basename(path).replace(/\.[^.]+$/, ""), path, date, dateline, text };
}

export async function readArticle(path: string, dateOverride?: string): Promise<ArticleText> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot read the article (${(error as NodeJS.ErrnoException).code})`);
  }
  return parseArticle(raw, path, dateOverride);
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
