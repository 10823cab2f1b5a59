import type { PublishEvent } from "../changes/publishes.js";
import { bold, type Card, type Element, link, text } from "./card.js";
import { changeTitle } from "./changes-card.js";
import { type StanceLabels, sourceLabel } from "./format.js";

export interface AlertLinks {
  /** The tracker's page for a state, where PUBLIC_URL says where the pages are. */
  state?: (usps: string) => string;
  tracker?: string;
}

/** What the alert says the editor did: "published", "retracted the Ohio claim of". */
function act(event: PublishEvent): string {
  const article = event.source ? sourceLabel(event.source) : `source ${event.sourceId}`;
  const headline = event.headline ? `: “${event.headline}”` : "";
  if (event.kind === "publish") return `An editor published ${article}${headline}.`;
  const state = event.changes.find((c) => c.state === event.state)?.name ?? event.state;
  return `An editor retracted the ${state} claim of ${article}${headline}. Reason: ${event.reason ?? "none given"}.`;
}

/**
 * One alert per publish or retraction that moved an answer: each changed state before → after
 * (linked to its page when the tracker is public), what the editor did, and the tracker.
 */
export function alertCard(
  event: PublishEvent,
  storyTitle: string | null,
  labels: StanceLabels = {},
  links: AlertLinks = {},
): Card {
  const count = event.changes.length;
  const heading = `${count === 1 ? "An answer" : `${count} answers`} changed${storyTitle ? ` · ${storyTitle}` : ""}`;
  const lines = event.changes.flatMap((c, i) => {
    const title = changeTitle(c, labels);
    return [
      ...(i > 0 ? ["\n"] : []),
      "• ",
      links.state ? link(title, links.state(c.state)) : bold(title),
    ];
  });
  const elements: Element[] = [{ type: "header", text: heading }, text(...lines), text(act(event))];
  if (links.tracker) elements.push(text(link("Open the tracker", links.tracker)));
  const summary = `${event.changes.map((c) => changeTitle(c, labels)).join("; ")}`;
  return { summary, elements };
}
