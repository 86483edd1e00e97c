import { describe, expect, it, vi } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatEpochSeconds,
  formatNumber,
  formatTime,
  intlLocale,
  plural,
  ZONE_LABEL,
} from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/types";

// 19:15 UTC in winter is 20:15 in Oslo (CET, +1); 10:00 UTC in summer is 12:00 (CEST, +2).
const WINTER = Date.UTC(2026, 10, 27, 19, 15, 3);
const SUMMER = Date.UTC(2026, 6, 1, 10, 0, 0);

describe("intlLocale", () => {
  it("maps every interface language to a tag Intl knows", () => {
    expect(LOCALES.map(intlLocale)).toEqual(["nb-NO", "nn-NO", "en-GB"]);
    for (const l of LOCALES) expect(Intl.DateTimeFormat.supportedLocalesOf(intlLocale(l))).toHaveLength(1);
  });

  it("uses bokmål's identical formats where the engine has no nynorsk, as in Chromium", async () => {
    vi.resetModules();
    const real = Intl.DateTimeFormat.supportedLocalesOf.bind(Intl.DateTimeFormat);
    const spy = vi
      .spyOn(Intl.DateTimeFormat, "supportedLocalesOf")
      .mockImplementation((tags, options) => real(tags, options).filter((t) => t !== "nn-NO"));
    try {
      const fresh = await import("@/lib/i18n/format");
      expect(fresh.intlLocale("nn")).toBe("nb-NO");
      expect(fresh.formatDateTime(WINTER, "nn", { long: true })).toBe("27. november 2026 20:15 (norsk tid)");
    } finally {
      spy.mockRestore();
    }
  });
});

describe("times in Oslo, labelled", () => {
  it("winter: Oslo is UTC+1", () => {
    expect(formatDateTime(WINTER, "nb")).toBe("27.11.2026 20:15 (norsk tid)");
    expect(formatDateTime(WINTER, "nn")).toBe("27.11.2026 20:15 (norsk tid)");
    expect(formatDateTime(WINTER, "en")).toBe("27/11/2026 20:15 (Norwegian time)");
  });

  it("summer: Oslo is UTC+2", () => {
    expect(formatDateTime(SUMMER, "nb")).toBe("01.07.2026 12:00 (norsk tid)");
    expect(formatDateTime(SUMMER, "en")).toBe("01/07/2026 12:00 (Norwegian time)");
  });

  it("the day follows Oslo, not UTC: 23:30 UTC on 31 December is New Year's Day in Oslo", () => {
    expect(formatDate(Date.UTC(2026, 11, 31, 23, 30), "nb")).toBe("01.01.2027");
  });

  it("accepts ISO text and Date, and writes seconds or the month in words when asked", () => {
    const iso = new Date(WINTER).toISOString();
    expect(formatDateTime(iso, "nb", { seconds: true })).toBe("27.11.2026 20:15:03 (norsk tid)");
    expect(formatDateTime(new Date(WINTER), "nn", { long: true })).toBe(
      "27. november 2026 20:15 (norsk tid)",
    );
    expect(formatDateTime(new Date(WINTER), "en", { long: true })).toBe(
      "27 November 2026 20:15 (Norwegian time)",
    );
  });

  it("token times (epoch seconds) as the time of day with seconds", () => {
    expect(formatEpochSeconds(WINTER / 1000, "nb")).toBe("20:15:03 (norsk tid)");
    expect(formatTime(SUMMER, "en", { seconds: false })).toBe("12:00 (Norwegian time)");
  });

  it("every language's label is on every time, and the result does not depend on the process's zone", () => {
    for (const l of LOCALES) expect(formatDateTime(WINTER, l)).toContain(`(${ZONE_LABEL[l]})`);
    const before = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(formatDateTime(WINTER, "nb")).toBe("27.11.2026 20:15 (norsk tid)");
    } finally {
      process.env.TZ = before;
    }
  });

  it("leaves an unreadable value as it is", () => {
    expect(formatDateTime("not a date", "nb")).toBe("not a date");
  });
});

describe("numbers and plurals", () => {
  it("groups and separates decimals by language", () => {
    expect(formatNumber(12345.5, "nb", { minimumFractionDigits: 2 })).toBe("12\u00a0345,50");
    expect(formatNumber(12345.5, "nn", { minimumFractionDigits: 2 })).toBe("12\u00a0345,50");
    expect(formatNumber(12345.5, "en", { minimumFractionDigits: 2 })).toBe("12,345.50");
  });

  it("picks the plural form by the language's rules and fills {count} and other values", () => {
    const texts = { one: "{count} kunde i {place}", other: "{count} kundar i {place}" };
    expect(plural("nn", 1, texts, { place: "lista" })).toBe("1 kunde i lista");
    expect(plural("nn", 0, texts, { place: "lista" })).toBe("0 kundar i lista");
    expect(plural("nb", 1200, { other: "{count} kunder" })).toBe("1\u00a0200 kunder");
  });
});
