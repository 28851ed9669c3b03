/**
 * `npm run fuzz -- --url http://localhost:4000/graphql --token <bearer> [--token …]
 *   [--budget 2000] [--seed 1]`
 *
 * Sends requests generated from schema.graphql — every query and mutation with arguments
 * drawn from valid, edge and hostile values (NUL bytes, lone surrogates, blank and huge
 * strings, invalid e-mails, wrong enums, out-of-range numbers, oversized lists, nulls where
 * a value is required) — plus requests that are wrong at the protocol level. Bad input must
 * come back as a 4xx or a GraphQL error with a client code: any 5xx or INTERNAL_SERVER_ERROR
 * is a finding. Exits 1 when there is one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export interface FuzzOptions {
  url: string;
  tokens: string[];
  budget: number;
  seed: number;
  schemaFile?: string;
}

export interface FuzzFinding {
  request: string;
  status: number;
  body: string;
}

export interface FuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  findings: FuzzFinding[];
}

/** mulberry32: a small seeded generator, so that a finding can be replayed by its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_STRINGS = [
  '',
  '   ',
  '\t\n',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDC00y',
  'not-an-e-mail',
  'a@',
  '@b.c',
  'Robert"); DROP TABLE app_user;--',
  '<script>alert(1)</script>',
  '\u202Eevil',
  'X-D-2\u200B',
  '𝒳 emoji 🚀',
  'x'.repeat(5000),
  '%s%s%n',
  '../../etc/passwd',
];
const ORDINARY_STRINGS = ['Valence', 'legal@valence.demo', 'CN', '3E001', 'EAR99', 'TIC 4.1'];
const DATES = [
  '2024-01-01',
  '2024-02-30',
  'yesterday',
  '0000-00-00',
  '2024-01-01T00:00:00Z',
  '9999-12-31',
];
const NUMBERS = [0, -1, 1, 7, 2147483647, -2147483648, 2 ** 53, 1e308, -0.5, 3.7];

class Generator {
  constructor(private readonly next: () => number) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  value(type: GraphQLInputType, depth = 0): unknown {
    if (isNonNullType(type)) {
      return this.chance(0.03) ? null : this.value(type.ofType, depth);
    }
    if (this.chance(0.05)) return null;
    if (isListType(type)) {
      const size = this.pick([0, 1, 2, 3, 60]);
      const item = this.value(type.ofType, depth + 1);
      return Array.from({ length: size }, () =>
        this.chance(0.5) ? item : this.value(type.ofType, depth + 1),
      );
    }
    if (isEnumType(type)) {
      return this.chance(0.1) ? 'NOT_A_VALUE' : this.pick(type.getValues()).name;
    }
    if (isInputObjectType(type)) {
      if (depth > 4) return {};
      const result: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (!isNonNullType(field.type) && this.chance(0.3)) continue;
        result[field.name] = this.value(field.type, depth + 1);
      }
      if (this.chance(0.03)) result.unknownField = 'x';
      return result;
    }
    return this.scalar(getNamedType(type).name);
  }

  scalar(name: string): unknown {
    if (this.chance(0.05)) return this.pick([true, 12, 'text', [], {}]);
    switch (name) {
      case 'Int':
      case 'Float':
        return this.pick(NUMBERS);
      case 'Boolean':
        return this.chance(0.5);
      case 'ID':
      case 'UUID':
        return this.pick([
          crypto.randomUUID(),
          'not-a-uuid',
          '',
          '00000000-0000-0000-0000-000000000000',
        ]);
      case 'LocalDate':
      case 'Date':
      case 'DateTime':
        return this.pick(DATES);
      default:
        return this.chance(0.6) ? this.pick(HOSTILE_STRINGS) : this.pick(ORDINARY_STRINGS);
    }
  }
}

/** The leaf fields of a type that take no required argument, to select in the operation. */
function selection(type: GraphQLObjectType, depth = 0): string {
  const parts: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth < 2 && parts.length < 25) {
      parts.push(`${field.name} { ${selection(named, depth + 1)} }`);
    }
  }
  return parts.join(' ');
}

