import { STANCES, type Stance } from "../domain/stance.js";
import type { StateChange } from "../intake/changes.js";
import type { HistoryLine } from "../intake/history.js";
import type { ReviewClaim, ReviewModel } from "../intake/review-model.js";
import { type Block, escapeSlack, LIMITS, type SlackMessage, userMention } from "./blocks.js";
import { stanceLabel, standing, truncate, unreadNote } from "./format.js";
import { pageProvenance } from "./provenance.js";
import { INTAKE_ACTION } from "./review-ids.js";

export type { StoryChoice } from "../intake/review-model.js";

export { INTAKE_ACTION };

/** Claims per page: two blocks each, well inside a message's 50 blocks. */
export const REVIEW_PAGE_SIZE = 10;

const plain = (text: string, max: number = LIMITS.buttonText) => ({
  type: "plain_text",
  text: truncate(text, max),
  emoji: false,
});
const section = (text: string): Block => ({
  type: "section",
  text: { type: "mrkdwn", text: truncate(text, LIMITS.sectionText), verbatim: true },
});
const context = (text: string): Block => ({
  type: "context",
  elements: [{ type: "mrkdwn", text: truncate(text, LIMITS.contextText), verbatim: true }],
});
const option = (text: string, value: string) => ({ text: plain(text, 75), value });
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const quoted = (text: string, max: number) =>
  truncate(escapeSlack(oneLine(text)), max)
    .split("\n")
    .map((line) => `>${line}`)
    .join("\n");

/** The pages a draft's claims take, at least one. */
export const reviewPages = (claims: number) => Math.max(1, Math.ceil(claims / REVIEW_PAGE_SIZE));

/** The page of the review that shows a claim (claims are shown in review order). */
export function pageOfClaim(review: ReviewModel, index: number): number {
  const at = review.claims.findIndex((c) => c.index === index);
  return Math.max(0, Math.floor(at / REVIEW_PAGE_SIZE));
}

/**
 * A draft in review, one page of its claims: the source line, the story it will be published
 * under, the new people, then each claim with its stance select, Approve / Reject and the repair
 * buttons, low-confidence claims first and marked; paging, "Add a claim" and "Publish approved"
 * at the end. Every claim is on some page, and the page says which.
 */
export function reviewMessage(review: ReviewModel, page = 0): SlackMessage {
  const { claims, source } = review;
  const pages = reviewPages(claims.length);
  const current = Math.min(Math.max(page, 0), pages - 1);
  const shown = claims.slice(current * REVIEW_PAGE_SIZE, (current + 1) * REVIEW_PAGE_SIZE);
  const sourceLine = [
    source.outlet ?? "Outlet not stated",
    datesOf(source),
    source.headline ?? "headline not stated",
    source.author ? `by ${source.author}` : "author not stated",
  ]
    .map((part) => escapeSlack(oneLine(part)))
    .join(" · ");
  const blocks: Block[] = [
    {
      type: "header",
      text: plain(`Draft for review: ${source.headline ?? "an article"}`, LIMITS.headerText),
    },
    {
      ...section(
        `*Source:* ${sourceLine}${source.url ? `\n${escapeSlack(source.url)}` : ""}${pageProvenance(review.page, review.corrected)}\nHanded over by ${userMention(review.handedOverBy)}.`,
      ),
      accessory: button("Edit source", INTAKE_ACTION.editSource, review.draftId),
    },
    storyBlock(review),
  ];
  if (review.language)
    blocks.push(section(`:warning: ${escapeSlack(unreadNote(review.language))}`));
  if (review.newPeople.length > 0) {
    const lines = review.newPeople.map(
      (p) =>
        `• ${escapeSlack(p.name)}, ${escapeSlack(p.role ?? "role not stated")}${p.state ? `, ${p.state}` : ""}${p.party ? ` (${p.party}, stated: “${escapeSlack(p.partyEvidence ?? "")}”)` : ""}`,
    );
    blocks.push(
      section(
        `*New people* (published with the claims that quote them; check role and party):\n${lines.join("\n")}`,
      ),
    );
  }
  if (review.otherStory.length > 0) {
    const lines = review.otherStory.map(
      (o) =>
        `• ${o.state} · about ${escapeSlack(o.story ?? "another story")}: ${stanceLabel(o.stance)}, “${truncate(escapeSlack(oneLine(o.evidence)), 200)}” (${escapeSlack(o.why)})`,
    );
    blocks.push(
      section(`*About another story* (not published under this one):\n${lines.join("\n")}`),
    );
  }
  const count = (d: string) => claims.filter((c) => c.decision === d).length;
  const low = claims.filter((c) => c.low).length;
  const range =
    claims.length === 0
      ? "No claims drafted"
      : `Claims ${current * REVIEW_PAGE_SIZE + 1}–${current * REVIEW_PAGE_SIZE + shown.length} of ${claims.length}`;
  blocks.push(
    context(
      `${range} · ${count("approved")} approved · ${count("rejected")} rejected · ${count("pending")} to review${low ? ` · ${low} low-confidence first` : ""}`,
    ),
  );
  for (const claim of shown) blocks.push(...claimBlocks(review, claim));
  const nav: Block[] = [];
  if (current > 0) {
    nav.push(button("← Previous", INTAKE_ACTION.page, `${review.draftId}|${current - 1}`));
  }
  if (current < pages - 1) {
    nav.push(button("Next →", INTAKE_ACTION.page, `${review.draftId}|${current + 1}`));
  }
  nav.push(button("Add a claim", INTAKE_ACTION.addClaim, review.draftId));
  nav.push({
    ...button("Publish approved", INTAKE_ACTION.publish, review.draftId),
    style: "primary",
    confirm: {
      title: plain("Publish?"),
      text: plain(`${count("approved")} approved claim(s) go live in every answer at once.`, 300),
      confirm: plain("Publish"),
      deny: plain("Not yet"),
    },
  });
  blocks.push({ type: "actions", block_id: `nav|${current}`, elements: nav });
  return {
    text: truncate(
      `Draft for review: ${escapeSlack(source.headline ?? "an article")} (${claims.length} claims)`,
      LIMITS.fallbackText,
    ),
    blocks,
  };
}

