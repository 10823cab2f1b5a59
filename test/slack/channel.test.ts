import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockAction, type Harness, messageText, startHarness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const settle = () => new Promise((r) => setTimeout(r, 150));

describe("@mentions and DMs", () => {
  it("answers a mention in the thread of the mention, tolerating the words around it", async () => {
    const start = h.fake.mark();
    await h.event({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> what did Padilla say?",
      ts: "1700.0001",
      channel: "C9",
    });
    const post = await h.fake.next("chat.postMessage", start);
    expect(post.body.channel).toBe("C9");
    expect(post.body.thread_ts).toBe("1700.0001");
    expect(messageText(post.body)).toContain("Alex Padilla");
  });

  it("answers a retried event only once", async () => {
    const start = h.fake.mark();
    const event = {
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> Ohio",
      ts: "1700.0002",
      channel: "C9",
    };
    await h.event(event, "EvRetry1");
    await h.event(event, "EvRetry1");
    await h.fake.next("chat.postMessage", start);
    await settle();
    expect(h.fake.since("chat.postMessage", start)).toHaveLength(1);
  });

  it("answers a DM in the DM", async () => {
    const start = h.fake.mark();
    await h.event({
      type: "message",
      channel_type: "im",
      channel: "D1",
      user: "U1",
      text: "Kentucky secretary of state",
      ts: "1700.0003",
    });
    const post = await h.fake.next("chat.postMessage", start);
    expect(post.body.channel).toBe("D1");
    expect(post.body.thread_ts).toBeUndefined();
    expect(messageText(post.body)).toContain("Alison Lundergan Grimes");
  });

  it("ignores bot messages, its own included, and edits", async () => {
    const start = h.fake.mark();
    await h.event({
      type: "message",
      channel_type: "im",
      channel: "D1",
      bot_id: "B2",
      text: "Ohio",
      ts: "1700.0004",
    });
    await h.event({
      type: "message",
      channel_type: "im",
      channel: "D1",
      user: "UBOT",
      bot_id: "BBOT",
      text: "Ohio",
      ts: "1700.0005",
    });
    await h.event({
      type: "message",
      subtype: "message_changed",
      channel_type: "im",
      channel: "D1",
      ts: "1700.0006",
      message: { text: "Ohio", user: "U1" },
    });
    await settle();
    expect(h.fake.since("chat.postMessage", start)).toHaveLength(0);
  });
});

describe("buttons", () => {
  it("share posts the card to the channel, attributed, and removes the private copy", async () => {
    const start = h.fake.mark();
    await h.action(blockAction(h.fake, "voterdata_share", "state:OH", "Share in channel"));
    const post = await h.fake.next("chat.postMessage", start);
    expect(post.body.channel).toBe("C1");
    expect(messageText(post.body)).toContain("Ohio: public data only");
    expect(messageText(post.body)).toContain("Shared by <@U1>");
    const removed = await h.fake.next("/respond/action", start);
    expect(removed.body.delete_original).toBe(true);
  });

  it("share posts the card as it was answered, with what it said about the question", async () => {
    const value = `commission-2017|ask:${encodeURIComponent("Utah secretary of state")}`;
    const start = h.fake.mark();
    await h.action(blockAction(h.fake, "voterdata_share", value, "Share in channel"));
    const post = await h.fake.next("chat.postMessage", start);
    expect(messageText(post.body)).toContain("The sources name no secretary of state of Utah.");
    expect(messageText(post.body)).toContain("Spencer Cox");
    expect((await h.fake.next("/respond/action", start)).body.delete_original).toBe(true);
  });

  it("share posts a list answer too", async () => {
    const start = h.fake.mark();
    await h.action(blockAction(h.fake, "voterdata_share", "list:disputed", "Share in channel"));
    const post = await h.fake.next("chat.postMessage", start);
    expect(messageText(post.body)).toContain(
      "3 states are disputed: sources disagree on the answer",
    );
    expect(messageText(post.body)).toContain("Shared by <@U1>");
    expect((await h.fake.next("/respond/action", start)).body.delete_original).toBe(true);
  });

  it("share tells the user plainly when the bot is not in the channel", async () => {
    const start = h.fake.mark();
    h.fake.fail("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });
    await h.action(blockAction(h.fake, "voterdata_share", "state:OH", "Share in channel"));
    const told = await h.fake.next("/respond/action", start);
    expect(String(told.body.text)).toContain("not in the channel");
    expect(told.body.delete_original).toBeUndefined();
  });

  it("share with a value the app no longer knows posts nothing and says so", async () => {
    const start = h.fake.mark();
    await h.action(blockAction(h.fake, "voterdata_share", "state:ZZ", "Share in channel"));
    const told = await h.fake.next("/respond/action", start);
    expect(String(told.body.text)).toContain("can no longer be shared");
    expect(h.fake.since("chat.postMessage", start)).toHaveLength(0);
  });

  it("a chooser button replaces the chooser with that card", async () => {
    const start = h.fake.mark();
    await h.action(blockAction(h.fake, "voterdata_choose_1", "state:SD", "South Dakota"));
    const replaced = await h.fake.next("/respond/action", start);
    expect(replaced.body.replace_original).toBe(true);
    expect(messageText(replaced.body)).toContain("South Dakota: withholding");
  });
});

describe("the message shortcut", () => {
  it("finds every state named in a pasted paragraph and replies in its thread", async () => {
    const start = h.fake.mark();
    await h.action({
      type: "message_action",
      callback_id: "lookup_voter_data",
      trigger_id: "1.2.3",
      response_url: h.fake.responseUrl("shortcut"),
      team: { id: "T1", domain: "newsroom" },
      channel: { id: "C1", name: "politics" },
      user: { id: "U1", name: "reporter" },
      message_ts: "1700.0100",
      message: {
        type: "message",
        user: "U2",
        ts: "1700.0100",
        text: "Officials in Ohio and Missouri weighed in on Friday, while Kentucky said no. Analysts in or near the capital were unsurprised.",
      },
    });
    const post = await h.fake.next("chat.postMessage", start);
    expect(post.body.thread_ts).toBe("1700.0100");
    const text = messageText(post.body);
    expect(text).toContain("Voter data for 3 named in this message");
    expect(text).toContain("*Ohio* — public data only");
    expect(text).toContain("*Missouri* — sources disagree");
    expect(text).toContain("*Kentucky* — refuses");
    expect(text).not.toContain("Oregon");
  });
});
