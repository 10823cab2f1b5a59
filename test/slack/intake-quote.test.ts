import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { INTAKE_ACTION } from "../../src/render/review.js";
import type { RecordedCall } from "../../src/testkit/fake-slack.js";
import { type Harness, messageText } from "../helpers/harness.js";
import {
  click,
  expectRefusedUnchanged,
  formErrors,
  openedModal,
  replyTo,
  reviewedDraft,
  submission,
  user,
} from "../helpers/intake-slack.js";

const EDITOR = "UEDITOR";
const STRANGER = "USTRANGER";
/** A made-up article: Nevada's refusal is drafted, its secretary's words two sentences later are not. */
const ARTICLE = readFileSync(
  join(import.meta.dirname, "..", "intake", "articles", "quote-repair.txt"),
);
const TEXT = ARTICLE.toString("utf8");
const WORDS = "Nevadans trusted us with their details, and we keep them here";

const running: Harness[] = [];
afterEach(async () => {
  for (const h of running.splice(0)) await h.stop();
});

interface Option {
  text: { text: string };
  value: string;
}
interface Modal {
  callback_id: string;
  private_metadata: string;
  title: { text: string };
  blocks: {
    type: string;
    block_id?: string;
    optional?: boolean;
    elements?: { text: string }[];
    element?: {
      type?: string;
      action_id?: string;
      options?: Option[];
      option_groups?: { options: Option[] }[];
    };
  }[];
}

const select = (value: string) => ({
  value: { type: "static_select", selected_option: { value } },
});
const typed = (value: string | null) => ({ value: { type: "plain_text_input", value } });
const none = { value: { type: "static_select" } };
const button = (value: string) => ({ type: "button", action_id: INTAKE_ACTION.quote, value });

/** The "Quote and speaker" form's values: the pasted words and who said them. */
const quoteValues = (quote: string | null, speaker: string | null, name: string | null = null) => ({
  quote: typed(quote),
  speaker: speaker ? select(speaker) : none,
  name: typed(name),
  role: typed(null),
  party: none,
});

/** The draft of the article in review, and its Nevada claim, drafted with no quote. */
async function nevada() {
  const reviewed = await reviewedDraft(running, ARTICLE, EDITOR);
  const index = reviewed.draft.claims.findIndex((c) => c.state === "NV");
  if (index < 0) throw new Error("the article drafts Nevada");
  if (reviewed.draft.claims[index]?.quote) throw new Error("Nevada is drafted with no quote");
  return { ...reviewed, index, value: `${reviewed.draftId}|${index}` };
}

const openQuoteForm = (h: Harness, posted: RecordedCall, value: string) =>
  openedModal<Modal>(h, EDITOR, posted, button(value));

/** Gives the Nevada claim its official's words, said by Corinne Vale; her option on the form. */
async function quoteVale(h: Harness, posted: RecordedCall, value: string): Promise<Option> {
  const modal = await openQuoteForm(h, posted, value);
  const vale = speakers(modal).find((o) => o.text.text.startsWith("Corinne Vale")) as Option;
  const mark = h.fake.mark();
  await h.actionResponse(
    submission(
      EDITOR,
      "intake_speaker_form",
      quoteValues(WORDS, vale.value),
      modal.private_metadata,
      modal.blocks,
    ),
  );
  await h.fake.next("chat.update", mark);
  return vale;
}

/** An editor approves the claim and publishes the draft; the review says so. */
async function approveAndPublish(h: Harness, posted: RecordedCall, value: string, draftId: string) {
  let mark = h.fake.mark();
  await h.action(
    click(h, EDITOR, posted, { type: "button", action_id: INTAKE_ACTION.approve, value }),
  );
  await h.fake.next("chat.update", mark);
  mark = h.fake.mark();
  await h.action(
    click(h, EDITOR, posted, { type: "button", action_id: INTAKE_ACTION.publish, value: draftId }),
  );
  expect(messageText((await h.fake.next("chat.update", mark)).body)).toMatch(/Published/);
}

const speakers = (modal: Modal) =>
  (modal.blocks.find((b) => b.block_id === "speaker")?.element?.option_groups ?? []).flatMap(
    (g) => g.options,
  );

