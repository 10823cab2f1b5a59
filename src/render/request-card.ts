import type { RequestJson } from "../answer/model.js";
import { bold, type Card, text } from "./card.js";
import { type CardOptions, sourceLink } from "./card-parts.js";
import { formatDayOrMonth, quoted, sourceLabel } from "./format.js";

/** "what did the commission ask for": the request, when, and the article that states it. */
export function requestCard(request: RequestJson, options: CardOptions = {}): Card {
  const when = formatDayOrMonth(request.requested);
  const heading = `What the ${request.requester} asked for`;
  const elements: Card["elements"] = [
    { type: "header", text: heading },
    text(bold(`Asked ${when}.`), ` ${request.text}`),
  ];
  if (request.source && request.evidence) {
    elements.push(
      text(
        `${quoted(request.evidence)} — ${sourceLabel(request.source)}`,
        ...sourceLink(options, request.source, ""),
      ),
    );
  } else if (request.sourceNote) {
    elements.push({ type: "context", items: [request.sourceNote] });
  }
  return { summary: `${heading} (${when}): ${request.text}`, elements };
}
