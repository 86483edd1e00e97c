import type { CommonMessages } from "./messages/common";

/** Turns a schema message key ("validation.orgnoMod11") into text; other strings pass through unchanged. */
export function translateMessage(
  key: string | undefined,
  validation: CommonMessages["validation"],
): string | undefined {
  if (!key) return undefined;
  if (key.startsWith("validation.")) {
    const k = key.slice("validation.".length) as keyof CommonMessages["validation"];
    return validation[k] ?? key;
  }
  return key;
}
