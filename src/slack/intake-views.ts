import type { types, ViewStateValue } from "@slack/bolt";
import type { Jurisdiction, Person } from "../domain/dataset.js";
import { STANCES, type Stance } from "../domain/stance.js";
import type { DraftPerson, Excerpt } from "../draft/types.js";
import { type FormField, sentencesMatching } from "../intake/repair-form.js";
import type { SourceField } from "../intake/repairs.js";
import type { StoryChoice } from "../intake/review-model.js";
import { SOURCE_LIMITS } from "../intake/source-form.js";
import type { Block } from "../render/blocks.js";
import { stanceLabel } from "../render/format.js";
import { CLAIM_STATE_ACTION, EVIDENCE_OPTIONS_ACTION, INTAKE_VIEW } from "./intake-ids.js";

/**
 * A modal, loosely typed like the project's blocks (tests check the shapes); `asView` hands it to
 * the Web API client, whose types are stricter than the JSON Slack accepts.
 */
export type Modal = Record<string, unknown>;
export const asView = (modal: Modal) => modal as unknown as types.ModalView;

/** The story select's first option: the drafter proposes one from the text. */
export const PROPOSE = "propose";

const plain = (text: string) => ({ type: "plain_text", text, emoji: false });

function input(
  blockId: string,
  label: string,
  element: Record<string, unknown>,
  options: { optional?: boolean; hint?: string } = {},
): Block {
  return {
    type: "input",
    block_id: blockId,
    label: plain(label),
    optional: options.optional ?? false,
    element: { action_id: "value", ...element },
    ...(options.hint ? { hint: plain(options.hint) } : {}),
  };
}

/** `/voterdata add`: the article as a .txt file, pasted text or its link, and what the editor knows. */
export function addArticleModal(stories: readonly StoryChoice[]): Modal {
  const propose = { text: plain("Let VoterData propose"), value: PROPOSE };
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.add,
    title: plain("Add an article"),
    submit: plain("Draft it"),
    close: plain("Cancel"),
    blocks: [
      input(
        "file",
        "The article as a .txt file",
        { type: "file_input", filetypes: ["txt"], max_files: 1 },
        { optional: true, hint: "Plain UTF-8 text, up to 1 MB, unchanged from the outlet." },
      ),
      input(
        "text",
        "…or paste it here",
        { type: "plain_text_input", multiline: true, max_length: 3000 },
        {
          optional: true,
          hint: "Slack holds 3,000 characters here; longer articles come as a file, or as links (one per line) VoterData reads.",
        },
      ),
      input("outlet", "Outlet", { type: "plain_text_input", max_length: 200 }, { optional: true }),
      input(
        "url",
        "URL",
        { type: "url_text_input" },
        { optional: true, hint: "Given alone, VoterData reads the article from this page." },
      ),
      input("date", "Publication date", { type: "datepicker" }, { optional: true }),
      input(
        "story",
        "Story",
        {
          type: "static_select",
          options: [
            propose,
            ...stories
              .slice(0, 99)
              .map((s) => ({ text: plain(s.title.slice(0, 75)), value: s.id })),
          ],
          initial_option: propose,
        },
        { hint: "Start a new story with /voterdata story new." },
      ),
    ],
  };
}

/** The reason for a retraction, asked for before anything changes. */
export function retractModal(sourceId: string, state: string): Modal {
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.retract,
    private_metadata: JSON.stringify({ sourceId, state }),
    title: plain("Retract a claim"),
    submit: plain("Retract"),
    close: plain("Cancel"),
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `Retract the *${state}* claim of ${sourceId}? Answers drop it at once; the history and the next digest keep the correction.`,
        },
      },
      input("reason", "Reason (readers see it in the digest)", {
        type: "plain_text_input",
        multiline: true,
        max_length: 500,
      }),
    ],
  };
}

/** `/voterdata story new`: a story editors can publish articles under. */
export function storyModal(): Modal {
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.story,
    title: plain("New story"),
    submit: plain("Create"),
    close: plain("Cancel"),
    blocks: [
      input("title", "Title", { type: "plain_text_input", max_length: 120 }),
      input("requester", "Who asked the states", { type: "plain_text_input", max_length: 200 }),
      input("requested", "When the request was made", {
        type: "plain_text_input",
        max_length: 10,
        placeholder: plain("YYYY-MM-DD or YYYY-MM"),
      }),
      input("description", "The request, in the newsroom's words", {
        type: "plain_text_input",
        multiline: true,
        max_length: 2000,
      }),
    ],
  };
}

