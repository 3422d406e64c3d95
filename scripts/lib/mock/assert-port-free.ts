import { createServer } from "node:net";
import { PipelineError } from "../pipeline-error.js";

/**
 * Checks that `host:port` can be listened on right now, so a server already there (another mock, a
 * dev server) is reported as such instead of answering in Prism's place.
 *
 * @throws {@link PipelineError} naming the port when it is taken or the host cannot be bound.
 */
export function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === "EADDRINUSE"
          ? "is already in use (another `npm run mock`? pick another with --port)"
          : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
            ? "cannot be bound: no such local address"
            : error.code === "EACCES"
              ? "needs privileges to bind (use a port above 1023)"
              : `cannot be bound (${error.code ?? error.message})`;
      reject(new PipelineError(`port ${port} on ${host} ${reason}`, "--port"));
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
