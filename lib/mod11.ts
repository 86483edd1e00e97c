/** Norwegian organisation numbers: 9 digits, the last a MOD11 check digit (weights 3 2 7 6 5 4 3 2). */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export function orgnoCheckDigit(first8: string): number | null {
  if (!/^\d{8}$/.test(first8)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first8[i]), 0);
  const rest = sum % 11;
  if (rest === 0) return 0;
  const digit = 11 - rest;
  return digit === 10 ? null : digit;
}

export function isValidOrgno(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return orgnoCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

/**
 * An organisation number as people type or copy it ("974 761 076", with a no-break space from Brønnøysund's
 * pages, or with spaces around it) reduced to its digits' string. Anything else is left for validation to refuse.
 */
export function normaliseOrgno(value: string): string {
  return value.replace(/\s+/g, "");
}