/** "2017-06-30, updated 2017-07-05"; "date not stated" when the source states neither. */
function datesOf(source: ReviewModel["source"]): string {
  const { published, updated } = source;
  if (!published) return updated ? `updated ${updated}` : "date not stated";
  return updated && updated !== published ? `${published}, updated ${updated}` : published;
}

function storyBlock(review: ReviewModel): Block {
  const { chosen, proposed, why } = review.story;
  const proposal = proposed
    ? `proposed: ${escapeSlack(proposed)} (${escapeSlack(why)})`
    : `the drafter ${escapeSlack(why)}`;
  const text = chosen
    ? `*Story:* ${escapeSlack(chosen.title)} · ${proposal}`
    : `*Story:* not set; ${proposal}. Choose one before publishing.`;
  const options = review.stories
    .slice(0, 100)
    .map((s) => option(s.title, `${review.draftId}|${s.id}`));
  return {
    type: "section",
    block_id: "story",
    text: { type: "mrkdwn", text: truncate(text, LIMITS.sectionText), verbatim: true },
    ...(options.length
      ? {
          accessory: {
            type: "static_select",
            action_id: INTAKE_ACTION.story,
            placeholder: plain("Choose the story"),
            options,
            ...(chosen
              ? { initial_option: option(chosen.title, `${review.draftId}|${chosen.id}`) }
              : {}),
          },
        }
      : {}),
  };
}

/** ":warning: low confidence (0.45): why" — the drafter's doubt, where it is in doubt. */
function lowConfidenceLine(claim: Pick<ReviewClaim, "confidence" | "why">): string {
  return `:warning: *low confidence (${claim.confidence.toFixed(2)}):* “${truncate(escapeSlack(claim.why), 300)}”`;
}

function claimBlocks(review: ReviewModel, claim: ReviewClaim): Block[] {
  const { draftId, labels } = review;
  const { index, decision, stance } = claim;
  const mark =
    decision === "approved" ? "✅ approved" : decision === "rejected" ? "❌ rejected" : "to review";
  const changed =
    claim.drafted && stance !== claim.drafted
      ? ` (drafted as ${stanceLabel(claim.drafted, labels)})`
      : "";
  const lines = [
    `*${index + 1}. ${claim.state}* · *${stanceLabel(stance, labels)}*${changed} · ${mark}`,
  ];
  if (claim.low) lines.push(lowConfidenceLine(claim));
  lines.push(quoted(claim.evidence, 1_200));
  if (claim.quote) {
    lines.push(
      `Quote: “${truncate(escapeSlack(claim.quote.text), 800)}” — ${escapeSlack(claim.quote.speaker ?? "speaker not found")}`,
    );
  }
  for (const change of claim.changes) {
    lines.push(claimChangeLine(change));
  }
  if (claim.addedBy) lines.push(`_Added by ${userMention(claim.addedBy)}._`);
  else if (!claim.low) {
    lines.push(
      `_Why:_ “${truncate(escapeSlack(claim.why), 300)}” · confidence ${claim.confidence.toFixed(2)}${claim.fromList ? " · from a list sentence" : ""}`,
    );
  } else if (claim.fromList) lines.push("_From a list sentence._");
  const stanceOption = (s: Stance) => option(stanceLabel(s, labels), `${draftId}|${index}|${s}`);
  const value = `${draftId}|${index}`;
  return [
    section(lines.join("\n")),
    {
      type: "actions",
      block_id: `claim|${index}`,
      elements: [
        {
          type: "static_select",
          action_id: INTAKE_ACTION.stance,
          options: STANCES.map(stanceOption),
          initial_option: stanceOption(stance),
        },
        { ...button("Approve", INTAKE_ACTION.approve, value), style: "primary" },
        { ...button("Reject", INTAKE_ACTION.reject, value), style: "danger" },
        button("Quote and speaker", INTAKE_ACTION.quote, value),
        button("Change evidence", INTAKE_ACTION.changeEvidence, value),
      ],
    },
  ];
}

