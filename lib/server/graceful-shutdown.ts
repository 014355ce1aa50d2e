import type { Server } from 'node:http';
import net, { type Socket } from 'node:net';

/**
 * Stops a server the way a rolling deploy needs: every request in flight answered, kept-alive
 * connections closed once they are between requests, the process free to exit; past the deadline the
 * remaining connections are cut.
 *
 * "In flight" includes connections the kernel has accepted but a busy Node has not picked up yet: under
 * load Node takes one connection per turn of its event loop, so some wait seconds in the accept queue,
 * and closing the listening socket resets every one of them. The listener therefore stays open (every
 * answer then carries `Connection: close`) until no connection is waiting for or inside a request, and
 * only then closes: the plain `net` way, because Node's `server.close()` (v19+) also drops connections
 * whose request it has not read yet.
 */
export interface ConnectionTracker {
  /** Connections that answered and are idle: safe to end. */
  idleAfterUse(): Socket[];
  /** No connection is waiting for its first request or inside one. */
  quiet(): boolean;
}

export function trackConnections(server: Server): ConnectionTracker {
  const sockets = new Map<Socket, { active: number; served: number }>();
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { active: 0, served: 0 });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req, res) => {
    const state = sockets.get(req.socket);
    if (!state) return;
    state.active++;
    res.once('close', () => {
      state.active--;
      state.served++;
    });
  });
  return {
    idleAfterUse: () => [...sockets].filter(([, s]) => s.active === 0 && s.served > 0).map(([socket]) => socket),
    quiet: () => [...sockets.values()].every((s) => s.active === 0 && s.served > 0),
  };
}

const turn = () => new Promise((r) => setImmediate(r));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function shutdownGracefully(server: Server, tracker: ConnectionTracker, deadlineMs: number): Promise<{ clean: boolean }> {
  const deadline = Date.now() + deadlineMs;
  // end(), not destroy(): the last response may still sit in the socket's write buffer (a slow reader),
  // and destroying would turn its tail into a reset.
  const sweep = () => {
    for (const socket of tracker.idleAfterUse()) if (!socket.writableEnded) socket.end();
  };
  // Quiet twice in a row, a sleep and a loop turn apart: the turn's poll phase has accepted whatever
  // was queued, so a still-quiet tracker means nothing is waiting.
  for (let quietTurns = 0; quietTurns < 2 && Date.now() < deadline; ) {
    sweep();
    await sleep(20);
    await turn();
    quietTurns = tracker.quiet() ? quietTurns + 1 : 0;
  }
  return new Promise((resolve) => {
    let done = false;
    const finish = (clean: boolean) => {
      if (done) return;
      done = true;
      clearInterval(sweeper);
      clearTimeout(timer);
      resolve({ clean });
    };
    net.Server.prototype.close.call(server, () => finish(true));
    sweep();
    const sweeper = setInterval(sweep, 50);
    const timer = setTimeout(
      () => {
        server.closeAllConnections();
        finish(false);
      },
      Math.max(0, deadline - Date.now()),
    );
  });
}
