// Checks real exchanges against the OpenAPI document the server serves, as a validating proxy or
// a generated client would: the path and method are documented, the status is one the operation
// lists, and the body is of a documented media type and valid against its schema. A request the
// server accepted (2xx) must also be one the document allows: a token where the document asks for
// one, a body where it requires one, and only documented parameters.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { Api, type Reply } from './api.ts';

type Json = Record<string, unknown>;

interface Operation {
  template: string;
  method: string;
  security?: Json[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Json }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> };
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

export interface Exchange {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** Whether the request carried Authorization. */
  token: boolean;
  /** The request body as sent (parsed JSON, or text); undefined when there was none. */
  requestBody?: unknown;
  status: number;
  contentType: string | null;
  /** The answer's body: parsed JSON, text, or undefined when empty. */
  body: unknown;
}

const COMPONENTS = 'https://houseful.invalid/components/';

/** Every `#/components/schemas/X` as an absolute id ajv knows the component by. */
function absoluteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', COMPONENTS) : absoluteRefs(value),
    ]),
  );
}

const essence = (mediaType: string): string => mediaType.split(';')[0]!.trim().toLowerCase();
const isJson = (mediaType: string): boolean => /[/+]json$/.test(essence(mediaType));

export class OpenApiConformance {
  private readonly ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
  private readonly operations: Operation[] = [];
  private readonly compiled = new Map<Json, ValidateFunction>();
  /** `METHOD /template status` of every exchange checked, to tell what a test covered. */
  readonly seen = new Set<string>();

