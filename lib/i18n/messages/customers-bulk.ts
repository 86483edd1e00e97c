import { defineMessages } from "../types";

/** Texts for pasting many organisation numbers at once (lib/customers/parse-bulk.ts). */
export const customersBulk = defineMessages({
  nb: {
    reasons: {
      notDigits: "Linje {line}: «{text}» er ikke et organisasjonsnummer (bare sifre, mellomrom og punktum).",
      wrongLength: "Linje {line}: «{text}» har ikke 9 sifre.",
      checkDigit: "Linje {line}: {text} har feil kontrollsiffer (MOD11). Sjekk nummeret i Enhetsregisteret.",
      tooMany: "Linje {line}: {text} er over grensen på {max} kunder om gangen. Legg til resten etterpå.",
    },
    tooLong: "Teksten er for lang. Lim inn høyst {max} organisasjonsnumre om gangen.",
    duplicate: "{orgno} står på linje {lines} og legges til én gang.",
    summary: "{count} organisasjonsnumre klare, {errors} linjer med feil.",
  },
  nn: {
    reasons: {
      notDigits:
        "Linje {line}: «{text}» er ikkje eit organisasjonsnummer (berre siffer, mellomrom og punktum).",
      wrongLength: "Linje {line}: «{text}» har ikkje 9 siffer.",
      checkDigit: "Linje {line}: {text} har feil kontrollsiffer (MOD11). Sjekk nummeret i Einingsregisteret.",
      tooMany: "Linje {line}: {text} er over grensa på {max} kundar om gongen. Legg til resten etterpå.",
    },
    tooLong: "Teksten er for lang. Lim inn høgst {max} organisasjonsnummer om gongen.",
    duplicate: "{orgno} står på linje {lines} og blir lagt til éin gong.",
    summary: "{count} organisasjonsnummer klare, {errors} linjer med feil.",
  },
  en: {
    reasons: {
      notDigits: "Line {line}: “{text}” is not an organisation number (digits, spaces and dots only).",
      wrongLength: "Line {line}: “{text}” does not have 9 digits.",
      checkDigit:
        "Line {line}: {text} has a wrong check digit (MOD11). Check the number in the Register of Legal Entities.",
      tooMany: "Line {line}: {text} is over the limit of {max} customers at a time. Add the rest afterwards.",
    },
    tooLong: "The text is too long. Paste at most {max} organisation numbers at a time.",
    duplicate: "{orgno} is on lines {lines} and is added once.",
    summary: "{count} organisation numbers ready, {errors} lines with errors.",
  },
});
