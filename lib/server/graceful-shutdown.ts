import type { Server } from 'node:http';
import net, { type Socket } from 'node:net';

/**
 * Stops a server the way a rolling deploy needs: no new connections, every request already in flight
 * answered, kept-alive connections closed once they are between requests, and only past the deadline
 * are the remaining connections cut.
 *
 * Node's own `server.close()` (v19+) also closes every connection that has no request *yet*, which
 * resets a client whose connection was accepted but whose request the busy event loop has not read: a
 * request in flight from the client's side. So the listener is closed the plain `net` way and only
 * connections that have answered at least once and are idle are closed here.
 */
export interface ConnectionTracker {
  idleAfterUse(): Socket[];
  count(): number;
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
    count: () => sockets.size,
  };
}

export function shutdownGracefully(server: Server, tracker: ConnectionTracker, deadlineMs: number): Promise<{ clean: boolean }> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (clean: boolean) => {
      if (done) return;
      done = true;
      clearInterval(sweeper);
      clearTimeout(deadline);
      resolve({ clean });
    };
    // Stops accepting; the callback runs once every connection has ended.
    net.Server.prototype.close.call(server, () => finish(true));
    const sweep = () => {
      for (const socket of tracker.idleAfterUse()) socket.destroy();
    };
    sweep();
    const sweeper = setInterval(sweep, 50);
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      finish(false);
    }, deadlineMs);
  });
}
