import "server-only";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES, type Bilingual, type Locale } from "./types";

export { LOCALE_COOKIE };

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : DEFAULT_LOCALE;
}

/** The texts of one namespace in the current user's language. */
export async function getMessages<T>(messages: Bilingual<T>): Promise<T> {
  return messages[await getLocale()];
}