describe("Quote and speaker: an editor gives a drafted claim the official's words", () => {
  it("refuses a non-editor's click and form, changes nothing and logs both", async () => {
    const { h, posted, draftId, value } = await nevada();
    let mark = h.fake.mark();
    await h.action(click(h, STRANGER, posted, button(value)));
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain(
      "Only editors can repair drafts",
    );
    expect(h.fake.since("views.open", mark)).toEqual([]);

    mark = h.fake.mark();
    const [, index] = value.split("|");
    const answer = await h.actionResponse(
      submission(
        STRANGER,
        "intake_speaker_form",
        quoteValues(WORDS, null, "Corinne Vale"),
        JSON.stringify({ draftId, index: Number(index) }),
        [{ type: "input", block_id: "quote" }],
      ),
    );
    expect(JSON.parse(answer.body)).toMatchObject({
      response_action: "errors",
      errors: { quote: expect.stringContaining("Only editors can repair drafts") },
    });
    await expectRefusedUnchanged(h, draftId, mark, { user: STRANGER, action: "quote", times: 2 });
  });

  it("refuses words the article does not print, on the form with the reason, echoing none of them", async () => {
    const { h, posted, draftId, value } = await nevada();
    const modal = await openQuoteForm(h, posted, value);
    expect(modal.title.text).toBe("Quote and speaker");
    // With no quote yet, the words are required.
    expect(modal.blocks.find((b) => b.block_id === "quote")?.optional).toBe(false);
    const vale = speakers(modal).find((o) => o.text.text.startsWith("Corinne Vale")) as Option;
    expect(vale).toBeDefined();

    const mark = h.fake.mark();
    const altered = "Nevadans trusted us with their <!channel> details, and we keep them here";
    let answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_speaker_form",
        quoteValues(altered, vale.value),
        modal.private_metadata,
        modal.blocks,
      ),
    );
    let errors = formErrors(answer);
    expect(errors.quote).toMatch(/not in the article word for word/i);
    expect(errors.quote).toMatch(/the first 5 words match, then word 6 differs/);
    expect(answer.body).not.toContain("<!channel>");
    expect(answer.body).not.toContain("Nevadans");

    // Words with nobody to have said them are refused too: the speaker is asked for.
    answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_speaker_form",
        quoteValues(WORDS, null),
        modal.private_metadata,
        modal.blocks,
      ),
    );
    errors = formErrors(answer);
    expect(errors.speaker).toMatch(/Say who said the quote/);

    expect(await h.runtime.deps.store.repairs(draftId)).toEqual([]);
    expect(h.fake.since("chat.update", mark)).toEqual([]);
  });

  it("attaches the words the drafter missed: shown in the review, published, answered, in history", async () => {
    const { h, posted, draftId, value } = await nevada();
    const modal = await openQuoteForm(h, posted, value);
    const vale = speakers(modal).find((o) => o.text.text.startsWith("Corinne Vale")) as Option;

    const mark = h.fake.mark();
    // Pasted across a line break, with straight quotes: the article's own slice is kept.
    const answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_speaker_form",
        quoteValues("Nevadans trusted us with their details,\n and we keep them here", vale.value),
        modal.private_metadata,
        modal.blocks,
      ),
    );
    expect(answer.body).not.toContain("errors");
    const review = messageText((await h.fake.next("chat.update", mark)).body);
    expect(review).toContain(`Quote: “${WORDS}” — Corinne Vale`);
    expect(review).toContain("Quote added by <@UEDITOR> (Corinne Vale)");

    const [repair] = await h.runtime.deps.store.repairs(draftId);
    const kept = JSON.parse(repair?.repair ?? "{}");
    expect(kept).toMatchObject({ kind: "quote", from: null, quote: { text: WORDS, state: "NV" } });
    expect(TEXT.slice(kept.quote.start, kept.quote.end)).toBe(WORDS);

    // Not for readers until published.
    expect(await replyTo(h, "Nevada")).not.toContain(WORDS);
    await approveAndPublish(h, posted, value, draftId);
    const answered = await replyTo(h, "Nevada");
    expect(answered).toContain(WORDS);
    expect(answered).toContain("Corinne Vale");
    const history = await replyTo(h, "history Nevada", EDITOR);
    expect(history).toContain("quote added by <@UEDITOR> (Corinne Vale)");
    expect(history).toContain("publish by <@UEDITOR>");
    const audit = await h.runtime.deps.store.auditLog();
    expect(audit).toContainEqual(
      expect.objectContaining({ action: "quote", outcome: "ok", user: EDITOR, states: ["NV"] }),
    );
  });

  it("on a claim with a quote, keeps changing only the speaker when no words are pasted", async () => {
    const { h, posted, draftId, value } = await nevada();
    const vale = await quoteVale(h, posted, value);

    // Now it has a quote: the form says so and its words are optional.
    const modal = await openQuoteForm(h, posted, value);
    expect(modal.blocks.find((b) => b.block_id === "quote")?.optional).toBe(true);
    expect(JSON.stringify(modal.blocks)).toContain("now Corinne Vale");
    const mark = h.fake.mark();
    const answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_speaker_form",
        quoteValues(null, vale.value),
        modal.private_metadata,
        modal.blocks,
      ),
    );
    expect(JSON.parse(answer.body).errors.speaker).toMatch(/speaker already/);
    expect(await h.runtime.deps.store.repairs(draftId)).toHaveLength(1);
    expect(h.fake.since("chat.update", mark)).toEqual([]);
  });
});

