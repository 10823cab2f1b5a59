import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { INTAKE_ACTION } from "../../src/render/review.js";
import type { RecordedCall } from "../../src/testkit/fake-slack.js";
import { type Harness, messageText } from "../helpers/harness.js";
import {
  buttonValue,
  click,
  expectRefusedUnchanged,
  formErrors,
  messageTs,
  openedModal,
  replyTo,
  reviewedDraft,
  submission,
  user,
} from "../helpers/intake-slack.js";

const EDITOR = "UEDITOR";
const STRANGER = "USTRANGER";
/** A made-up article: Vermont answers without a stance word, Ohio's quote has a speaker. */
const ARTICLE = readFileSync(join(import.meta.dirname, "..", "intake", "articles", "repair.txt"));
const TEXT = ARTICLE.toString("utf8");

const running: Harness[] = [];
afterEach(async () => {
  for (const h of running.splice(0)) await h.stop();
});

interface Modal {
  callback_id: string;
  private_metadata: string;
  blocks: {
    type: string;
    block_id?: string;
    element?: {
      options?: Option[];
      option_groups?: { label: { text: string }; options: Option[] }[];
    };
  }[];
}
interface Option {
  text: { text: string };
  value: string;
}

/** The app with one editor, a draft of the article in review under the default story. */
const reviewed = () => reviewedDraft(running, ARTICLE, EDITOR);

const button = (actionId: string, value: string) => ({
  type: "button",
  action_id: actionId,
  value,
});

/** An editor's click on the review (a button or a select): the review message as updated. */
async function press(h: Harness, posted: RecordedCall, action: Record<string, unknown>) {
  const mark = h.fake.mark();
  await h.action(click(h, EDITOR, posted, action));
  return h.fake.next("chat.update", mark);
}

/** Clicks a button of the review and returns the modal Slack was asked to open. */
const openModal = (h: Harness, posted: RecordedCall, actionId: string, value: string) =>
  openedModal<Modal>(h, EDITOR, posted, { type: "button", action_id: actionId, value });

const options = (modal: Modal, blockPrefix: string): Option[] => {
  const block = modal.blocks.find((b) => b.block_id?.startsWith(blockPrefix));
  return [
    ...(block?.element?.options ?? []),
    ...(block?.element?.option_groups ?? []).flatMap((g) => g.options),
  ];
};
const select = (action: string, value: string) => ({
  [action]: { type: "static_select", selected_option: { value } },
});
const typed = (value: string | null) => ({ value: { type: "plain_text_input", value } });

/** The add-claim form's values: state, evidence (a pick or pasted), stance, quote, speaker. */
function claimValues(fields: {
  state: string;
  pick?: { block: string; value: string };
  pasted?: string;
  stance: string;
  quote?: string;
  speaker?: string;
  name?: string;
  role?: string;
  party?: string;
}) {
  return {
    state: select("intake_claim_state", fields.state),
    ...(fields.pick ? { [fields.pick.block]: select("value", fields.pick.value) } : {}),
    evidence: typed(fields.pasted ?? null),
    stance: select("value", fields.stance),
    quote: typed(fields.quote ?? null),
    speaker: fields.speaker
      ? select("value", fields.speaker)
      : { value: { type: "static_select" } },
    name: typed(fields.name ?? null),
    role: typed(fields.role ?? null),
    party: fields.party ? select("value", fields.party) : { value: { type: "static_select" } },
  };
}

const ask = replyTo;

