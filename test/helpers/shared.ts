import { existsSync } from "node:fs";
import { it } from "vitest";

/**
 * `it` for a test that reads the project's shared folder beside the checkout (`../shared`: the
 * five articles as published, Slack's manifest schema). A clone on its own skips them with a line
 * saying so; under CI=true, where `.ci/run` has the folder beside it, they always run.
 */
export function itWithShared(name: string, body: () => void): void {
  if (existsSync("../shared") || process.env.CI === "true") {
    it(name, body);
    return;
  }
  console.log(`skipped "${name}": it needs ../shared beside the checkout (as CI has it)`);
  it.skip(name, body);
}