describe("Quote and speaker: an editor takes a wrong quote off a drafted claim", () => {
  const tick = { value: { type: "checkboxes", selected_options: [{ value: "remove" }] } };

  it("removes it: shown in the review, kept out of what is published, and in history", async () => {
    const { h, posted, draftId, value } = await nevada();
    await quoteVale(h, posted, value);

    // A claim with a quote offers the box; ticking it with new words pasted is refused.
    const modal = await openQuoteForm(h, posted, value);
    expect(modal.blocks.find((b) => b.block_id === "remove")?.element?.type).toBe("checkboxes");
    const mark = h.fake.mark();
    let answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_speaker_form",
        { ...quoteValues(WORDS, null), remove: tick },
        modal.private_metadata,
        modal.blocks,
      ),
    );
    expect(JSON.parse(answer.body).errors.quote).toMatch(/Either remove the quote or paste/);
    expect(await h.runtime.deps.store.repairs(draftId)).toHaveLength(1);

    // A non-editor's ticked form changes nothing.
    answer = await h.actionResponse(
      submission(
        STRANGER,
        "intake_speaker_form",
        { ...quoteValues(null, null), remove: tick },
        modal.private_metadata,
        modal.blocks,
      ),
    );
    expect(JSON.parse(answer.body).errors.quote).toMatch(/Only editors can repair drafts/);
    expect(await h.runtime.deps.store.repairs(draftId)).toHaveLength(1);

    answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_speaker_form",
        { ...quoteValues(null, null), remove: tick },
        modal.private_metadata,
        modal.blocks,
      ),
    );
    expect(answer.body).not.toContain("errors");
    const review = messageText((await h.fake.next("chat.update", mark)).body);
    expect(review).not.toContain(`Quote: “${WORDS}”`);
    expect(review).toContain("Quote removed by <@UEDITOR>");

    await approveAndPublish(h, posted, value, draftId);
    const answered = await replyTo(h, "Nevada");
    expect(answered).not.toContain(WORDS);
    expect(await replyTo(h, "history Nevada", EDITOR)).toContain("quote removed by <@UEDITOR>");
    const audit = await h.runtime.deps.store.auditLog();
    expect(audit).toContainEqual(
      expect.objectContaining({ action: "quote-removed", outcome: "ok", user: EDITOR }),
    );
    expect(audit).toContainEqual(
      expect.objectContaining({ action: "quote", outcome: "refused", user: STRANGER }),
    );
  });
});

/** A made-up article naming Idaho in more sentences than a select can list. */
function longArticle(): Buffer {
  const lines = [
    "Idaho weighs the panel's request, item by item",
    "By Test Writer, Test Gazette",
    "",
  ];
  lines.push("A federal election panel asked every state for its voter file last month.", "");
  for (let n = 1; n <= 120; n++) {
    lines.push(`Idaho clerks in district ${n} sent in their count before the meeting.`);
  }
  lines.push(
    "",
    "Idaho will provide only the publicly available list, the secretary of state said.",
  );
  return Buffer.from(lines.join("\n"));
}

