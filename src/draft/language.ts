import { franc } from "franc";

/** The languages whose news the drafter's rules are written for (ISO 639-3). */
const READ = new Set(["eng", "spa"]);

// The language shows in the article's opening; a long page's tail adds time, not certainty.
const SAMPLE = 20_000;

const NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/**
 * The article's language when the drafter does not read it ({code: "por", name: "Portuguese"}),
 * so the editor knows why its draft is thin; null for English, Spanish, or text too short to tell.
 * Language identification is franc's (trigram statistics), not ours.
 */
export function unreadLanguage(text: string): { code: string; name: string } | null {
  const code = franc(text.slice(0, SAMPLE), { minLength: 40 });
  if (code === "und" || READ.has(code)) return null;
  let name: string | undefined;
  try {
    name = NAMES.of(code);
  } catch {
    name = undefined;
  }
  return { code, name: name && name !== code ? name : `language ${code}` };
}
