import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { get, listening, startServer } from './helpers/server-process';

/** A rolling deploy sends SIGTERM: requests already in flight must all be answered, then the process exits 0. */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

// Distinct queries from the committed query set, so none is answered from a cache: each one is rendered
// while the signal arrives.
const queries = [
  ...new Set(
    (JSON.parse(fs.readFileSync('test/search/queries.json', 'utf8')) as { q: string; kind: string }[])
      .filter((x) => x.kind !== 'absent')
      .map((x) => x.q),
  ),
].slice(0, 26);

test('SIGTERM lets every request in flight finish (also those still queued for accept), then stops listening and exits 0', async () => {
  const server = await startServer(3112);
  const paths = queries.map((q) => `/search?q=${encodeURIComponent(q)}`);
  const answers: Array<Promise<unknown>> = [];
  let finished = 0;
  for (const path of paths)
    answers.push(
      get(3112, path).then((a) => {
        finished++;
        return a;
      }),
    );
  // Signal as soon as the first answer is back: the server is busy, the others are still in flight.
  while (finished === 0) await new Promise((r) => setTimeout(r, 5));
  server.child.kill('SIGTERM');
  const inFlightAtSignal = paths.length - finished;
  expect(inFlightAtSignal, 'requests still in flight when SIGTERM was sent').toBeGreaterThan(0);

  const results = await Promise.all(answers);
  for (const [i, result] of results.entries()) expect(result, `${paths[i]}\n${server.output()}`).toMatchObject({ status: 200 });
  expect(await server.exited).toBe(0);
  expect(await listening(3112)).toBe(false);
  expect(server.output()).toContain('SIGTERM: finishing requests in flight');
});

test('SIGTERM to `npm start` reaches the server: no orphan keeps the port', async () => {
  const server = await startServer(3113, {}, ['npm', 'start', '--', '--no-build']);
  expect(await get(3113, '/')).toMatchObject({ status: 200 });
  server.child.kill('SIGTERM');
  await server.exited;
  const deadline = Date.now() + 15_000;
  while ((await listening(3113)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  expect(await listening(3113), 'something still listens on the port after npm start was stopped').toBe(false);
});
