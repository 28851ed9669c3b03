import pino, { type Logger } from 'pino';
import { Writable } from 'node:stream';

export interface CapturedLog {
  log: Logger;
  /** Every line written so far, as written. */
  text: () => string;
  /**
   * The line about the request with this id. The access log is written when the response
   * closes, which may be just after the client has read it: wait a little for it.
   */
  requestLine: (requestId: string) => Promise<Record<string, unknown>>;
}

/** A logger whose lines a test reads back. */
export function captureLog(): CapturedLog {
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const find = (requestId: string) =>
    raw
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.msg === 'request' && line.requestId === requestId);
  return {
    log: pino({ level: 'debug' }, sink),
    text: () => raw.join('\n'),
    async requestLine(requestId) {
      for (let waited = 0; waited < 2000; waited += 20) {
        const line = find(requestId);
        if (line) return line;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no access log line for request ${requestId}`);
    },
  };
}
