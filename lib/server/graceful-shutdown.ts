import type { Server } from 'node:http';

/**
 * Stops a server the way a rolling deploy needs: no new connections, every request already in flight
 * answered, idle keep-alive connections closed at once (they would otherwise hold the process for the
 * keep-alive timeout), and only past the deadline are the remaining connections cut.
 * Resolves with whether everything finished before the deadline.
 */
export function shutdownGracefully(server: Server, deadlineMs: number): Promise<{ clean: boolean }> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (clean: boolean) => {
      if (done) return;
      done = true;
      clearInterval(sweeper);
      clearTimeout(deadline);
      resolve({ clean });
    };
    server.close(() => finish(true));
    // A connection that just finished its last response turns idle: close it right away.
    const sweeper = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      finish(false);
    }, deadlineMs);
  });
}
