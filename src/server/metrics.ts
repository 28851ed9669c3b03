import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** Distinct operation names kept as label values; past this, `other` (names are client-chosen). */
const MAX_OPERATION_LABELS = 100;

/** Seconds; from a cached read to the slowest report a client would still wait for. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The process's own metrics (CPU, memory, garbage collection, event-loop lag) are collected
 * once per process, however many apps it runs (the tests start several): each collection
 * starts its own event-loop monitor.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export interface GraphQLObservation {
  /** The operation's name, `anonymous`, or null when no operation was resolved. */
  operation: string | null;
  outcome: 'ok' | 'error';
  seconds: number;
  errorCodes: readonly string[];
}

/** One app's metrics in Prometheus format: GraphQL traffic and its database pool. */
export class Metrics {
  private readonly registry = new Registry();
  private readonly operationsSeen = new Set<string>();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly durations: Histogram<'operation' | 'outcome'>;
  private readonly errors: Counter<'code'>;

  constructor(db: DataSource) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (error: any error in the response)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.durations = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its response',
      labelNames: ['operation', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors returned to clients, by extensions.code',
      labelNames: ['code'],
      registers,
    });
    const pool = () => databasePool(db);
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database connections held by the pool, by state (idle or in use)',
      labelNames: ['state'],
      registers,
      collect() {
        const p = pool();
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'in_use' }, (p?.totalCount ?? 0) - (p?.idleCount ?? 0));
      },
    });
    new Gauge({
      name: 'db_pool_waiting_requests',
      help: 'Queries waiting for a free database connection (the pool is exhausted)',
      registers,
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'db_pool_max_connections',
      help: 'The largest number of connections the pool opens',
      registers,
      collect() {
        this.set(pool()?.options?.max ?? 0);
      },
    });
  }

  observe({ operation, outcome, seconds, errorCodes }: GraphQLObservation): void {
    const labels = { operation: this.operationLabel(operation), outcome };
    this.requests.inc(labels);
    this.durations.observe(labels, seconds);
    for (const code of errorCodes) this.errors.inc({ code });
  }

  readonly contentType = this.registry.contentType;

  /** The text a Prometheus scrape receives. */
  async exposition(): Promise<string> {
    return `${await processMetrics().metrics()}\n${await this.registry.metrics()}`;
  }

  private operationLabel(operation: string | null): string {
    if (operation === null) return 'unknown';
    if (this.operationsSeen.has(operation)) return operation;
    if (this.operationsSeen.size >= MAX_OPERATION_LABELS) return 'other';
    this.operationsSeen.add(operation);
    return operation;
  }
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** node-postgres's pool behind TypeORM's PostgreSQL driver (`driver.master`). */
function databasePool(db: DataSource): PgPool | undefined {
  if (!db.isInitialized) return undefined;
  return (db.driver as unknown as { master?: PgPool }).master;
}
