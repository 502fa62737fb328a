/**
 * Council votes (domain.md "Review and votes"): the ratio is computed on the TOTAL membership of the
 * council, not on the votes cast. One definition, used by DK09 and by the council export.
 */

/** Votes in favour as a percentage of the total council membership. */
export function votePercent(votes: number, councilSize: number): number {
  return (100 * votes) / councilSize;
}

/** The ratio rounded to one decimal, as messages and documents print it (88.9). */
export function roundedVotePercent(votes: number, councilSize: number): number {
  return Math.round((1000 * votes) / councilSize) / 10;
}

/** True when the votes reach `minPct` % of the total membership (100 × votes ≥ pct × size: exact, no rounding). */
export function meetsVoteThreshold(votes: number, minPct: number, councilSize: number): boolean {
  return 100 * votes >= minPct * councilSize;
}
