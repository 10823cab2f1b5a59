import { stringify } from "csv-stringify/sync";
import { EXPORT_COLUMNS, type Export } from "./rows.js";

/**
 * RFC 4180: a header row, CRLF between records, fields quoted where they hold a comma, a quote
 * or a line break. A UTF-8 byte order mark first, so spreadsheet programs read the curly
 * quotes and accents as UTF-8.
 */
export function exportCsv(data: Export): string {
  return stringify(
    // A list (a state's conflict sides) is one cell: "complies; declines".
    data.rows.map((row) => EXPORT_COLUMNS.map((c) => csvCell(row[c]))),
    {
      header: true,
      columns: [...EXPORT_COLUMNS],
      bom: true,
      record_delimiter: "windows",
      cast: { boolean: (value) => String(value) },
    },
  );
}

export function exportJson(data: Export): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

function csvCell(value: unknown): unknown {
  return Array.isArray(value) ? value.join("; ") : value;
}
