import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { exportCsv, exportJson } from "../../src/export/format.js";
import { buildExport, EXPORT_COLUMNS, type ExportRow } from "../../src/export/rows.js";
import { runCli } from "../helpers/cli.js";
import { dataset } from "../helpers/fixtures.js";

/** A CSV cell as the JSON value would be written: null empty, booleans as words. */
const cell = (value: unknown) =>
  value === null ? "" : Array.isArray(value) ? value.join("; ") : String(value);

function parseCsv(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, relax_column_count: false });
}

describe("export rows", () => {
  const data = buildExport(dataset);

  it("has one row per claim, each with its state's summary and its source", () => {
    expect(data.rows).toHaveLength(dataset.claims.length);
    for (const claim of dataset.claims) {
      const row = data.rows.find(
        (r) =>
          r.usps === claim.state && r.sourceId === claim.source.id && r.anchor === claim.anchor,
      );
      expect(row, `${claim.state} ${claim.anchor}`).toBeDefined();
      const state = dataset.states.get(claim.state);
      expect(row).toMatchObject({
        stance: claim.stance,
        summaryStance: state?.conflict ? "sources disagree" : state?.stance,
        conflict: state?.conflict,
        sides: state?.sides,
        evidence: claim.evidence,
        quote: claim.quote?.text ?? null,
        speaker: claim.quote?.speaker.name ?? null,
        party: claim.quote?.speaker.party ?? null,
        outlet: claim.source.outlet,
      });
    }
  });

  it("gives a disputed state's sides and says its sources disagree, in CSV and JSON", () => {
    const disputed = [...dataset.states.values()].filter((s) => s.conflict);
    expect(disputed.length).toBeGreaterThan(0);
    const parsed = parseCsv(exportCsv(data));
    const json = JSON.parse(exportJson(data)) as { rows: ExportRow[] };
    for (const state of disputed) {
      const csvRows = parsed.filter((r) => r.usps === state.jurisdiction.usps);
      expect(csvRows.length).toBeGreaterThan(1);
      for (const row of csvRows) {
        expect(row.summaryStance).toBe("sources disagree");
        for (const side of state.sides) expect(row.sides).toContain(side);
      }
      const jsonRow = json.rows.find((r) => r.usps === state.jurisdiction.usps);
      expect(jsonRow?.sides).toEqual(state.sides);
      expect(jsonRow?.sides.length).toBeGreaterThan(1);
    }
    const agreed = parsed.find((r) => !disputed.some((s) => s.jurisdiction.usps === r.usps));
    expect(agreed?.sides).toBe("");
    expect(agreed?.summaryStance).not.toBe("sources disagree");
  });

  it("writes a CSV that opens as the rows the JSON has", () => {
    const csv = exportCsv(data);
    const json = JSON.parse(exportJson(data)) as { rows: ExportRow[] };
    const parsed = parseCsv(csv);
    expect(Object.keys(parsed[0] ?? {})).toEqual([...EXPORT_COLUMNS]);
    expect(parsed).toEqual(
      json.rows.map((r) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, cell(r[c])]))),
    );
  });

  it("quotes commas, quotation marks and line breaks per RFC 4180, in UTF-8", () => {
    const [first] = data.rows;
    const tricky: ExportRow = {
      ...(first as ExportRow),
      evidence: 'He said, "No." Then:\r\nmore, on a new line',
      quote: "“Curly” — and é",
      party: null,
    };
    const csv = exportCsv({ ...data, rows: [tricky] });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain('"He said, ""No."" Then:\r\nmore, on a new line"');
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${EXPORT_COLUMNS.join(",")}`);
    const [row] = parseCsv(csv);
    expect(row?.evidence).toBe(tricky.evidence);
    expect(row?.quote).toBe(tricky.quote);
    expect(row?.party).toBe("");
  });
});

describe("voterdata export", () => {
  async function cli(args: string[]) {
    const { code, outLines, err } = await runCli(args);
    // As bin.ts writes it: each io.out line ends with "\n".
    return { code, out: outLines.map((t) => `${t}\n`).join(""), err };
  }

  it("prints the same rows as CSV and as JSON", async () => {
    const csv = await cli(["export", "--csv"]);
    const json = await cli(["export", "--json"]);
    expect(csv.code).toBe(0);
    expect(json.code).toBe(0);
    const rows = (JSON.parse(json.out) as { rows: ExportRow[] }).rows;
    expect(rows).toHaveLength(dataset.claims.length);
    expect(parseCsv(csv.out)).toEqual(
      rows.map((r) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, cell(r[c])]))),
    );
  });

  it("asks for exactly one format", async () => {
    for (const args of [["export"], ["export", "--csv", "--json"]]) {
      const { code, err } = await cli(args);
      expect(code).toBe(2);
      expect(err).toContain("export needs one of --csv or --json");
    }
  });
});
