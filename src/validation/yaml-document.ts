import { type Document, LineCounter, parseDocument } from "yaml";
import type { PathPart } from "./problems.ts";

/** An annotation file's YAML, with the line of every node so problems can name it. */
export interface YamlDocument {
  readonly document: Document;
  /** YAML syntax errors, each with its line. */
  readonly errors: readonly { readonly line: number; readonly message: string }[];
  /** The line of the deepest node on the path that exists (1-based), or null. */
  lineOf(parts: readonly PathPart[]): number | null;
}

export function parseYaml(raw: string): YamlDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(raw, { lineCounter, prettyErrors: false });
  return {
    document,
    errors: document.errors.map((e) => ({ line: lineCounter.linePos(e.pos[0]).line, message: e.message })),
    lineOf(parts) {
      for (let n = parts.length; n >= 0; n--) {
        const node = document.getIn(parts.slice(0, n), true) as
          | { range?: [number, number, number] }
          | undefined;
        if (node?.range) return lineCounter.linePos(node.range[0]).line;
      }
      return null;
    },
  };
}
