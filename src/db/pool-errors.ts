import type { DataSource } from 'typeorm';

interface EventSource {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/**
 * When PostgreSQL ends sessions (a restart, a crash, an administrator), a pooled client can
 * report the error at a moment when neither the pool nor TypeORM listens to it, and an
 * unheard 'error' event ends the process. Every client gets a listener from birth; the
 * failed query itself still rejects, and the pool discards the broken client.
 */
export function keepPoolErrorsHeard(db: DataSource): void {
  const pool = (db.driver as unknown as { master?: EventSource }).master;
  pool?.on('connect', (client) => (client as EventSource).on('error', () => undefined));
}
