import {
  type ArgumentNode,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isListType,
  isNonNullType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { BAD_REQUEST, ERROR_CODES } from "./errors.ts";
import { ARGUMENT_RANGES } from "./limits.ts";

const CAMEO_ROOT = /^\d{2}$/;

function isIntArgument(type: GraphQLInputType): boolean {
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  return !isListType(unwrapped) && getNamedType(unwrapped).name === "Int";
}

function describeValue(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** An argument in the document that one of the checks below reads, with what its check needs to know. */
export interface CheckedArgument {
  readonly kind: "argument";
  readonly node: ArgumentNode;
  readonly name: string;
  readonly type: GraphQLInputType;
  /** "Type.field", for the message. */
  readonly field: string;
}

/** A field given both a `Day` `from` and a `Day` `to`. */
export interface DayRange {
  readonly kind: "days";
  readonly node: FieldNode;
  readonly field: string;
  readonly from: CheckedArgument;
  readonly to: CheckedArgument;
}

/**
 * Where the document gives arguments that the checks read, in the document's order (so are the problems); found
 * once per document (document-analysis.ts).
 */
export type ArgumentSites = (CheckedArgument | DayRange)[];

function isChecked(name: string, type: GraphQLInputType): boolean {
  return (
    (ARGUMENT_RANGES[name] !== undefined && isIntArgument(type)) ||
    name === "minConfidence" ||
    name === "cameoRoot"
  );
}

/**
 * A visitor (under `visitWithTypeInfo(typeInfo, …)`) that adds to `sites` every argument a check reads, on every
 * field, fragments included. Values are not read here: they may be variables, which differ per request.
 */
export function argumentSitesVisitor(typeInfo: TypeInfo, sites: ArgumentSites): ASTVisitor {
  const fieldName = () => `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`;
  return {
    Field(node) {
      const definitions = typeInfo.getFieldDef()?.args ?? [];
      const day = (name: string): CheckedArgument | undefined => {
        const definition = definitions.find((d) => d.name === name);
        const argument = node.arguments?.find((a) => a.name.value === name);
        if (!definition || !argument || getNamedType(definition.type).name !== "Day") return undefined;
        return { kind: "argument", node: argument, name, type: definition.type, field: fieldName() };
      };
      const from = day("from");
      const to = day("to");
      if (from && to) sites.push({ kind: "days", node, field: fieldName(), from, to });
    },
    Argument(node) {
      const definition = typeInfo.getArgument();
      if (!definition || !isChecked(node.name.value, definition.type)) return;
      sites.push({
        kind: "argument",
        node,
        name: node.name.value,
        type: definition.type,
        field: fieldName(),
      });
    },
  };
}

/**
 * The operation's coerced variables, or undefined when they do not coerce (graphql's own execution reports
 * that, with its usual message).
 */
function operationVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variableValues: Readonly<Record<string, unknown>> | null | undefined,
): Record<string, unknown> | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const definitions = operation.variableDefinitions ?? [];
  if (definitions.length === 0) return {};
  const coerced = getVariableValues(schema, definitions, variableValues ?? {});
  return coerced.errors ? undefined : coerced.coerced;
}

function badInput(message: string, node: ArgumentNode | FieldNode, extensions: Record<string, unknown>) {
  return new GraphQLError(message, {
    nodes: node,
    extensions: { code: ERROR_CODES.badUserInput, ...extensions, http: BAD_REQUEST },
  });
}

function reversedDays(
  range: DayRange,
  argumentValue: (a: CheckedArgument) => unknown,
): GraphQLError | undefined {
  const from = argumentValue(range.from);
  const to = argumentValue(range.to);
  if (from === null || from === undefined || to === null || to === undefined) return undefined;
  // yyyy-mm-dd strings sort as the days do.
  if (String(from) <= String(to)) return undefined;
  return badInput(
    `Arguments "from" and "to" of "${range.field}" are reversed: from ${from} comes after to ${to}. Swap them to ask for the days between.`,
    range.node,
    { argument: "from" },
  );
}

/** The problems with the values at `sites` for one request's variables. */
export function problemsAt(sites: ArgumentSites, variables: Record<string, unknown>): GraphQLError[] {
  const problems: GraphQLError[] = [];
  const argumentValue = (a: CheckedArgument) => valueFromAST(a.node.value, a.type, variables);
  for (const site of sites) {
    if (site.kind === "days") {
      const problem = reversedDays(site, argumentValue);
      if (problem) problems.push(problem);
      continue;
    }
    const { name, node, field } = site;
    const value = argumentValue(site);
    const range = ARGUMENT_RANGES[name];
    if (range && isIntArgument(site.type) && typeof value === "number") {
      if (value < range.min || value > range.max) {
        problems.push(
          badInput(
            `Argument "${name}" of "${field}" must be from ${range.min} to ${range.max}; got ${value}.`,
            node,
            {
              argument: name,
              ...range,
            },
          ),
        );
      }
    }
    if (name === "minConfidence" && typeof value === "number" && (value < 0 || value > 1)) {
      problems.push(
        badInput(`Argument "minConfidence" of "${field}" is a confidence from 0 to 1; got ${value}.`, node, {
          argument: name,
          min: 0,
          max: 1,
        }),
      );
    }
    if (name === "cameoRoot" && Array.isArray(value)) {
      const bad = value.filter((root) => typeof root !== "string" || !CAMEO_ROOT.test(root));
      if (bad.length > 0) {
        problems.push(
          badInput(
            `Argument "cameoRoot" of "${field}" takes CAMEO roots of two digits ("11", "17"); got ${bad.map(describeValue).join(", ")}.`,
            node,
            { argument: name },
          ),
        );
      }
    }
  }
  return problems;
}

export interface CheckedOperation {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName?: string | null;
  readonly variableValues?: Readonly<Record<string, unknown>> | null;
}

/**
 * The problems with the arguments of the operation about to run: an integer outside its range (limits.ts), a
 * confidence outside 0 to 1, a CAMEO root that is not two digits, or a date range whose `from` comes after its
 * `to`. Literals and variables alike, on every field, fragments included. `sites` are the document's, when they
 * were found already (the API finds them once per document).
 */
export function argumentProblems(operation: CheckedOperation, sites?: ArgumentSites): GraphQLError[] {
  const variables = operationVariables(
    operation.schema,
    operation.document,
    operation.operationName,
    operation.variableValues,
  );
  if (!variables) return [];
  return problemsAt(sites ?? argumentSites(operation.schema, operation.document), variables);
}

function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSites {
  const sites: ArgumentSites = [];
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, argumentSitesVisitor(typeInfo, sites)));
  return sites;
}
