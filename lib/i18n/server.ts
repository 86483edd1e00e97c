import "server-only";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Localised, type Locale } from "./types";

export { LOCALE_COOKIE };

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The texts of one namespace in the current user's language. */
export async function getMessages<T>(messages: Localised<T>): Promise<T> {
  return messages[await getLocale()];
}
