import type { Digest } from "../digest/model.js";
import { STANCE_SHORT, type Stance } from "../domain/stance.js";
import { bold, type Card, type Element, text } from "./card.js";
import { changeTitle } from "./changes-card.js";
import { currencyText, formatDate, type StanceLabels, sourceLabel, stanceLabel } from "./format.js";
import { tallyLine } from "./list-card.js";

/** New claims and quotes listed by name before the rest are only counted. */
const MAX_NEW_LISTED = 15;

export function digestCard(digest: Digest, command = "/voterdata", trackerUrl?: string): Card {
  const labels = digest.story?.labels ?? {};
  const elements: Element[] = [
    { type: "header", text: `VoterData digest · ${formatDate(digest.localDate)}` },
  ];
  const tally = digest.tally
    .filter((t) => t.states.length > 0)
    .flatMap((t) => [
      "\n",
      bold(`${shortLabel(t.stance, labels)} (${t.states.length}):`),
      ` ${t.states.map((s) => s.usps).join(", ")}`,
    ]);
  const counts = tallyLine(
    {
      settled: digest.tally.map((t) => ({ stance: t.stance, count: t.states.length })),
      disputed: digest.conflicts.length,
    },
    labels,
  );
  elements.push(text(bold("Where the states stand:"), ` ${counts}`, ...tally));
  if (digest.conflicts.length > 0) {
    elements.push(
      text(
        bold(`Sources disagree (${digest.conflicts.length}):`),
        ` ${digest.conflicts.map((s) => `${s.name} (${s.sides.map((side) => stanceLabel(side, labels)).join(" vs. ")})`).join("; ")}. Run ${command} <state> to see both sides.`,
      ),
    );
  }
  elements.push(...whatIsNew(digest));
  const context = [currencyText(digest) ?? "Sources' dates not stated"];
  if (digest.story) context.unshift(`Story: ${digest.story.title}`);
  context.push(
    `${digest.counts.sources} articles, ${digest.counts.claims} claims, ${digest.counts.quotes} quotes`,
  );
  if (trackerUrl) context.push(`Every state, with its sources: ${trackerUrl}`);
  elements.push({ type: "context", items: context });
  return { summary: `VoterData digest for ${formatDate(digest.localDate)}: ${counts}`, elements };
}

function whatIsNew(digest: Digest): Element[] {
  const labels = digest.story?.labels ?? {};
  if (digest.firstDigest && digest.sources.length === 0) {
    return [
      text(bold("First digest."), " No article in this story yet: every state shows no report."),
    ];
  }
  if (digest.firstDigest) {
    return [
      text(
        bold("First digest."),
        ` From here on, new articles, claims and quotes are listed here. The dataset's articles:\n`,
        digest.sources.map((s) => `• ${sourceLabel(s)} [${s.id}]`).join("\n"),
      ),
    ];
  }
  const since = digest.previousDate ? ` (${formatDate(digest.previousDate)})` : "";
  const nothing =
    digest.newSources.length +
      digest.newClaims.length +
      digest.newQuotes.length +
      digest.corrections.length +
      digest.changes.length ===
    0;
  if (nothing) return [text(bold(`New since the last digest${since}:`), " nothing.")];
  const lines: string[] = [];
  if (digest.changes.length > 0) {
    const listed = digest.changes.slice(0, MAX_NEW_LISTED).map((c) => changeTitle(c, labels));
    lines.push(
      `• What changed (${digest.changes.length}): ${listed.join("; ")}${more(digest.changes.length)}`,
    );
  }
  for (const s of digest.newSources) lines.push(`• New article: ${sourceLabel(s)} [${s.id}]`);
  if (digest.newClaims.length > 0) {
    const listed = digest.newClaims
      .slice(0, MAX_NEW_LISTED)
      .map((c) => `${c.state.name}: ${stanceLabel(c.stance, labels)} (${sourceLabel(c.source)})`);
    lines.push(
      `• New claims (${digest.newClaims.length}): ${listed.join("; ")}${more(digest.newClaims.length)}`,
    );
  }
  if (digest.newQuotes.length > 0) {
    const listed = digest.newQuotes
      .slice(0, MAX_NEW_LISTED)
      .map((q) => `${q.speaker} (${sourceLabel(q.source)})`);
    lines.push(
      `• New quotes (${digest.newQuotes.length}): ${listed.join("; ")}${more(digest.newQuotes.length)}`,
    );
  }
  if (digest.corrections.length > 0) {
    const listed = digest.corrections.map(
      (c) =>
        `${c.state.name}: the claim from ${c.source ? sourceLabel(c.source) : c.sourceId} was retracted (${c.reason})`,
    );
    lines.push(`• Corrections (${digest.corrections.length}): ${listed.join("; ")}`);
  }
  return [text(bold(`New since the last digest${since}:`), `\n${lines.join("\n")}`)];
}

function more(count: number): string {
  return count > MAX_NEW_LISTED ? `; and ${count - MAX_NEW_LISTED} more` : "";
}

/** "Refuses", or the story's own word for it, capitalised ("Declined"). */
function shortLabel(stance: Stance, labels: StanceLabels): string {
  const own = labels[stance];
  return own ? own.charAt(0).toUpperCase() + own.slice(1) : STANCE_SHORT[stance];
}
