import { type ChildProcess, spawn, spawnSync } from 'node:child_process';

/** A static file server of its own (scripts/serve-static.ts) over `dir`, for a test that changes the files. */
export async function serveStatic(dir: string, port: number): Promise<{ child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn('node', ['--import', 'tsx', 'scripts/serve-static.ts', '--dir', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const deadline = Date.now() + 30_000;
  while (!/serving /.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`static server on ${port} did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, stop };
}

/** The export's last step (service worker, headers) over a changed copy of out/: what a second build deploys. */
export function finishExport(dir: string): void {
  const result = spawnSync('node', ['--import', 'tsx', 'scripts/export.ts', '--finish', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`export --finish failed:\n${result.stdout}${result.stderr}`);
}
