/**
 * The interface languages, default first. Adding a language is this one line plus its dictionary in every
 * area: the type checker then names every dictionary, catalog entry and text that lacks it.
 */
export const LOCALES = ["nb", "nn", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";

/** A value in every interface language (a text, or a namespace of texts). */
export type Localised<T = string> = Record<Locale, T>;

/** @deprecated Use `Localised<T>`; kept only so code written for two languages still compiles (and then asks for nn). */
export type Bilingual<T = string> = Localised<T>;

/** A namespace of texts: every language must have exactly the keys bokmål has. */
export function defineMessages<T>(m: { nb: T } & Record<Exclude<Locale, "nb">, NoInfer<T>>): Localised<T> {
  return m;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Replaces {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}

/** The cookie that keeps the interface language (it survives "start over"). */
export const LOCALE_COOKIE = "lang";
