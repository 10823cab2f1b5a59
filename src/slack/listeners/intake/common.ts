import type { Library } from "../../../library/library.js";

/** The team and user of an interaction, from its own payload. */
export function actorOf(body: {
  team?: { id?: string } | null;
  user: { id: string; team_id?: string };
}) {
  return { team: body.team?.id ?? body.user.team_id ?? "", user: body.user.id };
}

/** A state named as an editor types it: "OH", "Ohio", "Calif."; null when none fits. */
export function stateCode(library: Library, typed: string): { usps: string; name: string } | null {
  const wanted = typed.trim().toLowerCase().replace(/\s+/g, " ");
  const found = library.full.jurisdictions.find(
    (j) =>
      j.usps.toLowerCase() === wanted ||
      j.name.toLowerCase() === wanted ||
      j.ap.toLowerCase() === wanted ||
      j.aliases.some((a) => a.toLowerCase() === wanted),
  );
  return found ? { usps: found.usps, name: found.name } : null;
}