export type ViewValues = Record<string, Record<string, ViewStateValue>>;

/**
 * A modal's submitted values by block id: text, the selected option's value, a date, files, the
 * ticked boxes' values.
 */
export function viewValue(values: ViewValues, block: string): unknown {
  // Each block holds one element: "value" in most forms, a named one where it dispatches actions.
  const fields = values[block];
  const field = (fields?.value ?? Object.values(fields ?? {})[0]) as
    | (ViewStateValue & { files?: unknown[] })
    | undefined;
  if (!field) return undefined;
  if (field.files) return field.files;
  if (field.type === "datepicker") return field.selected_date ?? undefined;
  if (field.type === "static_select" || field.type === "external_select") {
    return field.selected_option?.value ?? undefined;
  }
  if (field.type === "checkboxes") return (field.selected_options ?? []).map((o) => o.value);
  return field.value ?? undefined;
}

/** What the repair forms offer, from the draft in review. */
export interface RepairFormData {
  draftId: string;
  /** The article's sentences that name each state. */
  sentences: ReadonlyMap<string, readonly Excerpt[]>;
  jurisdictions: readonly Jurisdiction[];
  draftPeople: readonly DraftPerson[];
  knownPeople: readonly Person[];
  labels: Partial<Record<Stance, string>>;
}

/** Where the form came from: the draft, the claim, and the review message to update. */
export interface RepairMetadata {
  draftId: string;
  index?: number;
  channel?: string;
  ts?: string;
}

/** Form fields whose block is not named after them (the evidence has two ways in). */
export const REPAIR_BLOCK = {
  pick: "pick",
  pasted: "evidence",
} as const;

const MAX_OPTIONS = 100;
const optionText = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 75 ? `${line.slice(0, 74)}…` : line;
};
const choice = (text: string, value: string) => ({ text: plain(optionText(text)), value });
const note = (text: string): Block => ({
  type: "context",
  elements: [{ type: "plain_text", text: text.slice(0, 2000), emoji: false }],
});

/** What an external select's options request is answered with. */
export type EvidenceOptions =
  | { options: types.Option[] }
  | { option_groups: { label: types.PlainTextElement; options: types.Option[] }[] };

const sentenceValue = (s: Excerpt) => `${s.start}:${s.end}`;
const sentenceOption = (s: Excerpt) => choice(s.text, sentenceValue(s));

/** The sentences the evidence select offers: the state's, or, before one is chosen, every state's. */
function evidenceGroups(data: RepairFormData, state: string | null) {
  return data.jurisdictions
    .filter((j) => state === null || j.usps === state)
    .map((j) => ({ label: j.name, sentences: data.sentences.get(j.usps) ?? [] }))
    .filter((g) => g.sentences.length > 0);
}

/**
 * The options of the evidence select, as an external select asks for them: the sentences holding
 * what the editor typed (at most Slack's 100), grouped by state before a state is chosen.
 */
export function evidenceOptions(
  data: RepairFormData,
  state: string | null,
  typed: string,
): EvidenceOptions {
  let left = MAX_OPTIONS;
  const groups = [];
  for (const g of evidenceGroups(data, state)) {
    const own = sentencesMatching(g.sentences, typed).slice(0, left);
    if (own.length === 0) continue;
    left -= own.length;
    groups.push({ label: plain(g.label), options: own.map(sentenceOption) });
    if (left === 0) break;
  }
  // Loosely typed like the modals: Bolt's option types are stricter than the JSON Slack accepts.
  return (
    state ? { options: groups[0]?.options ?? [] } : { option_groups: groups }
  ) as EvidenceOptions;
}

/**
 * The evidence select: the sentences that name the state, or, before a state is chosen, those
 * that name any state, grouped by state. Where there are more than Slack's 100, the select finds
 * them as the editor types (an external select). Its block id carries the state, so choosing
 * another state clears a sentence chosen for the first.
 */
