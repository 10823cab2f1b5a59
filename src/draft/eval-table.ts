/** A share as the evaluations print it: "97.8%". */
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Rows of cells as aligned terminal lines, each column as wide as its widest cell. */
export function alignedRows(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  "));
}
