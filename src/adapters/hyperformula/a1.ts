/** A1 addresses ↔ zero-based row/column indexes (what HyperFormula uses). */
import { columnLetter } from "../../domain/findings";

export interface CellIndex {
  /** Zero-based row (A1 → 0). */
  row: number;
  /** Zero-based column (A1 → 0). */
  col: number;
}

const A1_PATTERN = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** Parses "B12" or "$B$12" into zero-based indexes; throws on anything else. */
export function parseA1(a1: string): CellIndex {
  const match = A1_PATTERN.exec(a1.trim());
  if (!match || match[1] === undefined || match[2] === undefined) {
    throw new Error(`Not an A1 cell address: "${a1}"`);
  }
  let col = 0;
  for (const letter of match[1].toUpperCase()) {
    col = col * 26 + (letter.charCodeAt(0) - 64);
  }
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** Zero-based column index → letters (0 → "A", 27 → "AB"). */
export function columnLetters(col: number): string {
  return columnLetter(col + 1);
}

/** Zero-based indexes → "B12". */
export function toA1(index: CellIndex): string {
  return `${columnLetters(index.col)}${index.row + 1}`;
}