/** A repair shown on its claim: "Quote added by @editor (Jane Doe)." */
function claimChangeLine(change: ReviewClaim["changes"][number]): string {
  const by = userMention(change.by);
  const was = (text: string | null) => `“${truncate(escapeSlack(oneLine(text ?? "")), 200)}”`;
  if (change.what === "speaker") {
    return `_Speaker changed by ${by} from ${escapeSlack(change.from ?? "nobody")} to ${escapeSlack(change.to)}._`;
  }
  if (change.what === "unquote") {
    return `_Quote removed by ${by}; it was ${was(change.from)} (${escapeSlack(change.to)})._`;
  }
  if (change.what === "quote") {
    return change.from === null
      ? `_Quote added by ${by} (${escapeSlack(change.to)})._`
      : `_Quote replaced by ${by} (${escapeSlack(change.to)}); it was ${was(change.from)}._`;
  }
  return `_Evidence changed by ${by}; it was ${was(change.from)}._`;
}

function button(text: string, actionId: string, value: string): Block {
  return { type: "button", action_id: actionId, text: plain(text), value };
}

/** "Ohio: public data only → sources disagree (public data only vs. refuses)". */
export function changeLine(change: StateChange): string {
  const before = standing(change.before.stance, change.before.sides);
  const after = standing(change.after.stance, change.after.sides);
  if (before === after) {
    const sources = change.after.claims - change.before.claims;
    const note = sources > 0 ? "one more source" : sources < 0 ? "one source fewer" : "unchanged";
    return `${change.name}: ${after} (${note})`;
  }
  return `${change.name}: ${before} → ${after}`;
}

/** After a publish: what changed for readers, with a Retract button per claim. */
export function publishedMessage(
  result: { sourceId: string; story: string; claims: number; changes: StateChange[] },
  user: string,
): SlackMessage {
  const lines = result.changes.map((c) => `• ${escapeSlack(changeLine(c))}`);
  const blocks: Block[] = [
    { type: "header", text: plain(`Published ${result.sourceId}`, LIMITS.headerText) },
    section(
      `${userMention(user)} published ${result.claims} claim(s) under ${escapeSlack(result.story)}. What readers now see:\n${lines.join("\n")}`,
    ),
  ];
  const buttons = result.changes.map((c) =>
    button(`Retract ${c.state}`, INTAKE_ACTION.retract, `${result.sourceId}|${c.state}`),
  );
  for (
    let i = 0;
    i < buttons.length && blocks.length < LIMITS.blocks - 1;
    i += LIMITS.actionsElements
  ) {
    blocks.push({ type: "actions", elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  blocks.push(
    context(
      `Retract a claim with a reason here or with /voterdata retract ${result.sourceId} <state> <reason>.`,
    ),
  );
  return {
    text: truncate(
      `Published ${result.sourceId}: ${lines.length} state(s) changed for readers`,
      LIMITS.fallbackText,
    ),
    blocks,
  };
}

/** After a retraction: what readers see now. */
export function retractedMessage(result: {
  sourceId: string;
  state: string;
  changes: StateChange[];
}): SlackMessage {
  const lines = result.changes.map((c) => `• ${escapeSlack(changeLine(c))}`);
  const text = `Retracted the ${result.state} claim of ${result.sourceId}. Answers no longer carry it; the history and the next digest list the correction.\n${lines.join("\n")}`;
  return {
    text: truncate(escapeSlack(text), LIMITS.fallbackText),
    blocks: [section(escapeSlack(text))],
  };
}

/** `/voterdata history <state>`: who did what, newest first. */
export function historyMessage(stateName: string, entries: readonly HistoryLine[]): SlackMessage {
  if (entries.length === 0) {
    const text = `No editor has changed ${stateName} from Slack yet.`;
    return { text, blocks: [section(escapeSlack(text))] };
  }
  const lines = entries.map(
    (e) =>
      `• ${escapeSlack(e.at.slice(0, 16).replace("T", " "))} UTC · ${escapeSlack(e.what)} by ${userMention(e.user)}${e.how ? `${e.how.startsWith(":") ? "" : " "}${escapeSlack(truncate(e.how, 300))}` : ""}${e.subject ? ` · ${escapeSlack(e.subject)}` : ""}${e.detail ? ` · ${escapeSlack(truncate(e.detail, 200))}` : ""}`,
  );
  const blocks: Block[] = [
    { type: "header", text: plain(`History: ${stateName}`, LIMITS.headerText) },
  ];
  for (let i = 0; i < lines.length && blocks.length < LIMITS.blocks; i += 15) {
    blocks.push(section(lines.slice(i, i + 15).join("\n")));
  }
  return { text: `History of ${stateName}: ${entries.length} entries`, blocks };
}

/** Why a publish was refused: every problem, naming the claim. */
export function problemsMessage(problems: readonly string[]): SlackMessage {
  const text = `Nothing was published: the dataset's checks failed.\n${problems.map((p) => `• ${p}`).join("\n")}`;
  return {
    text: truncate(escapeSlack(text), LIMITS.fallbackText),
    blocks: [section(escapeSlack(text))],
  };
}
