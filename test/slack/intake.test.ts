import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Draft } from "../../src/draft/types.js";
import { LIMITS } from "../../src/render/blocks.js";
import { INTAKE_ACTION } from "../../src/render/review.js";
import { FakeSlack } from "../../src/testkit/fake-slack.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";
import {
  addShortcut,
  addValues,
  buttonValue,
  click,
  draftByFile as draftFile,
  submission,
} from "../helpers/intake-slack.js";

const EDITOR = "UEDITOR";
const STRANGER = "USTRANGER";
const ARTICLE = readFileSync(join(import.meta.dirname, "..", "draft", "articles", "wire-2017.txt"));

const running: Harness[] = [];
let fake: FakeSlack | null = null;

async function instance(database: string, env: Record<string, string> = {}): Promise<Harness> {
  if (!fake) {
    fake = new FakeSlack();
    await fake.start();
  }
  const h = await startHarness({ EDITORS: EDITOR, DATABASE_PATH: database, ...env }, {}, fake);
  running.push(h);
  return h;
}

const newDatabase = () => join(mkdtempSync(join(tmpdir(), "voterdata-intake-")), "voterdata.db");

afterEach(async () => {
  for (const h of running.splice(0)) await h.stop();
  await fake?.stop();
  fake = null;
});

/** Submits the article as a file and returns the review message posted for it. */
const draftByFile = (h: Harness, userId = EDITOR) => draftFile(h, userId, ARTICLE);

