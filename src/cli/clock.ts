import { type CivilDate, isValidCivilDate } from "../domain/text/dates";

/**
 * Today's date in local time: the shell's one clock read (the domain takes it as a parameter).
 * `SO_THI_DUA_TODAY=YYYY-MM-DD` fixes it (tests, and a clerk checking a register as of a past or
 * future day); an unreadable value is ignored.
 */
export function todayCivil(now: Date = new Date()): CivilDate {
  const fixed = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(process.env.SO_THI_DUA_TODAY ?? "");
  if (fixed) {
    const [y, m, d] = [Number(fixed[1]), Number(fixed[2]), Number(fixed[3])];
    if (isValidCivilDate(y, m, d)) return { year: y, month: m, day: d };
  }
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
