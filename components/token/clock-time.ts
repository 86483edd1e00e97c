import type { Locale } from "@/lib/i18n/types";

/** A token's exp/iat as Norwegian wall-clock time, the same on every server whatever its time zone. */
export function clockTime(epochSeconds: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nb" ? "nb-NO" : "en-GB", {
    timeZone: "Europe/Oslo",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZoneName: "short",
  }).format(new Date(epochSeconds * 1000));
}
