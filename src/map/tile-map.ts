import { type Currency, currencyOf } from "../answer/dates.js";
import { uniqueSources } from "../answer/sources.js";
import { tallyStates } from "../answer/tally.js";
import type { Dataset } from "../domain/dataset.js";
import { STANCE_SHORT, STANCES, type Stance } from "../domain/stance.js";
import { currencyText, outletName, sourceDateText } from "../render/format.js";
import { tallyLine } from "../render/list-card.js";

/**
 * Colours from ColorBrewer's PuOr scheme, which is safe for the common colour-vision
 * deficiencies; their lightness steps apart (25 → 97) so the map also reads in grayscale,
 * and every tile carries its postal code.
 */
export const STANCE_FILL: Record<Stance, string> = {
  refuses: "#542788",
  complies: "#b35806",
  withholding: "#998ec3",
  "public-only": "#f1a340",
  reviewing: "#d8daeb",
  "no-report": "#f7f7f7",
};
const DARK_FILLS = new Set<Stance>(["refuses", "complies"]);
/** Legend order: from refusal to compliance, then the unknowns. */
const LEGEND_ORDER: Stance[] = [
  "refuses",
  "withholding",
  "public-only",
  "complies",
  "reviewing",
  "no-report",
];

export const TILE = 64;
const GAP = 6;
const STEP = TILE + GAP;
const MARGIN = 40;
const GRID_TOP = 120;
const COLUMNS = 12;
const ROWS = 8;
export const MAP_WIDTH = MARGIN * 2 + COLUMNS * STEP - GAP;
const LEGEND_TOP = GRID_TOP + ROWS * STEP + 20;
// Two columns leave room for the longest label ("Withholding in whole or in part (12)").
const LEGEND_COLUMNS = 2;
const LEGEND_ROW = 34;
/** Every stance and the "sources disagree" key. */
const LEGEND_ROWS = Math.ceil((STANCES.length + 1) / LEGEND_COLUMNS);
const FOOTER_TOP = LEGEND_TOP + LEGEND_ROWS * LEGEND_ROW + 24;
const FOOTER_LINE = 20;
export const MAP_HEIGHT = FOOTER_TOP + 5 * FOOTER_LINE + 10;
export const FONT_FAMILY = "IBM Plex Sans";

export interface MapSummary extends Currency {
  /** States whose sources agree, by stance; disputed states are counted in `conflicts` only. */
  counts: { stance: Stance; count: number }[];
  conflicts: string[];
}

export function mapSummary(dataset: Dataset): MapSummary {
  const tally = tallyStates(dataset);
  return {
    counts: tally.settled.map((t) => ({ stance: t.stance, count: t.states.length })),
    conflicts: tally.disputed,
    ...currencyOf(uniqueSources(dataset.sources)),
  };
}

