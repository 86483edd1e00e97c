import { format, type Locale, type Localised } from "./types";

/**
 * The one place that turns dates, numbers and plural counts into text. Built on the JavaScript engine's own
 * Intl (no i18n library): every time is shown in Norway's zone, Europe/Oslo, whatever the server's or the
 * browser's zone, and says so, so the server and the browser render the same string.
 */
export const TIME_ZONE = "Europe/Oslo";

const INTL_LOCALE: Localised = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };

/**
 * Where the engine lacks a language's data, the tag whose formats are the same. Chromium's trimmed ICU has no
 * nynorsk (it would write "November 27, 2026" and "12,345.50"); bokmål writes dates, times, numbers and month
 * names exactly as nynorsk does, and has the same plural categories.
 */
const INTL_FALLBACK: Partial<Localised> = { nn: "nb-NO" };

const supported = new Map<string, boolean>();
function isSupported(tag: string): boolean {
  let ok = supported.get(tag);
  if (ok === undefined) {
    ok =
      Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 &&
      Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
    supported.set(tag, ok);
  }
  return ok;
}

/** The BCP 47 tag Intl uses for an interface language (nn-NO, or nb-NO where the engine has no nynorsk). */
export function intlLocale(locale: Locale): string {
  const tag = INTL_LOCALE[locale];
  return isSupported(tag) ? tag : (INTL_FALLBACK[locale] ?? tag);
}

/** The label after every time: one zone for the whole wizard. */
export const ZONE_LABEL: Localised = { nb: "norsk tid", nn: "norsk tid", en: "Norwegian time" };

type Instant = Date | number | string;

/** Milliseconds since the epoch, or null for an unreadable value. Numbers are milliseconds. */
function toDate(value: Instant): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function part(locale: Locale, options: Intl.DateTimeFormatOptions, d: Date): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, ...options }).format(d);
}

function timeOfDay(d: Date, locale: Locale, seconds: boolean): string {
  return part(
    locale,
    { hour: "2-digit", minute: "2-digit", ...(seconds ? { second: "2-digit" } : {}), hourCycle: "h23" },
    d,
  );
}

/** "27.11.2026" (nb, nn) or "27/11/2026" (en), the day in Oslo. */
export function formatDate(value: Instant, locale: Locale): string {
  const d = toDate(value);
  if (!d) return String(value);
  return part(locale, { day: "2-digit", month: "2-digit", year: "numeric" }, d);
}

/**
 * "27.11.2026 20:15 (norsk tid)", "27/11/2026 20:15 (Norwegian time)": a date and time in Oslo, labelled.
 * `long` writes the month as a word ("27. november 2026 20:15 (norsk tid)").
 */
export function formatDateTime(
  value: Instant,
  locale: Locale,
  opts: { seconds?: boolean; long?: boolean } = {},
): string {
  const d = toDate(value);
  if (!d) return String(value);
  const date = opts.long
    ? part(locale, { day: "numeric", month: "long", year: "numeric" }, d)
    : formatDate(d, locale);
  return `${date} ${timeOfDay(d, locale, opts.seconds ?? false)} (${ZONE_LABEL[locale]})`;
}

/** "20:15:03 (norsk tid)": a time of day in Oslo, labelled. */
export function formatTime(value: Instant, locale: Locale, opts: { seconds?: boolean } = {}): string {
  const d = toDate(value);
  if (!d) return String(value);
  return `${timeOfDay(d, locale, opts.seconds ?? true)} (${ZONE_LABEL[locale]})`;
}

/** A token's exp/iat (seconds since the epoch) as Oslo wall-clock time with seconds, labelled. */
export function formatEpochSeconds(epochSeconds: number, locale: Locale): string {
  return formatTime(epochSeconds * 1000, locale, { seconds: true });
}

/** "12 345,50" (nb, nn) or "12,345.50" (en). */
export function formatNumber(n: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(n);
}

/** A text per plural category; `other` is required, the rest fall back to it. Each may use {count}. */
export type PluralTexts = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form of a text for a count, by the language's own plural rules ("1 kunde", "3 kunder"). {count} is
 * the count, formatted for the language; other placeholders come from `values`.
 */
export function plural(
  locale: Locale,
  count: number,
  texts: PluralTexts,
  values: Record<string, string | number> = {},
): string {
  const category = new Intl.PluralRules(intlLocale(locale)).select(count);
  const template = texts[category] ?? texts.other;
  return format(template, { ...values, count: formatNumber(count, locale) });
}
