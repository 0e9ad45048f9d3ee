// What the OpenAPI document (/openapi.json) says beyond what @fastify/swagger makes of each route's
// schema, applied to the whole document once it is built:
// - every schema with a `title` is a named component (#/components/schemas/<title>), referenced
//   wherever it occurs, so a client generated from the document has `Booking`, not the shape
//   restated at each route;
// - a body whose schema admits null may be left out: Fastify validates a missing body as null;
// - the refusals any route may answer, whatever its own schema lists (allStatuses below).
// The test that real answers match the document is test/openapi-conformance.test.ts.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const PROBLEM = { $ref: '#/components/responses/Problem' };

/** The problem+json answer every refusal shares; its schema is the named `Problem` (http/schemas.ts). */
const PROBLEM_RESPONSE = {
  description: 'the request was refused: see `type` and `detail`',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** A route's own problem answer (http/schemas.ts `problems`), once its schema is named. */
const isProblemResponse = (response: Json): boolean => JSON.stringify(response) === JSON.stringify(PROBLEM_RESPONSE);

const METHODS_WITH_BODY = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Statuses answered before a route's own checks, so every route may answer them:
 * 400 for a malformed URL or a control character anywhere in the request (http/control-characters.ts),
 * 414 for a path segment longer than any id, 413 and 415 for a body too large or not JSON,
 * 401 for a missing or unknown token where one is needed, and 503 while the database is not answering.
 */
function allStatuses(path: string, method: string, operation: Json, globalSecurity: unknown): number[] {
  const statuses = [400, 503];
  if (path.includes('{')) statuses.push(414);
  if (METHODS_WITH_BODY.has(method)) statuses.push(413, 415);
  const security = (operation.security ?? globalSecurity ?? []) as Json[];
  if (security.length > 0 && security.every((alternative) => Object.keys(alternative).length > 0)) statuses.push(401);
  return statuses;
}

/** Whether a schema accepts JSON null: such a body may be left out. */
function admitsNull(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))) return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.some(admitsNull);
}

const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const SCHEMA_ONES = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties'];

/** Named schemas, by title; a schema differing from its namesake only in `description` is the same one, described there. */
class Components {
  constructor(private readonly schemas: Json) {}

  /** The schema with every titled subschema replaced by a reference to its component. */
  name(schema: unknown): unknown {
    if (!isObject(schema)) return schema;
    const inner: Json = { ...schema };
    for (const key of SCHEMA_MAPS) {
      if (isObject(inner[key])) inner[key] = Object.fromEntries(Object.entries(inner[key]).map(([name, sub]) => [name, this.name(sub)]));
    }
    for (const key of SCHEMA_LISTS) if (Array.isArray(inner[key])) inner[key] = inner[key].map((sub) => this.name(sub));
    for (const key of SCHEMA_ONES) if (key in inner) inner[key] = this.name(inner[key]);
    if (typeof inner.title !== 'string') return inner;

    const title = inner.title;
    const { description, ...shape } = inner;
    const known = this.schemas[title];
    if (known === undefined) {
      this.schemas[title] = inner;
      return { $ref: `#/components/schemas/${title}` };
    }
    const { description: knownDescription, ...knownShape } = known as Json;
    if (JSON.stringify(knownShape) !== JSON.stringify(shape))
      throw new Error(`OpenAPI: two different schemas are titled ${title}; give one another title`);
    return {
      $ref: `#/components/schemas/${title}`,
      ...(description !== undefined && description !== knownDescription ? { description } : {}),
    };
  }
}

function eachMedia(holder: unknown, visit: (media: Json) => void): void {
  if (!isObject(holder) || !isObject(holder.content)) return;
  for (const media of Object.values(holder.content)) if (isObject(media)) visit(media);
}

/** The document @fastify/swagger built, completed as above (transformObject). */
export function completeDocument(document: Json): Json {
  const components = (document.components ??= {}) as Json;
  const named = new Components((components.schemas ??= {}) as Json);
  components.responses = { ...(components.responses as Json | undefined), Problem: PROBLEM_RESPONSE };
  const nameSchema = (media: Json) => {
    if ('schema' in media) media.schema = named.name(media.schema);
  };

  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation)) continue;
      const body = operation.requestBody;
      if (isObject(body) && isObject(body.content) && Object.values(body.content).every((media) => admitsNull((media as Json).schema)))
        body.required = false;
      eachMedia(body, nameSchema);
      for (const parameter of (operation.parameters ?? []) as Json[]) nameSchema(parameter);

      const responses = (operation.responses ??= {}) as Record<string, Json>;
      for (const [status, response] of Object.entries(responses)) {
        eachMedia(response, nameSchema);
        // Every refusal is the one problem answer: each route's `problems(…)` and those added below.
        if (isProblemResponse(response)) responses[status] = PROBLEM;
      }
      for (const status of allStatuses(path, method, operation, document.security)) {
        responses[String(status)] ??= PROBLEM;
      }
      operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  return document;
}
