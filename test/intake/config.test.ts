import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "abcdef0123456789abcdef" };

describe("editors' configuration", () => {
  it("reads EDITORS as a list, and intake settings as optional", () => {
    expect(loadConfig(base)).toMatchObject({ EDITORS: [] });
    expect(loadConfig(base).EDITOR_USERGROUP).toBeUndefined();
    const config = loadConfig({
      ...base,
      EDITORS: " U024BE7LH, W0123ABC ,",
      EDITOR_USERGROUP: "S0614TZR7",
      REVIEW_CHANNEL: "C024BE91L",
    });
    expect(config).toMatchObject({
      EDITORS: ["U024BE7LH", "W0123ABC"],
      EDITOR_USERGROUP: "S0614TZR7",
      REVIEW_CHANNEL: "C024BE91L",
    });
  });

  it.each([
    [{ EDITORS: "U024BE7LH,@alice" }, "EDITORS must list Slack user ids"],
    [{ EDITOR_USERGROUP: "editors" }, "EDITOR_USERGROUP must be a Slack user group id"],
    [{ REVIEW_CHANNEL: "#desk" }, "REVIEW_CHANNEL must be a Slack channel id"],
  ])("names the variable when %o is malformed", (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });
});