function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  generator: Generator,
): { query: string; variables: Record<string, unknown> } {
  const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`);
  const passing = field.args.map((arg) => `${arg.name}: $${arg.name}`);
  const named = getNamedType(field.type);
  const selected = isObjectType(named) ? ` { ${selection(named)} }` : '';
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && generator.chance(0.3)) continue;
    variables[arg.name] = generator.value(arg.type);
  }
  const head = declarations.length ? `${kind} Fuzz(${declarations.join(', ')})` : `${kind} Fuzz`;
  const args = passing.length ? `(${passing.join(', ')})` : '';
  return { query: `${head} { ${field.name}${args}${selected} }`, variables };
}

/** Requests that are wrong as HTTP or GraphQL rather than in their values. */
function protocolCases(): Array<{ body: string; headers?: Record<string, string> }> {
  const json = (value: unknown) => JSON.stringify(value);
  const manyVariables = Array.from({ length: 60 }, (_, i) => `$v${i}: Int!`).join(', ');
  return [
    { body: json({ query: 'subscription { me { id } }' }) },
    { body: json({ query: 'subscription S { __typename }' }) },
    {
      body: json({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } },
      }),
    },
    { body: json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }) },
    {
      body: json({
        query: `query Many(${manyVariables}) { __typename }`,
        variables: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`v${i}`, 'x'])),
      }),
    },
    { body: json({ query: '{ __typename }', variables: { s: 'a\u0000' } }) },
    { body: json({ query: 'query { parties { code } }', variables: '\uD800' }) },
    {
      body: json({ query: '{ users(first: 1) { edges { node { id } } } }', operationName: 'Nope' }),
    },
    { body: json({ query: '{ searchArticles(query: "a\\u0000b") { __typename } }' }) },
    { body: json({ query: '{ searchArticles(query: "\\uD800") { __typename } }' }) },
    { body: json([{ query: '{ __typename }' }, { query: '{ __typename }' }]) },
    { body: json({ query: 42 }) },
    { body: json({ query: '{ __typename }', variables: [1, 2] }) },
    { body: '{"query": "{ __typename }"' },
    { body: 'null' },
    { body: json({ query: `{ ${'a: __typename '.repeat(3000)} }` }) },
    { body: json({ query: '{ __typename }' }), headers: { 'content-type': 'text/plain' } },
  ];
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const schemaFile = options.schemaFile ?? path.resolve(__dirname, '..', 'schema.graphql');
  const schema: GraphQLSchema = buildSchema(readFileSync(schemaFile, 'utf8'));
  const generator = new Generator(random(options.seed));
  const fields = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ['query', f] as const),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map(
      (f) => ['mutation', f] as const,
    ),
  ];
  const report: FuzzReport = { requests: 0, byStatus: {}, byCode: {}, findings: [] };
  const send = async (body: string, headers: Record<string, string> = {}, token?: string) => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    report.requests += 1;
    report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
    for (const match of text.matchAll(/"code":"([A-Z_]+)"/g)) {
      report.byCode[match[1]] = (report.byCode[match[1]] ?? 0) + 1;
    }
    if (response.status >= 500 || text.includes('INTERNAL_SERVER_ERROR')) {
      report.findings.push({
        request: body.slice(0, 2000),
        status: response.status,
        body: text.slice(0, 2000),
      });
    }
  };
  const tokens = options.tokens.length ? options.tokens : [undefined];
  for (const { body, headers } of protocolCases()) {
    if (report.requests >= options.budget) break;
    await send(body, headers, tokens[0]);
  }
  for (let i = 0; report.requests < options.budget; i += 1) {
    const [kind, field] = fields[i % fields.length];
    const operation = operationFor(kind, field, generator);
    await send(JSON.stringify(operation), {}, generator.pick(tokens));
  }
  return report;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://localhost:4000/graphql' },
      token: { type: 'string', multiple: true },
      budget: { type: 'string', default: '2000' },
      seed: { type: 'string', default: String(Date.now() % 100000) },
    },
  });
  const options = {
    url: values.url!,
    tokens: values.token ?? [],
    budget: Number(values.budget),
    seed: Number(values.seed),
  };
  const report = await runFuzz(options);
  console.log(
    JSON.stringify({ seed: options.seed, ...report, findings: report.findings.length }, null, 2),
  );
  for (const finding of report.findings.slice(0, 20)) console.log(JSON.stringify(finding));
  process.exit(report.findings.length ? 1 : 0);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