function evidencePick(data: RepairFormData, state: string | null): Block | null {
  const groups = evidenceGroups(data, state);
  const count = groups.reduce((n, g) => n + g.sentences.length, 0);
  if (count === 0) {
    return state
      ? note("The article names this state in no sentence of its own: paste the evidence below.")
      : null;
  }
  const block = `${REPAIR_BLOCK.pick}|${state ?? "any"}`;
  const label = state
    ? "Evidence: a sentence that names the state"
    : "Evidence: a sentence of the article";
  const hint = state ? undefined : "Choose the state first to see only its sentences.";
  if (count > MAX_OPTIONS) {
    return input(
      block,
      label,
      {
        type: "external_select",
        action_id: EVIDENCE_OPTIONS_ACTION,
        min_query_length: 0,
        placeholder: plain(
          `Type words of the sentence (${count.toLocaleString("en-US")} to search)`,
        ),
      },
      { optional: true, ...(hint ? { hint } : {}) },
    );
  }
  const element = state
    ? { type: "static_select", options: (groups[0]?.sentences ?? []).map(sentenceOption) }
    : {
        type: "static_select",
        option_groups: groups.map((g) => ({
          label: plain(g.label),
          options: g.sentences.map(sentenceOption),
        })),
      };
  return input(block, label, element, { optional: true, ...(hint ? { hint } : {}) });
}

function evidenceBlocks(data: RepairFormData, state: string | null): Block[] {
  const pick = evidencePick(data, state);
  return [
    ...(pick ? [pick] : []),
    input(
      REPAIR_BLOCK.pasted,
      "…or paste the evidence",
      { type: "plain_text_input", multiline: true, max_length: 3000 },
      {
        optional: true,
        hint: "Word for word as the article prints it; spacing and curly quotes may differ.",
      },
    ),
  ];
}

/** The speaker select: the draft's people, the known people (the state's first), or someone new. */
function speakerBlocks(data: RepairFormData, optional: boolean, state: string | null): Block[] {
  const known = [...data.knownPeople].sort(
    (a, b) => Number(b.state === state) - Number(a.state === state),
  );
  const groups = [
    {
      label: plain("In this article"),
      options: data.draftPeople
        .slice(0, MAX_OPTIONS)
        .map((p, i) => choice(`${p.name}${p.role ? `, ${p.role}` : ""}`, `draft:${i}`)),
    },
    {
      label: plain("Known people"),
      options: known
        .slice(0, MAX_OPTIONS)
        .map((p) => choice(`${p.name}, ${p.role}`, `known:${p.id}`)),
    },
    { label: plain("Someone else"), options: [choice("Someone new (name below)", "new")] },
  ].filter((g) => g.options.length > 0);
  return [
    input("speaker", "Speaker", { type: "static_select", option_groups: groups }, { optional }),
    input(
      "name",
      "New person: name",
      { type: "plain_text_input", max_length: 150 },
      { optional: true, hint: "As the article prints it." },
    ),
    input(
      "role",
      "New person: role",
      { type: "plain_text_input", max_length: 200 },
      { optional: true, hint: "As the article prints it, or empty when it states none." },
    ),
    input(
      "party",
      "New person: party",
      {
        type: "static_select",
        options: [choice("Republican", "R"), choice("Democrat", "D")],
      },
      { optional: true, hint: "Only where the article states it next to the name." },
    ),
  ];
}

/** The quote field of "Add a claim" and "Quote and speaker": the official's words, pasted. */
function quoteBlock(optional: boolean, hint: string): Block {
  return input(
    "quote",
    "Quote",
    { type: "plain_text_input", multiline: true, max_length: 3000 },
    { optional, hint },
  );
}

/** "Add a claim": a state the drafter missed, its evidence, stance, and a quote with its speaker. */
export function addClaimModal(
  data: RepairFormData,
  metadata: RepairMetadata,
  state: string | null = null,
): Modal {
  const states = data.jurisdictions.map((j) => choice(j.name, j.usps));
  const chosen = states.find((o) => o.value === state);
  const stanceOption = (s: Stance) => choice(stanceLabel(s, data.labels), s);
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.addClaim,
    private_metadata: JSON.stringify(metadata),
    title: plain("Add a claim"),
    submit: plain("Add"),
    close: plain("Cancel"),
    blocks: [
      {
        type: "input",
        block_id: "state",
        dispatch_action: true,
        label: plain("State"),
        element: {
          type: "static_select",
          action_id: CLAIM_STATE_ACTION,
          options: states,
          ...(chosen ? { initial_option: chosen } : {}),
        },
      },
      ...evidenceBlocks(data, state),
      input("stance", "Stance", { type: "static_select", options: STANCES.map(stanceOption) }),
      quoteBlock(true, "Word for word; give its speaker below."),
      ...speakerBlocks(data, true, state),
    ],
  };
}

