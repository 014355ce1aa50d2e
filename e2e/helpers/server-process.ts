import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';

/**
 * A production server of its own for the tests that stop, limit or restart it (ports 3111–3119 are
 * this suite's; the shared e2e server must not be disturbed). Loopback only.
 */
export interface StartedServer {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

export async function startServer(
  port: number,
  env: Record<string, string> = {},
  command: string[] = ['node', '--import', 'tsx', 'scripts/start.ts', '--no-build'],
  cwd = process.cwd(),
): Promise<StartedServer> {
  const [bin, ...args] = command;
  const child = spawn(bin, [...args, '--port', String(port)], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1', RATE_LIMIT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!/start: serving build/.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server on ${port} did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, output: () => log, exited };
}

export type Answer = { status: number; body: string } | { error: string };

export function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', (e) => resolve({ error: e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
}

/** Whether anything still accepts connections on the port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
  });
}
