import { createServer } from 'node:net';

/**
 * Ask the OS for a free loopback port. There is a small window between closing this probe and
 * Neo4j binding the port; a lost race shows up as a bind error in the console log.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => (port > 0 ? resolvePromise(port) : reject(new Error('no port assigned'))));
    });
  });
}
