/**
 * Calendar dates as Skatteetaten writes them (`YYYY-MM-DD`, Norwegian local date). Arithmetic is done on
 * day numbers since 1970-01-01 (UTC), so no time zone or DST can move a date by one.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day number of a valid `YYYY-MM-DD`, or null (wrong format, or a date such as 2025-02-30). */
export function parseIsoDate(value: string): number | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

export function dayFromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function partsOfDay(day: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(day * MS_PER_DAY);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** Today's date in Norway by the simulator's clock. */
export function osloToday(epochMs: number): number {
  const text = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(epochMs));
  return parseIsoDate(text) ?? Math.floor(epochMs / MS_PER_DAY);
}

/** The same date one year later (29 February → 1 March), for the one-year limit on periods. */
export function addOneYear(day: number): number {
  const p = partsOfDay(day);
  return Date.UTC(p.year + 1, p.month - 1, p.day) / MS_PER_DAY;
}

/** Due dates on a weekend move to the following Monday, as Skatteetaten's do. */
export function nextWeekday(day: number): number {
  const { weekday } = partsOfDay(day);
  if (weekday === 6) return day + 2;
  if (weekday === 0) return day + 1;
  return day;
}
