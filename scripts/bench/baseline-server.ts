/**
 * The benchmark's baseline: node's http and one pg pool, answering each read of queries.ts
 * that has a baseline (the contract reads and the registers' lists), on its path, with the
 * JSON PostgreSQL builds in one statement. No GraphQL, no token, no
 * framework: the fastest this data can be served from this database, to measure against.
 * BASELINE_DATABASE_URL, BASELINE_PORT, BASELINE_CONTRACT_ID, BASELINE_LIST_SIZES and BASELINE_POOL_SIZE
 * configure it.
 */
import http from 'node:http';
import { Pool } from 'pg';
import { benchQueries } from './queries';

const pool = new Pool({
  connectionString: process.env.BASELINE_DATABASE_URL,
  max: Number(process.env.BASELINE_POOL_SIZE ?? 10),
});
const routes = new Map(
  benchQueries(
    process.env.BASELINE_CONTRACT_ID ?? '',
    (process.env.BASELINE_LIST_SIZES ?? '20').split(',').map(Number),
  )
    .flatMap((query) => (query.baseline ? [query.baseline] : []))
    .map((baseline) => [baseline.path, baseline]),
);

const server = http.createServer((req, res) => {
  const route = routes.get(req.url ?? '');
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  pool.query<{ body: string }>(route.sql, route.params).then(
    (result) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(result.rows[0]?.body ?? '{"data":null}');
    },
    (error: unknown) => {
      console.error(error);
      res.writeHead(500).end();
    },
  );
});
server.listen(Number(process.env.BASELINE_PORT ?? 4100), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
