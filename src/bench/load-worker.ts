import { parentPort } from "node:worker_threads";
import { FakeSlack } from "../testkit/fake-slack.js";
import { commandBody, FORM, postSigned } from "../testkit/signed.js";

/**
 * Everything on Slack's side of the benchmark, on its own thread (so its own core): the fake
 * Web API with its response_url sink, and the load generator. The main thread runs only the app
 * under test, as in production where Slack is elsewhere.
 */
export interface RoundRequest {
  /** The app's URLs; requests go round-robin, as through a load balancer. */
  urls: string[];
  secret: string;
  label: string;
  queries: string[];
  requests: number;
  concurrency: number;
}

export type WorkerMessage =
  | { type: "ready"; apiUrl: string }
  | { type: "round"; acks: number[]; seconds: number };

const fake = new FakeSlack();
fake.record = false;
await fake.start();
const port = parentPort;
port?.postMessage({ type: "ready", apiUrl: fake.apiUrl } satisfies WorkerMessage);

port?.on("message", async (job: RoundRequest | "stop") => {
  if (job === "stop") {
    await fake.stop();
    port.close();
    return;
  }
  const acks: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < job.requests) {
      const i = next++;
      const text = job.queries[i % job.queries.length] as string;
      const body = commandBody({ text, response_url: fake.responseUrl(job.label) });
      const sent = performance.now();
      const url = job.urls[i % job.urls.length] as string;
      const { status } = await postSigned(url, job.secret, body, FORM);
      if (status !== 200) throw new Error(`HTTP ${status} from ${url}`);
      acks.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  await fake.waitForCount(`/respond/${job.label}`, job.requests, 60_000);
  const seconds = (performance.now() - started) / 1000;
  port.postMessage({ type: "round", acks, seconds } satisfies WorkerMessage);
});