describe("editors' intake in Slack", () => {
  it("opens the modal for editors only, and says so to others", async () => {
    const h = await instance(newDatabase());
    let mark = h.fake.mark();
    await h.command("add", { user_id: EDITOR });
    const opened = await h.fake.next("views.open", mark);
    expect(opened.body.trigger_id).toBe("1.2.3");
    expect((opened.body.view as { callback_id: string }).callback_id).toBe("intake_add");

    mark = h.fake.mark();
    await h.command("add", { user_id: STRANGER });
    const reply = await h.fake.next("/respond", mark);
    expect(messageText(reply.body)).toContain("Only editors can add articles");
    expect(h.fake.since("views.open", mark)).toEqual([]);
  });

  it("takes the members of EDITOR_USERGROUP as editors, asking Slack once a minute at most", async () => {
    const h = await instance(newDatabase(), { EDITORS: "", EDITOR_USERGROUP: "S0EDITORS" });
    h.fake.usergroups.set("S0EDITORS", ["UGROUP"]);
    for (let i = 0; i < 2; i++) {
      const mark = h.fake.mark();
      await h.command("add", { user_id: "UGROUP" });
      await h.fake.next("views.open", mark);
    }
    const mark = h.fake.mark();
    await h.command("add", { user_id: STRANGER });
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain("Only editors can");
    expect(h.fake.count("usergroups.users.list")).toBe(1);
  });

  it("says intake is off when no editors are configured", async () => {
    const h = await instance(newDatabase(), { EDITORS: "" });
    const mark = h.fake.mark();
    await h.command("add", { user_id: EDITOR });
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain("intake is off");
  });

  it("asks for the article when the modal holds neither a file nor text", async () => {
    const h = await instance(newDatabase());
    const response = await h.actionResponse(submission(EDITOR, "intake_add", addValues({})));
    expect(JSON.parse(response.body)).toMatchObject({ response_action: "errors" });
  });

  it("downloads the file with the bot token, drafts it, and posts the review within Block Kit's limits", async () => {
    const h = await instance(newDatabase());
    const review = await draftByFile(h);
    const download = h.fake.callsTo("url_private")[0];
    expect(download?.token).toBe("xoxb-test");
    expect(review.body.channel).toBe(`D${EDITOR}`);
    const blocks = review.body.blocks as unknown[];
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    const text = messageText(review.body);
    expect(text).toContain("States balk at voter data request");
    expect(text).toMatch(/Claims 1–\d+ of \d+/);
    expect(text).toContain("Story:");

    // The same article again: pointed to the draft in review, nothing duplicated.
    const mark = h.fake.mark();
    await h.action(
      submission(EDITOR, "intake_add", addValues({ file: h.fake.addFile("F2", ARTICLE) })),
    );
    const told = await h.fake.next("chat.postMessage", mark);
    expect(messageText(told.body)).toContain("already in review");
    await h.fake.waitFor(
      (c) =>
        c.method === "chat.postMessage" && h.fake.calls.indexOf(c) > h.fake.calls.indexOf(told),
    );
  });

  it("tells the editor when an article is in a language the drafter does not read", async () => {
    const h = await instance(newDatabase());
    const portuguese = readFileSync(
      join(import.meta.dirname, "..", "draft", "articles", "wire-2017-pt.txt"),
    );
    const review = messageText((await draftFile(h, EDITOR, portuguese, "F7")).body);
    expect(review).toContain("This article looks like Portuguese.");
    expect(review).toContain("reads English and Spanish only");
    expect(messageText((await draftByFile(h)).body)).not.toContain("This article looks like");
  });

  it("sends the draft to REVIEW_CHANNEL, or to the editor's DM when the bot cannot post there", async () => {
    const h = await instance(newDatabase(), { REVIEW_CHANNEL: "CREVIEW" });
    expect((await draftByFile(h)).body.channel).toBe("CREVIEW");
    const other = await instance(newDatabase(), { REVIEW_CHANNEL: "CREVIEW" });
    other.fake.fail("chat.postMessage", { body: { ok: false, error: "channel_not_found" } });
    const mark = other.fake.mark();
    const file = other.fake.addFile("F9", ARTICLE, "wire.txt");
    await other.action(submission(EDITOR, "intake_add", addValues({ file })));
    const review = await other.fake.waitFor(
      (c) =>
        c.method === "chat.postMessage" &&
        other.fake.calls.indexOf(c) >= mark &&
        c.body.channel === `D${EDITOR}`,
    );
    expect(messageText(review.body)).toMatch(/Claims 1–\d+ of \d+/);
  });

  it("refuses a non-editor at every step and changes nothing", async () => {
    const h = await instance(newDatabase());
    let mark = h.fake.mark();
    await h.action(submission(STRANGER, "intake_add", addValues({ text: "Ohio said no." })));
    expect(messageText((await h.fake.next("chat.postMessage", mark)).body)).toContain(
      "Only editors can add articles",
    );
    const review = await draftByFile(h);
    const draftId = buttonValue(review, INTAKE_ACTION.publish);
    for (const action of [
      { type: "button", action_id: INTAKE_ACTION.approve, value: `${draftId}|0` },
      { type: "button", action_id: INTAKE_ACTION.publish, value: draftId },
    ]) {
      mark = h.fake.mark();
      await h.action(click(h, STRANGER, review, action));
      expect(messageText((await h.fake.next("/respond", mark)).body)).toMatch(/Only editors can/);
      expect(h.fake.since("chat.update", mark)).toEqual([]);
    }
    mark = h.fake.mark();
    await h.command("retract 001_0123456789abcdef OH wrong", { user_id: STRANGER });
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain(
      "Only editors can retract claims",
    );
    mark = h.fake.mark();
    await h.command("history Ohio", { user_id: STRANGER });
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain("Only editors can");
    // Refused before the state is even read: a non-editor learns nothing from a typo.
    mark = h.fake.mark();
    await h.command("history Atlantis", { user_id: STRANGER });
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain("Only editors can");
  });

  it("publishes what an editor approved; another instance answers with it within seconds; retract takes it back", async () => {
    const database = newDatabase();
    const a = await instance(database);
    const b = await instance(database);
    const review = await draftByFile(a);
    const draftId = buttonValue(review, INTAKE_ACTION.publish);
    const row = await a.runtime.deps.store.intakeDraft(draftId);
    const draft = Draft.parse(JSON.parse(row?.draft ?? "{}"));
    const index = draft.claims.findIndex((c) => c.quote !== null);
    const claim = draft.claims[index];
    if (!claim?.quote) throw new Error("the fixture drafts a quoted claim");
    const state = claim.state;
    const quoteStart = claim.quote.text.slice(0, 30);

    const before = a.fake.mark();
    await a.command(state, { user_id: "U2", response_url: a.fake.responseUrl("before") });
    expect(messageText((await a.fake.next("/respond/before", before)).body)).not.toContain(
      quoteStart,
    );

    let mark = a.fake.mark();
    await a.action(
      click(a, EDITOR, review, {
        type: "button",
        action_id: INTAKE_ACTION.approve,
        value: `${draftId}|${index}`,
      }),
    );
    const updated = await a.fake.next("chat.update", mark);
    expect(messageText(updated.body)).toContain("approved");

    mark = a.fake.mark();
    const started = Date.now();
    await a.action(
      click(a, EDITOR, review, {
        type: "button",
        action_id: INTAKE_ACTION.publish,
        value: draftId,
      }),
    );
    const summary = await a.fake.next("chat.update", mark);
    expect(messageText(summary.body)).toMatch(/Published \d{3}_[0-9a-f]{16}/);
    expect(messageText(summary.body)).toContain(
      `${draft.claims[index] && (await stateName(a, state))}:`,
    );
    const sourceId = /Published (\d{3}_[0-9a-f]{16})/.exec(messageText(summary.body))?.[1] ?? "";

    // Another user, on the other instance, sees the new claim.
    let seen = "";
    while (Date.now() - started < 5_000) {
      const m = b.fake.mark();
      await b.command(state, { user_id: "U3", response_url: b.fake.responseUrl("after") });
      seen = messageText((await b.fake.next("/respond/after", m)).body);
      if (seen.includes(quoteStart)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(seen).toContain(quoteStart);

    mark = a.fake.mark();
    await a.command(`retract ${sourceId} ${state} misread the sentence`, { user_id: EDITOR });
    expect(messageText((await a.fake.next("/respond", mark)).body)).toContain("Retracted");
    mark = a.fake.mark();
    await a.command(state, { user_id: "U2", response_url: a.fake.responseUrl("retracted") });
    expect(messageText((await a.fake.next("/respond/retracted", mark)).body)).not.toContain(
      quoteStart,
    );

    mark = a.fake.mark();
    await a.command(`history ${state}`, { user_id: EDITOR });
    const history = messageText((await a.fake.next("/respond", mark)).body);
    expect(history).toContain("publish by <@UEDITOR>");
    expect(history).toContain("retract by <@UEDITOR>");
  });

  it("publishes once when two editors publish at the same moment, on two instances", async () => {
    const database = newDatabase();
    const a = await instance(database, { EDITORS: `${EDITOR},UOTHER` });
    const b = await instance(database, { EDITORS: `${EDITOR},UOTHER` });
    const review = await draftByFile(a);
    const draftId = buttonValue(review, INTAKE_ACTION.publish);
    const mark = a.fake.mark();
    await a.action(
      click(a, EDITOR, review, {
        type: "button",
        action_id: INTAKE_ACTION.approve,
        value: `${draftId}|0`,
      }),
    );
    await a.fake.next("chat.update", mark);
    const publish = (h: Harness, who: string, id: string) =>
      h.action(
        click(
          h,
          who,
          review,
          { type: "button", action_id: INTAKE_ACTION.publish, value: draftId },
          id,
        ),
      );
    const m2 = a.fake.mark();
    await Promise.all([publish(a, EDITOR, "pa"), publish(b, "UOTHER", "pb")]);
    await a.fake.next("chat.update", m2);
    await a.fake.next("/respond/p", m2);
    expect(
      a.fake.since("chat.update", m2).filter((c) => messageText(c.body).includes("Published")),
    ).toHaveLength(1);
    expect(messageText(a.fake.since("/respond/p", m2)[0]?.body ?? {})).toMatch(/published/i);
    expect(await a.runtime.deps.store.publishedSources()).toHaveLength(1);
  });

  it("keeps a draft in review across a restart and publishes it afterwards", async () => {
    const database = newDatabase();
    const first = await instance(database);
    const review = await draftByFile(first);
    const draftId = buttonValue(review, INTAKE_ACTION.publish);
    await first.stop();
    running.splice(running.indexOf(first), 1);
    const again = await instance(database);
    let mark = again.fake.mark();
    await again.action(
      click(again, EDITOR, review, {
        type: "button",
        action_id: INTAKE_ACTION.approve,
        value: `${draftId}|0`,
      }),
    );
    await again.fake.next("chat.update", mark);
    mark = again.fake.mark();
    await again.action(
      click(again, EDITOR, review, {
        type: "button",
        action_id: INTAKE_ACTION.publish,
        value: draftId,
      }),
    );
    expect(messageText((await again.fake.next("chat.update", mark)).body)).toContain("Published");
  });

  it("creates a story from /voterdata story new, for editors only, and a draft can be moved to it", async () => {
    const h = await instance(newDatabase());
    let mark = h.fake.mark();
    await h.command("story new", { user_id: EDITOR });
    const opened = await h.fake.next("views.open", mark);
    expect((opened.body.view as { callback_id: string }).callback_id).toBe("intake_story_new");
    const values = (requested: string) => ({
      title: { value: { type: "plain_text_input", value: "County Audit 2026" } },
      requester: { value: { type: "plain_text_input", value: "Example State Auditor" } },
      requested: { value: { type: "plain_text_input", value: requested } },
      description: {
        value: { type: "plain_text_input", value: "Asked every county for its file." },
      },
    });
    const bad = await h.actionResponse(submission(EDITOR, "intake_story_new", values("March")));
    expect(JSON.parse(bad.body)).toMatchObject({ response_action: "errors" });
    mark = h.fake.mark();
    await h.action(submission(STRANGER, "intake_story_new", values("2026-03")));
    expect(messageText((await h.fake.next("chat.postMessage", mark)).body)).toContain(
      "Only editors can create stories",
    );
    expect(h.runtime.deps.library.current().byId.has("county-audit-2026")).toBe(false);
    mark = h.fake.mark();
    await h.action(submission(EDITOR, "intake_story_new", values("2026-03")));
    expect(messageText((await h.fake.next("chat.postMessage", mark)).body)).toContain(
      "Story county-audit-2026 created",
    );
    expect(h.runtime.deps.library.current().byId.get("county-audit-2026")?.story.title).toBe(
      "County Audit 2026",
    );

    const review = await draftByFile(h);
    const draftId = buttonValue(review, INTAKE_ACTION.publish);
    mark = h.fake.mark();
    await h.action(
      click(h, EDITOR, review, {
        type: "static_select",
        action_id: INTAKE_ACTION.story,
        selected_option: { value: `${draftId}|county-audit-2026` },
      }),
    );
    expect(messageText((await h.fake.next("chat.update", mark)).body)).toContain(
      "*Story:* County Audit 2026",
    );
  });

  it("retracts from the publish summary's button after asking the reason, for editors only", async () => {
    const h = await instance(newDatabase());
    const review = await draftByFile(h);
    const draftId = buttonValue(review, INTAKE_ACTION.publish);
    let mark = h.fake.mark();
    await h.action(
      click(h, EDITOR, review, {
        type: "button",
        action_id: INTAKE_ACTION.approve,
        value: `${draftId}|0`,
      }),
    );
    await h.fake.next("chat.update", mark);
    mark = h.fake.mark();
    await h.action(
      click(h, EDITOR, review, {
        type: "button",
        action_id: INTAKE_ACTION.publish,
        value: draftId,
      }),
    );
    const summary = await h.fake.next("chat.update", mark);
    const value = buttonValue(summary, INTAKE_ACTION.retract);
    expect(value).toMatch(/^\d{3}_[0-9a-f]{16}\|[A-Z]{2}$/);

    mark = h.fake.mark();
    await h.action(
      click(h, STRANGER, summary, { type: "button", action_id: INTAKE_ACTION.retract, value }),
    );
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain(
      "Only editors can retract",
    );
    expect(h.fake.since("views.open", mark)).toEqual([]);

    mark = h.fake.mark();
    await h.action(
      click(h, EDITOR, summary, { type: "button", action_id: INTAKE_ACTION.retract, value }),
    );
    const modal = (await h.fake.next("views.open", mark)).body.view as { private_metadata: string };
    const reason = {
      reason: { value: { type: "plain_text_input", value: "misread the sentence" } },
    };
    mark = h.fake.mark();
    await h.action(submission(EDITOR, "intake_retract_reason", reason, modal.private_metadata));
    expect(messageText((await h.fake.next("chat.postMessage", mark)).body)).toContain("Retracted");
    expect(await h.runtime.deps.store.retractions()).toMatchObject([
      { reason: "misread the sentence", retractedBy: EDITOR },
    ]);
  });

  it("takes a message's attached .txt file as the article with the shortcut", async () => {
    const h = await instance(newDatabase());
    const file = h.fake.addFile("F9", ARTICLE, "story.txt");
    const mark = h.fake.mark();
    await h.action(addShortcut(h, EDITOR, { ts: "1.2", text: "", files: [file] }));
    expect(messageText((await h.fake.next("chat.postMessage", mark)).body)).toContain(
      "Draft for review",
    );
    expect(h.fake.since("url_private", mark)).toHaveLength(1);
  });

  it("takes a message's text as the article with the shortcut", async () => {
    const h = await instance(newDatabase());
    const mark = h.fake.mark();
    await h.action(addShortcut(h, EDITOR, { ts: "1.1", text: ARTICLE.toString("utf8") }));
    const review = await h.fake.next("chat.postMessage", mark);
    expect(messageText(review.body)).toContain("Draft for review");
  });
});

async function stateName(h: Harness, usps: string): Promise<string> {
  return h.runtime.deps.library.current().full.states.get(usps)?.jurisdiction.name ?? usps;
}
