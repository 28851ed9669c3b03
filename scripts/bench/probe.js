/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, run by node as is */
/* global process */
/**
 * Preloaded into a benchmarked server (node -r scripts/bench/probe.js), never part of the
 * application: counts the statements the server's pg clients send and serves, on
 * 127.0.0.1:BENCH_PROBE_PORT, that count and the process's CPU time (process.cpuUsage), so
 * the benchmark can divide both by the requests it made. It works for any build of the server
 * (an older commit too), since it patches pg rather than the server's code.
 */
const http = require('node:http');
const pg = require('pg');

let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  return query.apply(this, args);
};

const port = Number(process.env.BENCH_PROBE_PORT);
if (port > 0) {
  const server = http.createServer((_req, res) => {
    const cpu = process.cpuUsage();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ statements, cpuMicros: cpu.user + cpu.system }));
  });
  server.listen(port, '127.0.0.1');
  server.unref();
}