/** One line of text for the map's message: the counts and where sources disagree. */
export function mapSummaryText(summary: MapSummary): string {
  const counts = tallyLine({ settled: summary.counts, disputed: summary.conflicts.length });
  const conflicts = summary.conflicts.length > 0 ? ` (${summary.conflicts.join(", ")})` : "";
  const currency = currencyText(summary);
  return `Stance map of the 50 states and D.C.: ${counts}${conflicts}.${currency ? ` ${currency}.` : ""}`;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The tile-grid map as SVG: one equal square per state, filled by summary stance. */
export function tileMapSvg(dataset: Dataset): string {
  const summary = mapSummary(dataset);
  const tiles = [...dataset.states.values()].map((s) => {
    const { usps, tile, name } = s.jurisdiction;
    const x = MARGIN + tile.col * STEP;
    const y = GRID_TOP + tile.row * STEP;
    const ink = DARK_FILLS.has(s.stance) ? "#ffffff" : "#1a1a1a";
    const conflict = s.conflict
      ? `<rect class="conflict-mark" x="${x + 2}" y="${y + 2}" width="${TILE - 4}" height="${TILE - 4}" fill="url(#hatch)" stroke="#000000" stroke-width="4"/>`
      : "";
    const outline =
      s.stance === "no-report" ? ` stroke="#8c8c8c" stroke-width="1.5" stroke-dasharray="4 3"` : "";
    return (
      `<g class="tile" data-state="${usps}" data-stance="${s.stance}" data-conflict="${s.conflict}">` +
      `<title>${esc(name)}</title>` +
      `<rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="4" fill="${STANCE_FILL[s.stance]}"${outline}/>` +
      conflict +
      `<text x="${x + TILE / 2}" y="${y + TILE / 2 + 8}" text-anchor="middle" font-size="22" font-weight="700" fill="${ink}"${s.conflict ? ` stroke="${ink === "#ffffff" ? "#000000" : "#ffffff"}" stroke-width="3" paint-order="stroke"` : ""}>${usps}</text>` +
      `</g>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" font-family="${FONT_FAMILY}">`,
    `<defs><pattern id="hatch" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="10" stroke="#000000" stroke-width="3" stroke-opacity="0.55"/></pattern></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="52" font-size="30" font-weight="700" fill="#1a1a1a">${esc(mapTitle(dataset))}</text>`,
    `<text x="${MARGIN}" y="86" font-size="17" fill="#404040">${esc(mapSubtitle(dataset))}</text>`,
    ...tiles,
    legend(summary),
    footer(dataset, summary),
    `</svg>`,
  ].join("\n");
}

/** "How states answered: 2017 commission", from the story the map shows. */
function mapTitle(dataset: Dataset): string {
  return dataset.story
    ? `How states answered: ${dataset.story.short}`
    : "How states answered requests for voter rolls";
}

function mapSubtitle(dataset: Dataset): string {
  const toward = dataset.story ? ` toward the ${dataset.story.requester}` : "";
  return `Summary stance of each state and D.C.${toward}`;
}

function legend(summary: MapSummary): string {
  const count = (stance: Stance) => summary.counts.find((c) => c.stance === stance)?.count ?? 0;
  const itemWidth = (MAP_WIDTH - MARGIN * 2) / LEGEND_COLUMNS;
  const at = (i: number) => ({
    x: MARGIN + (i % LEGEND_COLUMNS) * itemWidth,
    y: LEGEND_TOP + Math.floor(i / LEGEND_COLUMNS) * LEGEND_ROW,
  });
  const items = LEGEND_ORDER.map((stance) => ({
    stance,
    label: `${STANCE_SHORT[stance]} (${count(stance)})`,
  }));
  const parts = items.map(({ stance, label }, i) => {
    const { x, y } = at(i);
    const outline = stance === "no-report" ? ` stroke="#8c8c8c" stroke-dasharray="4 3"` : "";
    return (
      `<g class="legend-item" data-stance="${stance}"><rect x="${x}" y="${y}" width="24" height="24" rx="3" fill="${STANCE_FILL[stance]}"${outline}/>` +
      `<text x="${x + 32}" y="${y + 18}" font-size="16" fill="#1a1a1a">${esc(label)}</text></g>`
    );
  });
  const { x, y } = at(items.length);
  parts.push(
    `<g class="legend-item" data-stance="conflict"><rect x="${x + 2}" y="${y + 2}" width="20" height="20" fill="url(#hatch)" stroke="#000000" stroke-width="3"/>` +
      `<text x="${x + 32}" y="${y + 18}" font-size="16" fill="#1a1a1a">${esc(`Sources disagree (${summary.conflicts.length})`)}</text></g>`,
  );
  return parts.join("\n");
}

function footer(dataset: Dataset, summary: MapSummary): string {
  const sources = uniqueSources(dataset.sources).map(
    (s) => `${outletName(s)}, ${sourceDateText(s)}`,
  );
  const lines = [
    ...(currencyText(summary) ? [`${currencyText(summary)}.`] : []),
    "Hatched tiles: sources disagree, counted apart and coloured by the stance most sources give; ask /voterdata <state> for both sides.",
    "Withholding: listed among states refusing in whole or in part, without saying which.",
    ...(sources.length > 0
      ? wrap(`Sources: ${sources.join("; ")}.`, 130)
      : ["No article in this story yet: every state shows no report."]),
  ];
  return lines
    .map(
      (line, i) =>
        `<text x="${MARGIN}" y="${FOOTER_TOP + i * FOOTER_LINE}" font-size="13" fill="#404040">${esc(line)}</text>`,
    )
    .join("\n");
}

/** Greedy word wrap for SVG text, which does not wrap by itself. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
