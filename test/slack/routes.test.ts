import type { App } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { routedListeners } from "../../src/slack/listeners/routes.js";

type Registered = { kind: string; constraint: unknown; handlers: ((args: unknown) => unknown)[] };

/** The part of Bolt's App the router talks to, recording what reaches Bolt. */
function fakeBolt() {
  const registered: Registered[] = [];
  const record =
    (kind: string) =>
    (constraint: unknown, ...handlers: ((args: unknown) => unknown)[]) =>
      registered.push({ kind, constraint, handlers });
  const bolt = {
    action: record("action"),
    view: record("view"),
    shortcut: record("shortcut"),
    event: record("event"),
    command: record("command"),
  };
  return { bolt: bolt as unknown as App, registered };
}

describe("routed listeners", () => {
  it("give Bolt one listener per kind that hands each request to the handlers of its id", async () => {
    const { bolt, registered } = fakeBolt();
    const { app, mount } = routedListeners(bolt);
    const calls: string[] = [];
    app.action("share", async () => void calls.push("share"));
    app.action(/^choose_\d+$/, async () => void calls.push("choose"));
    app.action("a.b", async () => void calls.push("a.b"));
    app.view("add", async () => void calls.push("add"));
    app.command("/voterdata", async () => {});
    app.action({ action_id: "x", block_id: "y" }, async () => {});
    mount();

    // Commands and object constraints go to Bolt as they were; the rest, one per kind.
    expect(registered.map((r) => r.kind).sort()).toEqual(["action", "action", "command", "view"]);
    const actions = registered.find((r) => r.kind === "action" && r.constraint instanceof RegExp);
    const pattern = actions?.constraint as RegExp;
    for (const id of ["share", "choose_3", "a.b"]) expect(pattern.test(id), id).toBe(true);
    // Only these ids: anything else stays unhandled for Bolt, and "." is not a wildcard.
    for (const id of ["sharex", "choose_", "axb", "other"])
      expect(pattern.test(id), id).toBe(false);

    const dispatch = actions?.handlers[0] as (args: unknown) => Promise<void>;
    await dispatch({ action: { action_id: "choose_12" } });
    await dispatch({ action: { action_id: "share" } });
    expect(calls).toEqual(["choose", "share"]);
  });
});
