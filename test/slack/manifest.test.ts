import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import formatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BOT_SCOPES } from "../../src/slack/app.js";
import { itWithShared } from "../helpers/shared.js";

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats = (formatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;

const manifest = parse(readFileSync("manifest.yml", "utf8"));

function validator() {
  const schema = JSON.parse(
    readFileSync("../shared/slack-manifest-schema/manifest.schema.1.0.0.json", "utf8"),
  );
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe("manifest.yml", () => {
  itWithShared("is valid against Slack's published manifest schema", () => {
    const validate = validator();
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  itWithShared("the schema check can fail: a manifest with a bad scope list is rejected", () => {
    const validate = validator();
    const broken = structuredClone(manifest);
    broken.oauth_config.scopes.bot = "commands";
    expect(validate(broken)).toBe(false);
  });

  it("declares what the app uses", () => {
    expect(manifest.features.slash_commands[0].command).toBe("/voterdata");
    expect(manifest.features.slash_commands[0].usage_hint).toBeTruthy();
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        "commands",
        "chat:write",
        "app_mentions:read",
        "im:history",
        "files:write",
        "users:read",
      ]),
    );
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      "app_mention",
      "message.im",
      "app_uninstalled",
      "tokens_revoked",
    ]);
    // OAuth installs ask for exactly the scopes the manifest declares.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(manifest.oauth_config.redirect_urls[0]).toMatch(/^https:\/\/.+\/slack\/oauth_redirect$/);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    // The evidence search (an external select) is answered where interactions are.
    expect(manifest.settings.interactivity.message_menu_options_url).toBe(
      manifest.settings.interactivity.request_url,
    );
    expect(manifest.settings.interactivity.request_url).toMatch(/^https:\/\/.+\/slack\/events$/);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.shortcuts[0]).toMatchObject({
      type: "message",
      callback_id: "lookup_voter_data",
    });
  });
});
