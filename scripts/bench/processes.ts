import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const PROBE = path.join(__dirname, 'probe.js');

export interface Probe {
  statements: number;
  cpuMicros: number;
}

export interface Running {
  name: string;
  url: string;
  probe: () => Promise<Probe>;
  stop: () => Promise<void>;
}

/**
 * Starts `node -r probe.js <entry>` with `env`, and waits until `readyUrl` answers 200. Its
 * output goes to `stderr` only when it exits early, to say why.
 */
export async function startProcess(options: {
  name: string;
  entry: string;
  nodeArgs?: string[];
  env: NodeJS.ProcessEnv;
  url: string;
  readyUrl: string;
  probePort: number;
}): Promise<Running> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '-r', PROBE, options.entry],
    {
      env: { ...process.env, ...options.env, BENCH_PROBE_PORT: String(options.probePort) },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${options.name} exited with ${child.exitCode}:\n${stderr}`);
    }
    try {
      if ((await fetch(options.readyUrl)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${options.name} did not start:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    name: options.name,
    url: options.url,
    probe: async () =>
      (await (await fetch(`http://127.0.0.1:${options.probePort}/`)).json()) as Probe,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