describe("editors repair a draft in Slack", () => {
  it("refuses a non-editor's Add a claim and their form, changes nothing and logs both", async () => {
    const { h, posted, draftId } = await reviewed();
    let mark = h.fake.mark();
    await h.action(
      click(h, STRANGER, posted, {
        type: "button",
        action_id: INTAKE_ACTION.addClaim,
        value: draftId,
      }),
    );
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain(
      "Only editors can repair drafts",
    );
    expect(h.fake.since("views.open", mark)).toEqual([]);

    mark = h.fake.mark();
    const form = claimValues({
      state: "VT",
      pasted: "In Vermont the answer came from elections director Pat Quill",
      stance: "public-only",
    });
    const answer = await h.actionResponse(
      submission(STRANGER, "intake_claim_form", form, JSON.stringify({ draftId }), [
        { type: "input", block_id: "state" },
      ]),
    );
    expect(JSON.parse(answer.body)).toMatchObject({
      response_action: "errors",
      errors: { state: expect.stringContaining("Only editors can repair drafts") },
    });
    await expectRefusedUnchanged(h, draftId, mark, {
      user: STRANGER,
      action: "add-claim",
      times: 2,
    });
  });

  it("refuses evidence and quotes the article does not print, on the form, echoing none of it", async () => {
    const { h, posted, draftId } = await reviewed();
    const modal = await openModal(h, posted, INTAKE_ACTION.addClaim, draftId);
    const hostile = "<!channel> *Vermont* refuses <b>everything</b> & <script>x</script>";
    const mark = h.fake.mark();
    const answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_claim_form",
        claimValues({
          state: "VT",
          pasted: hostile,
          stance: "refuses",
          quote: "They can read our public list like nobody else",
          speaker: "new",
          name: "Pat Quill",
        }),
        modal.private_metadata,
        modal.blocks,
      ),
    );
    const errors = formErrors(answer);
    expect(errors.evidence).toMatch(/not in the article word for word/i);
    expect(errors.quote).toMatch(/the first 7 words match, then word 8 differs/);
    for (const bad of ["<!channel>", "<b>", "*Vermont*", "<script>", "&"]) {
      expect(answer.body).not.toContain(bad);
    }
    expect(await h.runtime.deps.store.repairs(draftId)).toEqual([]);
    expect(h.fake.since("chat.update", mark)).toEqual([]);
  });

  it("adds a claim the drafter missed, with a quote and its speaker: reviewed, published, answered, in history", async () => {
    const { h, posted, draftId, draft } = await reviewed();
    // Should the drafter come to find Vermont, its claim is rejected so the editor's stands alone.
    const found = draft.claims.findIndex((c) => c.state === "VT");
    if (found >= 0) {
      await press(h, posted, button(INTAKE_ACTION.reject, `${draftId}|${found}`));
    }
    const modal = await openModal(h, posted, INTAKE_ACTION.addClaim, draftId);
    expect(options(modal, "state").map((o) => o.value)).toHaveLength(51);

    // Choosing the state narrows the evidence to the sentences that name it.
    let mark = h.fake.mark();
    await h.action({
      type: "block_actions",
      team: { id: "T1", domain: "newsroom" },
      user: user(EDITOR),
      api_app_id: "A1",
      token: "legacy",
      trigger_id: "5.6.7",
      container: { type: "view", view_id: "V1" },
      view: { ...modal, id: "V1", hash: "h1", state: { values: {} } },
      actions: [
        {
          type: "static_select",
          action_id: "intake_claim_state",
          block_id: "state",
          selected_option: { value: "VT" },
          action_ts: "1",
        },
      ],
    });
    const updated = await h.fake.next("views.update", mark);
    expect(updated.body).toMatchObject({ view_id: "V1", hash: "h1" });
    const narrowed = updated.body.view as Modal;
    const picks = options(narrowed, "pick|VT");
    expect(picks.length).toBeGreaterThan(0);
    for (const p of picks) expect(p.text.text).toMatch(/Vermont/);
    const pick = picks.find((p) => p.text.text.startsWith("In Vermont")) as Option;

    mark = h.fake.mark();
    const quote = "They can read our public list like anybody else,\n and that is all they get";
    const answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_claim_form",
        claimValues({
          state: "VT",
          pick: { block: "pick|VT", value: pick.value },
          stance: "public-only",
          quote,
          speaker: "new",
          name: "Pat Quill",
          role: "elections director",
          party: "D",
        }),
        narrowed.private_metadata,
        narrowed.blocks,
      ),
    );
    expect(answer.body).not.toContain("errors");
    const review = messageText((await h.fake.next("chat.update", mark)).body);
    expect(review).toContain("VT");
    expect(review).toContain("Added by <@UEDITOR>");
    expect(review).toContain("Pat Quill");

    // Kept as the article's own words: its slice, at its offsets.
    const [repair] = await h.runtime.deps.store.repairs(draftId);
    const added = JSON.parse(repair?.repair ?? "{}").claim;
    expect(TEXT.slice(added.evidenceSpan.start, added.evidenceSpan.end)).toBe(added.evidence);
    expect(TEXT.slice(added.quote.start, added.quote.end)).toBe(added.quote.text);
    expect(added.quote.text).toBe(
      "They can read our public list like anybody else, and that is all they get",
    );
    expect(added).toMatchObject({ confidence: 1, why: "added by UEDITOR" });

    expect(await ask(h, "Vermont")).not.toContain("They can read our public list");
    const summary = messageText(
      (await press(h, posted, button(INTAKE_ACTION.publish, draftId))).body,
    );
    expect(summary).toMatch(/Published \d{3}_[0-9a-f]{16}/);
    expect(summary).toContain("Vermont");
    expect(await ask(h, "Vermont")).toContain("They can read our public list like anybody else");
    const history = await ask(h, "history Vermont", EDITOR);
    expect(history).toContain("claim added by <@UEDITOR>");
    expect(history).toContain("publish by <@UEDITOR>");
  });

  it("gives a drafted quote another speaker: shown in the review, published, in history", async () => {
    const { h, posted, draftId, draft } = await reviewed();
    const index = draft.claims.findIndex((c) => c.quote?.speaker);
    const claim = draft.claims[index];
    if (!claim?.quote?.speaker) throw new Error("the article drafts a quoted claim with a speaker");
    const before = claim.quote.speaker;
    const value = `${draftId}|${index}`;
    expect(buttonValue(posted, INTAKE_ACTION.quote)).toMatch(/\|\d+$/);

    let mark = h.fake.mark();
    await h.action(
      click(h, STRANGER, posted, { type: "button", action_id: INTAKE_ACTION.quote, value }),
    );
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain("Only editors");
    expect(h.fake.since("views.open", mark)).toEqual([]);

    const modal = await openModal(h, posted, INTAKE_ACTION.quote, value);
    const speakers = options(modal, "speaker");
    const other = speakers.find((o) => o.text.text.startsWith("Mark Olin")) as Option;
    expect(other).toBeDefined();

    // Someone the article does not name is refused on the form.
    let answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_speaker_form",
        { speaker: select("value", "new"), name: typed("Nobody McInvented") },
        modal.private_metadata,
        modal.blocks,
      ),
    );
    expect(JSON.parse(answer.body).errors.name).toMatch(/does not print this name/);

    mark = h.fake.mark();
    answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_speaker_form",
        { speaker: select("value", other.value) },
        modal.private_metadata,
        modal.blocks,
      ),
    );
    expect(answer.body).not.toContain("errors");
    const review = messageText((await h.fake.next("chat.update", mark)).body);
    expect(review).toContain(`Speaker changed by <@UEDITOR> from ${before} to Mark Olin`);
    expect(review).toContain("— Mark Olin");

    await press(h, posted, button(INTAKE_ACTION.approve, value));
    const published = await press(h, posted, button(INTAKE_ACTION.publish, draftId));
    expect(messageText(published.body)).toContain("Published");
    const [source] = await h.runtime.deps.store.publishedSources();
    const entries = JSON.parse(source?.entries ?? "{}");
    expect(entries.people.map((p: { name: string }) => p.name)).toContain("Mark Olin");
    expect(entries.people.map((p: { name: string }) => p.name)).not.toContain(before);
    const state = h.runtime.deps.library.current().full.states.get(claim.state);
    expect(await ask(h, state?.jurisdiction.name ?? claim.state)).toContain("Mark Olin");
    const history = await ask(h, `history ${claim.state}`, EDITOR);
    expect(history).toContain(`speaker changed by <@UEDITOR> from ${before} to Mark Olin`);
  });

  it("changes a drafted claim's evidence to another sentence of the article", async () => {
    const { h, posted, draftId, draft } = await reviewed();
    const index = draft.claims.findIndex((c) => c.state === "OH");
    if (index < 0) throw new Error("the article drafts Ohio");
    const value = `${draftId}|${index}`;
    const modal = await openModal(h, posted, INTAKE_ACTION.changeEvidence, value);
    const other = options(modal, "pick|OH").find((o) => o.text.text.startsWith("Mark Olin"));
    if (!other) throw new Error("Ohio is named in another sentence");
    const mark = h.fake.mark();
    const answer = await h.actionResponse(
      submission(
        EDITOR,
        "intake_evidence_form",
        { "pick|OH": select("value", other.value), evidence: typed(null) },
        modal.private_metadata,
        modal.blocks,
      ),
    );
    expect(answer.body).not.toContain("errors");
    const update = await h.fake.next("chat.update", mark);
    expect(update.body.ts).toBe(messageTs(posted));
    const review = messageText(update.body);
    expect(review).toContain("Evidence changed by <@UEDITOR>");
    expect(review).toContain(">Mark Olin, Ohio's deputy secretary of state");
    expect(await ask(h, "history Ohio", EDITOR)).toContain("evidence changed by <@UEDITOR>");
  });
});
