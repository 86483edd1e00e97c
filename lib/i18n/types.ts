export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";

/** A namespace of texts in both languages; English must have exactly the keys bokmål has. */
export type Bilingual<T> = { nb: T; en: T };

export function defineMessages<T>(m: { nb: T; en: NoInfer<T> }): Bilingual<T> {
  return m;
}

/** Replaces {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}

/** The cookie that keeps the interface language (it survives "start over"). */
export const LOCALE_COOKIE = "lang";
