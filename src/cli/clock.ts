import type { CivilDate } from "../domain/text/dates";

/** Today's date in local time: the shell's one clock read (the domain takes it as a parameter). */
export function todayCivil(now: Date = new Date()): CivilDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