/**
 * "Quote and speaker" on a drafted claim: the official's words the drafter missed, with who said
 * them; on a claim with a quote, another speaker for it (words left empty) or other words.
 */
export function quoteModal(
  data: RepairFormData,
  metadata: RepairMetadata,
  claim: { state: string; quote: string | null; speaker: string | null },
): Modal {
  const now = claim.quote
    ? `${claim.state}: “${optionText(claim.quote).slice(0, 300)}” — now ${claim.speaker ?? "nobody"}`
    : `${claim.state}: no quote yet. Paste the official's words as the article prints them, and say who said them.`;
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.speaker,
    private_metadata: JSON.stringify(metadata),
    title: plain("Quote and speaker"),
    submit: plain(claim.quote ? "Change" : "Add"),
    close: plain("Cancel"),
    blocks: [
      note(now),
      quoteBlock(
        claim.quote !== null,
        claim.quote
          ? "Leave empty to keep the quote and change only its speaker. Word for word."
          : "Word for word; spacing and curly quotes may differ.",
      ),
      ...speakerBlocks(data, true, claim.state),
      ...(claim.quote
        ? [
            input(
              "remove",
              "Or take the quote off",
              {
                type: "checkboxes",
                options: [
                  {
                    text: plain("Remove this quote: the claim keeps no quote"),
                    value: "remove",
                  },
                ],
              },
              { optional: true, hint: "For a quote that is not this official's words." },
            ),
          ]
        : []),
    ],
  };
}

/** "Change evidence" on a drafted claim: another sentence of the article. */
export function evidenceModal(
  data: RepairFormData,
  metadata: RepairMetadata,
  claim: { state: string; evidence: string },
): Modal {
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.evidence,
    private_metadata: JSON.stringify(metadata),
    title: plain("Change the evidence"),
    submit: plain("Change"),
    close: plain("Cancel"),
    blocks: [
      note(`${claim.state}, now: “${claim.evidence.replace(/\s+/g, " ").slice(0, 500)}”`),
      ...evidenceBlocks(data, claim.state),
    ],
  };
}

/** The block of a form field, for `response_action: errors`. */
export function repairBlock(field: FormField, values: ViewValues): string {
  if (field !== "evidence") return field;
  const pasted = viewValue(values, REPAIR_BLOCK.pasted);
  const pick = Object.keys(values).find((b) => b.startsWith(`${REPAIR_BLOCK.pick}|`));
  return typeof pasted === "string" && pasted.trim()
    ? REPAIR_BLOCK.pasted
    : (pick ?? REPAIR_BLOCK.pasted);
}

/** Where "Edit source" came from: the draft, and the review message (and its page) to update. */
export interface SourceMetadata {
  draftId: string;
  page: number;
  channel?: string;
  ts?: string;
}

/**
 * "Edit source": the source's fields as they stand, each to correct (block ids are the field
 * names). What the editor changes becomes theirs; an emptied field is "not stated".
 */
export function sourceModal(
  source: Record<SourceField, string | null>,
  metadata: SourceMetadata,
): Modal {
  const text = (field: "outlet" | "headline" | "author", label: string, hint: string) =>
    input(
      field,
      label,
      {
        type: "plain_text_input",
        max_length: SOURCE_LIMITS[field],
        ...(source[field] ? { initial_value: source[field]?.slice(0, SOURCE_LIMITS[field]) } : {}),
      },
      { optional: true, hint },
    );
  const date = (field: "published" | "updated", label: string) =>
    input(
      field,
      label,
      { type: "datepicker", ...(source[field] ? { initial_date: source[field] } : {}) },
      { optional: true },
    );
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.source,
    private_metadata: JSON.stringify(metadata),
    title: plain("Edit the source"),
    submit: plain("Correct"),
    close: plain("Cancel"),
    blocks: [
      note(
        "Correct what the draft read wrong. A field you change is yours: the review and the history say so, and it is published as you give it.",
      ),
      text("outlet", "Outlet", "As the outlet names itself."),
      text("headline", "Headline", "As the article or its page prints it."),
      text("author", "Author", "Empty when the article names nobody."),
      date("published", "Published"),
      date("updated", "Updated"),
      input(
        "url",
        "URL",
        {
          type: "url_text_input",
          ...(source.url ? { initial_value: source.url.slice(0, SOURCE_LIMITS.url) } : {}),
        },
        { optional: true, hint: "The article's own address, http or https." },
      ),
    ],
  };
}
