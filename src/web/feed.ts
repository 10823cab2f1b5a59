import escapeHtml from "escape-html";
import { Feed } from "feed";
import type { PublishEvent } from "../changes/publishes.js";
import type { Story } from "../domain/dataset.js";
import { changeTitle } from "../render/changes-card.js";
import { outletName, sourceDateText } from "../render/format.js";
import type { SiteLinks } from "./links.js";
import { SITE_NAME } from "./page.js";
import { respond, type WebResponse } from "./response.js";

/** One story's events with the links and words to show them. */
export interface FeedStory {
  story: Story | null;
  events: PublishEvent[];
  links: SiteLinks;
  /** The newest day the story's sources state, for a feed with no entry yet (else its request's). */
  lastDate: string | null;
}

/** Entries newest first, up to this many: a feed reader wants what is new, not the archive. */
const MAX_ENTRIES = 100;

/**
 * Without PUBLIC_URL the links are root-relative, which Atom allows (a reader resolves them
 * against the feed's own address) but the feed library refuses: they pass through it on this
 * reserved origin, taken off again in the XML.
 */
const PLACEHOLDER = "http://relative.invalid";
const absolute = (href: string) => new URL(href, `${PLACEHOLDER}/`).toString();

/**
 * An Atom 1.0 feed with one entry per publish or retraction that changed an answer: a stable id
 * (the event's own, the same on every instance), the moment of the publish as `updated`, the
 * changes as the title ("Ohio: public data only → sources disagree"), the first changed state's
 * page as the link and every changed state in the content.
 */
export function atomFeed(
  stories: FeedStory[],
  feedInfo: { key: string; self: string; home: string; title: string },
): string {
  const { key, self, home, title } = feedInfo;
  const entries = stories
    .flatMap((s) => s.events.map((event) => ({ ...s, event })))
    .sort((a, b) => (a.event.at < b.event.at ? 1 : a.event.at > b.event.at ? -1 : 0))
    .slice(0, MAX_ENTRIES);
  // Atom needs `updated`: the newest publish, else the newest day a source states, else (stories
  // with no dated article yet) the newest day of their requests, the month's first where only
  // the month is known; never a date no one stated.
  const newestDay = (days: (string | null | undefined)[]) =>
    days
      .filter((d): d is string => typeof d === "string")
      .map((d) => (/^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d))
      .sort()
      .at(-1);
  const day =
    newestDay(stories.map((s) => s.lastDate)) ?? newestDay(stories.map((s) => s.story?.requested));
  const newest = entries[0]?.event.at ?? (day ? `${day}T00:00:00Z` : undefined);
  const feed = new Feed({
    id: `urn:voterdata:feed:${key}`,
    title,
    link: absolute(home),
    feedLinks: { atom: absolute(self) },
    updated: new Date(newest ?? 0),
    author: { name: SITE_NAME },
    generator: SITE_NAME,
    copyright: `Each answer rests on the articles ${SITE_NAME} cites.`,
  });
  for (const { event, story, links } of entries) {
    const labels = story?.labels ?? {};
    const first = event.changes[0];
    feed.addItem({
      id: `urn:voterdata:${event.id}`,
      title: escapeHtml(event.changes.map((c) => changeTitle(c, labels)).join("; ")),
      link: absolute(first ? links.state(first.state) : links.changes()),
      date: new Date(event.at),
      content: entryContent(event, story, links),
    });
  }
  return feed.atom1().replaceAll(`"${PLACEHOLDER}/`, '"/');
}

function entryContent(event: PublishEvent, story: Story | null, links: SiteLinks): string {
  const labels = story?.labels ?? {};
  const items = event.changes.map(
    (c) =>
      `<li><a href="${escapeHtml(links.state(c.state))}">${escapeHtml(changeTitle(c, labels))}</a></li>`,
  );
  const article = event.source
    ? `<a href="${escapeHtml(links.source(event.source.id))}">${escapeHtml(outletName(event.source))}, ${escapeHtml(sourceDateText(event.source))}</a>${event.headline ? `: “${escapeHtml(event.headline)}”` : ""}`
    : escapeHtml(`source ${event.sourceId}`);
  const what =
    event.kind === "publish"
      ? `An editor published ${article}.`
      : `An editor retracted the ${escapeHtml(event.changes.find((c) => c.state === event.state)?.name ?? event.state ?? "")} claim of ${article}. Reason: ${escapeHtml(event.reason ?? "")}`;
  const about = story ? `<p>${escapeHtml(story.title)}</p>` : "";
  return `${about}<ul>${items.join("")}</ul><p>${what}</p>`;
}

export function feedResponse(xml: string): WebResponse {
  return respond(200, "application/atom+xml; charset=utf-8", xml, { "Cache-Control": "no-cache" });
}