  constructor(readonly document: Json) {
    // A CommonJS module: its plugin is its `default`, whichever way it is loaded.
    formats.default(this.ajv);
    // OpenAPI's own annotations, and the format it gives a file's bytes.
    this.ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
    this.ajv.addFormat('binary', true);
    const components = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>;
    for (const [name, schema] of Object.entries(components)) this.ajv.addSchema(absoluteRefs(schema) as Json, COMPONENTS + name);
    const globalSecurity = document.security as Json[] | undefined;
    for (const [template, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
      for (const [method, operation] of Object.entries(item)) {
        this.operations.push({
          template,
          method: method.toUpperCase(),
          ...operation,
          security: (operation.security ?? globalSecurity) as Json[] | undefined,
        } as Operation);
      }
    }
  }

  /** A response, body or parameter given as `$ref` to the document's components, as what it refers to. */
  private resolve<T>(item: T): T {
    const ref = (item as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== 'string') return item;
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], this.document);
    if (target === undefined) throw new Error(`the document refers to ${ref}, which it does not have`);
    return this.resolve(target as T);
  }

  private validator(schema: Json): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(schema) as Json);
      this.compiled.set(schema, validate);
    }
    return validate;
  }

  private invalid(schema: Json, value: unknown): string | undefined {
    const validate = this.validator(schema);
    return validate(value) ? undefined : this.ajv.errorsText(validate.errors, { dataVar: '' });
  }

  /** The documented operation a request reaches: a literal path segment wins over a parameter. */
  operationFor(method: string, path: string): { operation?: Operation; params: Record<string, string>; template?: string } {
    const candidates = this.operations
      .map((operation) => {
        const names: string[] = [];
        const pattern = operation.template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
          names.push(name);
          return '([^/]+)';
        });
        const match = new RegExp(`^${pattern}$`).exec(path);
        return match ? { operation, names, values: match.slice(1) } : undefined;
      })
      .filter((found) => found !== undefined)
      .sort((a, b) => a.names.length - b.names.length);
    const template = candidates[0]?.operation.template;
    const found = candidates.find((candidate) => candidate.operation.template === template && candidate.operation.method === method);
    const params = found ? Object.fromEntries(found.names.map((name, i) => [name, decodeURIComponent(found.values[i]!)])) : {};
    return { ...(found ? { operation: found.operation } : {}), params, ...(template ? { template } : {}) };
  }

  /** What the document does not allow in this exchange; empty when it conforms. */
  check(exchange: Exchange): string[] {
    const [path = '', query = ''] = exchange.url.split('?');
    const label = `${exchange.method} ${exchange.url} → ${exchange.status}`;
    const { operation, params, template } = this.operationFor(exchange.method, path);
    if (!template) return [`${label}: no documented path matches`];
    if (!operation) return [`${label}: ${exchange.method} is not documented for ${template}`];
    this.seen.add(`${exchange.method} ${template} ${exchange.status}`);
    const found: string[] = [];

    const status = String(exchange.status);
    const response = this.resolve(operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default);
    if (!response) return [`${label}: status ${status} is not documented (documented: ${Object.keys(operation.responses).join(', ')})`];

    if (exchange.body !== undefined) {
      const content = response.content ?? {};
      const mediaType = exchange.contentType ?? '';
      const documented = Object.keys(content).find((key) => essence(key) === essence(mediaType));
      if (!documented) {
        found.push(`${label}: answered ${mediaType || 'no Content-Type'}, documented: ${Object.keys(content).join(', ') || 'no body'}`);
      } else {
        const schema = content[documented]!.schema;
        const problem =
          schema && (isJson(mediaType) || typeof exchange.body === 'string') ? this.invalid(schema, exchange.body) : undefined;
        if (problem) found.push(`${label}: the body does not match the documented schema: ${problem}`);
      }
    }

    // The server accepted this request, so the document must allow it.
    if (exchange.status >= 200 && exchange.status < 300) {
      const security = operation.security ?? [];
      const needsToken = security.length > 0 && security.every((alternative) => Object.keys(alternative).length > 0);
      if (needsToken && !exchange.token) found.push(`${label}: accepted without a token, but documented as needing one`);
      const body = this.resolve(operation.requestBody);
      if (exchange.requestBody === undefined && body?.required)
        found.push(`${label}: accepted without a body, but documented as requiring one`);
      const bodySchema = body?.content?.['application/json']?.schema;
      if (exchange.requestBody !== undefined && !body) found.push(`${label}: accepted a body, but none is documented`);
      if (exchange.requestBody !== undefined && bodySchema) {
        const problem = this.invalid(bodySchema, exchange.requestBody);
        if (problem) found.push(`${label}: accepted a body the document does not allow: ${problem}`);
      }
      const parameters = (operation.parameters ?? []).map((parameter) => this.resolve(parameter));
      const asked = new URLSearchParams(query);
      for (const name of new Set(asked.keys())) {
        const parameter = parameters.find((p) => p.in === 'query' && p.name === name);
        if (!parameter) found.push(`${label}: accepted the query parameter ${name}, which is not documented`);
        else if (parameter.schema) {
          const problem = this.invalid(parameter.schema, asked.get(name));
          if (problem) found.push(`${label}: accepted ${name} that the document does not allow: ${problem}`);
        }
      }
      for (const parameter of parameters) {
        if (parameter.in === 'query' && parameter.required && !asked.has(parameter.name))
          found.push(`${label}: accepted without ${parameter.name}, documented as required`);
        if (parameter.in === 'path' && parameter.schema) {
          const problem = this.invalid(parameter.schema, params[parameter.name]);
          if (problem) found.push(`${label}: accepted the path parameter ${parameter.name} that the document does not allow: ${problem}`);
        }
      }
    }
    return found;
  }
}

/** The test client, with every exchange checked against the document; what does not conform is kept in `violations`. */
export class CheckedApi extends Api {
  readonly violations: string[] = [];

  constructor(
    base: string,
    readonly conformance: OpenApiConformance,
  ) {
    super(base);
  }

  override async request<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string>; raw?: string } = {},
  ): Promise<Reply<T>> {
    const reply = await super.request<T>(method, path, options);
    const authorization = Object.keys(options.headers ?? {}).some((name) => name.toLowerCase() === 'authorization');
    this.violations.push(
      ...this.conformance.check({
        method,
        url: path,
        token: options.token !== undefined || authorization,
        requestBody: options.body ?? (options.raw === undefined ? undefined : options.raw),
        status: reply.status,
        contentType: reply.headers.get('content-type'),
        body: reply.body === '' ? undefined : reply.body,
      }),
    );
    return reply;
  }
}

/** The document the server at `base` serves, and a client checked against it. */
export async function checkedApi(base: string): Promise<CheckedApi> {
  const served = await fetch(`${base}/openapi.json`);
  if (served.status !== 200) throw new Error(`/openapi.json answered ${served.status}`);
  return new CheckedApi(base, new OpenApiConformance((await served.json()) as Json));
}
