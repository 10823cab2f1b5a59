import { parentPort, workerData } from "node:worker_threads";
import { FakeSlack } from "../testkit/fake-slack.js";

/**
 * A fake Slack on its own thread for the digest benchmark, rate-limited per channel like Slack;
 * asked for "report", it answers with what it accepted.
 */
export type FakeSlackReport = {
  accepted: Record<string, number>;
  rateLimited: number;
  uploads: number;
};

const fake = new FakeSlack();
fake.record = false;
fake.perChannelPerSecond = (workerData as { perChannelPerSecond: number }).perChannelPerSecond;
await fake.start();
parentPort?.postMessage({ apiUrl: fake.apiUrl });
parentPort?.on("message", async (message: "report" | "stop") => {
  if (message === "stop") {
    await fake.stop();
    parentPort?.close();
    return;
  }
  const report: FakeSlackReport = {
    accepted: Object.fromEntries(fake.acceptedByChannel()),
    rateLimited: fake.count("ratelimited"),
    uploads: fake.count("files.completeUploadExternal"),
  };
  parentPort?.postMessage(report);
});
