import { parentPort, workerData } from "node:worker_threads";
import { commandBody, FORM, postSigned } from "../testkit/signed.js";

/**
 * The load generator, on its own thread (so its own core) to keep it from competing with the
 * app it measures: sends `requests` signed commands, `concurrency` at a time; reports ack times.
 */
export interface LoadJob {
  url: string;
  secret: string;
  responseUrl: string;
  queries: string[];
  requests: number;
  concurrency: number;
}

const job = workerData as LoadJob;
const acks: number[] = [];
let next = 0;
const worker = async () => {
  while (next < job.requests) {
    const i = next++;
    const body = commandBody({
      text: job.queries[i % job.queries.length] as string,
      response_url: job.responseUrl,
    });
    const started = performance.now();
    const { status } = await postSigned(job.url, job.secret, body, FORM);
    if (status !== 200) throw new Error(`HTTP ${status} from ${job.url}`);
    acks.push(performance.now() - started);
  }
};
await Promise.all(Array.from({ length: job.concurrency }, worker));
parentPort?.postMessage(acks);
