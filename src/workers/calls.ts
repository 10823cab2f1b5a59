import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** Requests to one worker thread, each answered by a reply carrying the same id. */
export interface WorkerCalls<Request, Result> {
  call(request: Request): Promise<Result>;
  close(): Promise<void>;
}

/**
 * One worker thread at `url`, started on the first call and unref'd (an idle worker never keeps
 * the process alive); a crashed worker rejects what it held and the next call starts a new one.
 * `settle` turns a reply into the result, or throws the error it reports. Null when the compiled
 * worker is not there (running from the TypeScript sources): then the caller works in-thread.
 */
export function workerCalls<Request extends object, Reply extends { id: number }, Result>(
  url: URL,
  settle: (reply: Reply) => Result | Promise<Result>,
): WorkerCalls<Request, Result> | null {
  if (!existsSync(fileURLToPath(url))) return null;
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  const started = () => {
    if (worker) return worker;
    const w = new Worker(url);
    w.unref();
    w.on("message", (reply: Reply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      Promise.resolve()
        .then(() => settle(reply))
        .then(waiting.resolve, waiting.reject);
    });
    w.on("error", (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      worker = null;
    });
    worker = w;
    return w;
  };
  return {
    call(request) {
      const id = ++next;
      return new Promise<Result>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        started().postMessage({ id, ...request });
      });
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}
