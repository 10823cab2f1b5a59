import type { webApi } from "@slack/bolt";
import type { LinkGiven } from "../intake/link.js";
import type { Actor } from "../intake/service.js";
import type { AppDeps } from "./deps.js";
import { deliverSubmission, postReview, tellEditor } from "./intake-delivery.js";
import { MAX_LINKS } from "./links.js";

/**
 * Drafts each linked article in turn, one review each; what could not be added is told to the
 * editor in one line naming the link. The editor is checked by the intake before each fetch.
 */
export async function deliverLinks(
  deps: AppDeps,
  client: webApi.WebClient,
  actor: Actor,
  links: readonly string[],
  given: LinkGiven = {},
): Promise<void> {
  if (links.length > MAX_LINKS) return tellEditor(client, actor.user, tooManyLinks(links));
  for (const link of links) {
    const result = await deps.intake.submitLink(actor, link, given);
    if (result.kind === "invalid") {
      await tellEditor(client, actor.user, `Nothing was added from ${link}: ${result.message}`);
    } else if (result.kind === "in-review") {
      // Known by its address, perhaps before fetching: not "the same text".
      await tellEditor(
        client,
        actor.user,
        `That article is already in review (${link}); here is its draft again.`,
      );
      await postReview(deps, client, actor, result.review);
    } else await deliverSubmission(deps, client, actor, result);
    // A refused editor is refused for every link: once is enough.
    if (result.kind === "refused") return;
  }
}

/** More links than one request drafts: nothing is fetched. */
export const tooManyLinks = (links: readonly string[]) =>
  `Nothing was added: that is ${links.length} links; give at most ${MAX_LINKS} at once.`;
