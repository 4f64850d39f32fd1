import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { getOperationAST, parse, valueFromASTUntyped } from "graphql";
import type { GraphiQLOptions } from "graphql-yoga";
import { readExamples } from "./examples.ts";

/**
 * GraphiQL opens with one tab per research question (examples/*.graphql), the actor's relations first, so a
 * researcher starts from a query that answers something. Its page embeds every script
 * (@graphql-yoga/render-graphiql), so it works without internet access.
 */

/**
 * An example's variable defaults as the JSON GraphiQL shows in its Variables pane, so a researcher sees what to
 * change without reading the query's header; undefined when it has none. The same values as the defaults in
 * the query, so a run from GraphiQL is the run the start-up planning prepared.
 */
export function defaultVariables(query: string): string | undefined {
  const operation = getOperationAST(parse(query));
  const entries = (operation?.variableDefinitions ?? []).flatMap((definition) =>
    definition.defaultValue
      ? [[definition.variable.name.value, valueFromASTUntyped(definition.defaultValue)] as const]
      : [],
  );
  return entries.length > 0 ? JSON.stringify(Object.fromEntries(entries), null, 2) : undefined;
}

/**
 * What @graphql-yoga/render-graphiql reads besides GraphiQLOptions: the editors' content on arrival. GraphiQL 5
 * opens its query editor on the first tab's query but its variables editor on `initialVariables` alone, never on
 * the first tab's variables, so without these the first tab's Variables pane stayed empty.
 */
interface InitialEditors {
  readonly query?: string;
  readonly variables?: string;
}

export function graphiqlOptions(): GraphiQLOptions & InitialEditors {
  const examples = readExamples();
  const tabs = examples.map((example) => {
    const variables = defaultVariables(example.query);
    return { query: example.query, ...(variables ? { variables } : {}) };
  });
  return {
    title: "actorgraph",
    defaultQuery: tabs[0]?.query,
    defaultTabs: tabs,
    // The first tab's own query and variables, so its editors show both. A returning researcher whose saved tabs
    // no longer hold the first example unchanged gets it back as a tab of its own, opened.
    ...(tabs[0] ? { query: tabs[0].query } : {}),
    ...(tabs[0]?.variables ? { variables: tabs[0].variables } : {}),
    // Open the Variables pane, where the defaults are.
    defaultEditorToolsVisibility: "variables",
  };
}

/**
 * GraphiQL's tab bar is one row that scrolls sideways with its scroll bar hidden: at 1280 px the last of the 12
 * example tabs were out of reach for a mouse. Wrapping the row onto as many lines as it needs shows every tab.
 */
const TABS_WRAP = "<style>.graphiql-tabs{flex-wrap:wrap;row-gap:2px}</style>";

export function renderActorgraphGraphiQL(options: GraphiQLOptions): string {
  return renderGraphiQL(options).replace("</head>", `${TABS_WRAP}</head>`);
}
