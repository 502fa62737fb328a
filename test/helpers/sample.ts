/** `test/fixtures/nominations.json`, with its rows ready to fill into a register by label. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FillValue } from "../../src/adapters/xlsx/fill";
import { FIXTURES } from "./cli";

export interface Sample {
  settings: Record<string, FillValue>;
  policy: Record<string, Record<string, FillValue>>;
  complaints: Record<string, FillValue>[];
  rows: Record<string, unknown>[];
  expected: string[][];
}

export type FillRow = Record<string, FillValue | undefined>;

/** A sample value as a fill value: `{ "date": "yyyy-mm-dd" }` becomes a real date cell. */
export function toFill(v: unknown): FillValue {
  if (v && typeof v === "object" && "date" in v) {
    const [y, m, d] = String((v as { date: string }).date)
      .split("-")
      .map(Number);
    return { date: { year: y!, month: m!, day: d! } };
  }
  return v as FillValue;
}

export const sample: Sample = JSON.parse(
  readFileSync(path.join(FIXTURES, "nominations.json"), "utf8")
);

export const sampleRows: FillRow[] = sample.rows.map((r) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toFill(v)]))
);
