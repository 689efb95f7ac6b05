/**
 * Working days in England and Wales: not Saturday or Sunday, not a bank holiday. Clocks of "one
 * working day" (a concern to acknowledge, a review to clear) run on them, in UK time.
 */

/** The time zone the organisation works in. */
export const workingTimeZone = "Europe/London";

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Day of the week of a calendar date: 0 Sunday … 6 Saturday. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function addDays(year: number, month: number, day: number, days: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(year: number, month: number, n: 1 | -1): string {
  if (n === 1) {
    const offset = (8 - weekday(year, month, 1)) % 7;
    return isoDate(year, month, 1 + offset);
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const back = (weekday(year, month, last) + 6) % 7;
  return isoDate(year, month, last - back);
}

/**
 * The bank holidays of England and Wales in a year, by the rules that set them: New Year's Day,
 * Good Friday, Easter Monday, the early May and spring bank holidays, the summer bank holiday,
 * Christmas Day and Boxing Day, each moved to the next weekday when it falls at a weekend.
 * One-off holidays a government announces are not in the rules; the organisation adds them.
 */
export function englandAndWalesBankHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const newYear = weekday(year, 1, 1);
  const christmas = weekday(year, 12, 25);
  const holidays = [
    newYear === 6 ? isoDate(year, 1, 3) : newYear === 0 ? isoDate(year, 1, 2) : isoDate(year, 1, 1),
    addDays(year, easter.month, easter.day, -2),
    addDays(year, easter.month, easter.day, 1),
    monday(year, 5, 1),
    monday(year, 5, -1),
    monday(year, 8, -1),
  ];
  // Christmas on a Saturday: Monday 27th and Tuesday 28th; on a Sunday: Tuesday 27th for
  // Christmas and Monday 26th for Boxing Day; Boxing Day on a Saturday: Monday 28th.
  if (christmas === 6) holidays.push(isoDate(year, 12, 27), isoDate(year, 12, 28));
  else if (christmas === 0) holidays.push(isoDate(year, 12, 26), isoDate(year, 12, 27));
  else if (christmas === 5) holidays.push(isoDate(year, 12, 25), isoDate(year, 12, 28));
  else holidays.push(isoDate(year, 12, 25), isoDate(year, 12, 26));
  return holidays.sort();
}

const local = new Intl.DateTimeFormat("en-CA", { timeZone: workingTimeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date (YYYY-MM-DD) of a moment in UK time. */
export function workingDateOf(moment: Date): string {
  return local.format(moment);
}

/** Whether a UK calendar date is a working day, given any extra holidays the organisation keeps. */
export function isWorkingDay(date: string, extraHolidays: readonly string[] = []): boolean {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  const dow = weekday(year, month, day);
  if (dow === 0 || dow === 6) return false;
  return !englandAndWalesBankHolidays(year).includes(date) && !extraHolidays.includes(date);
}

/**
 * One working day after a moment: the same time on the next working day (Friday 16:00 is due
 * Monday 16:00; before a bank holiday weekend, the Tuesday). A moment at a weekend is due at
 * that time on the first working day after it.
 */
export function oneWorkingDayAfter(moment: Date, extraHolidays: readonly string[] = []): Date {
  let due = new Date(moment.getTime() + 24 * 60 * 60 * 1000);
  while (!isWorkingDay(workingDateOf(due), extraHolidays)) due = new Date(due.getTime() + 24 * 60 * 60 * 1000);
  return due;
}