/** Slack asking for the evidence select's options as `userId` types `value`. */
const suggestion = (userId: string, modal: Modal, blockId: string, value: string) => ({
  type: "block_suggestion",
  team: { id: "T1", domain: "newsroom" },
  user: user(userId),
  api_app_id: "A1",
  token: "legacy",
  container: { type: "view", view_id: "V1" },
  view: { ...modal, id: "V1", hash: "h1", type: "modal", state: { values: {} } },
  action_id: "intake_evidence_options",
  block_id: blockId,
  value,
});

describe("the evidence select of a long article", () => {
  it("searches the state's sentences as the editor types, for editors only, and keeps the one chosen", async () => {
    const { h, posted, draftId, draft } = await reviewedDraft(running, longArticle(), EDITOR);
    const index = draft.claims.findIndex((c) => c.state === "ID");
    if (index < 0) throw new Error("the article drafts Idaho");
    const modal = await openedModal<Modal>(h, EDITOR, posted, {
      type: "button",
      action_id: INTAKE_ACTION.changeEvidence,
      value: `${draftId}|${index}`,
    });
    const pick = modal.blocks.find((b) => b.block_id === "pick|ID");
    expect(pick?.element).toMatchObject({
      type: "external_select",
      action_id: "intake_evidence_options",
    });
    expect(pick?.element?.options).toBeUndefined();

    const ask = async (userId: string, typed: string) => {
      const answer = await h.actionResponse(suggestion(userId, modal, "pick|ID", typed));
      expect(answer.status).toBe(200);
      return (JSON.parse(answer.body) as { options: Option[] }).options;
    };
    // Nothing typed: the first 100, Slack's most.
    expect(await ask(EDITOR, "")).toHaveLength(100);
    // Each word typed starts a word of the sentence, in any case and spacing.
    const line = (n: number) =>
      `Idaho clerks in district ${n} sent in their count before the meeting.`;
    const found = await ask(EDITOR, "DISTRICT  11 ");
    expect(found.map((o) => o.text.text)).toEqual(
      [11, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119].map(line),
    );
    expect((await ask(EDITOR, "clerks dist 118 cou")).map((o) => o.text.text)).toEqual([line(118)]);
    expect(await ask(EDITOR, "no such words")).toEqual([]);
    // A non-editor gets nothing, and the attempt is logged.
    expect(await ask(STRANGER, "district")).toEqual([]);
    const refused = (await h.runtime.deps.store.auditLog()).filter(
      (e) => e.user === STRANGER && e.outcome === "refused",
    );
    expect(refused).toHaveLength(1);

    // "Add a claim" searches too, before a state is chosen: every state's sentences, by state.
    const addForm = await openedModal<Modal>(h, EDITOR, posted, {
      type: "button",
      action_id: INTAKE_ACTION.addClaim,
      value: draftId,
    });
    expect(addForm.blocks.find((b) => b.block_id === "pick|any")?.element?.type).toBe(
      "external_select",
    );
    const any = await h.actionResponse(suggestion(EDITOR, addForm, "pick|any", "district 42 "));
    expect(JSON.parse(any.body)).toEqual({
      option_groups: [
        {
          label: expect.objectContaining({ text: "Idaho" }),
          options: [
            expect.objectContaining({
              text: expect.objectContaining({
                text: "Idaho clerks in district 42 sent in their count before the meeting.",
              }),
            }),
          ],
        },
      ],
    });

    // The sentence chosen in the search is the claim's evidence.
    const chosen = (await ask(EDITOR, "district 118")).at(0) as Option;
    const mark = h.fake.mark();
    const answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_evidence_form",
        {
          "pick|ID": {
            [pick?.element?.action_id ?? ""]: {
              type: "external_select",
              selected_option: { value: chosen.value },
            },
          },
          evidence: typed(null),
        },
        modal.private_metadata,
        modal.blocks,
      ),
    );
    expect(answer.body).not.toContain("errors");
    expect(messageText((await h.fake.next("chat.update", mark)).body)).toContain(
      "district 118 sent in",
    );
  });
});
