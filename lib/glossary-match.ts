import type { GlossaryLanguage, TermId } from "./glossary";

/**
 * The words on the pages that name a glossary term, per language (matched case-insensitively, whole words,
 * longest first). Only forms that mean the term in the wizard's texts: "klient" is the Maskinporten client,
 * never a firm's client (that is "klienten til" in agent texts, which is rare in the texts this is used on).
 */
const FORMS: Record<TermId, Partial<Record<GlossaryLanguage, readonly string[]>>> = {
  maskinporten: { nb: ["Maskinporten"], nn: ["Maskinporten"], en: ["Maskinporten"] },
  client: {
    nb: ["Maskinporten-klient", "Maskinporten-klienten", "klient", "klienten"],
    nn: ["Maskinporten-klient", "Maskinporten-klienten", "klient", "klienten"],
    en: ["Maskinporten client", "client"],
  },
  "client-id": {
    nb: ["klient-ID", "klient-ID-en", "clientId"],
    nn: ["klient-ID", "klient-ID-en", "clientId"],
    en: ["client id", "client_id", "clientId"],
  },
  jwt: { nb: ["JWT"], nn: ["JWT"], en: ["JWT"] },
  "jwt-grant": {
    nb: ["grant", "grant-en", "grantet", "grant-et", "JWT-grant", "JWT-grant-et", "assertion"],
    nn: ["grant", "granten", "grantet", "grant-et", "JWT-grant", "JWT-grant-et", "assertion"],
    en: ["grant", "JWT grant", "assertion"],
  },
  jwk: { nb: ["JWK"], nn: ["JWK"], en: ["JWK"] },
  jwks: { nb: ["JWKS"], nn: ["JWKS"], en: ["JWKS"] },
  kid: { nb: ["kid"], nn: ["kid"], en: ["kid"] },
  scope: {
    nb: ["scope", "scopes", "scopet", "scopene"],
    nn: ["scope", "scopa", "scopet"],
    en: ["scope", "scopes"],
  },
  "access-token": { nb: ["tilgangstoken"], nn: ["tilgangstoken"], en: ["access token"] },
  "authorization-details": {
    nb: ["authorization_details"],
    nn: ["authorization_details"],
    en: ["authorization_details"],
  },
  "system-user": {
    nb: ["systembruker", "systembrukeren", "systembrukere"],
    nn: ["systembrukar", "systembrukaren", "systembrukarar"],
    en: ["system user", "system users"],
  },
  "standard-system-user": {
    nb: ["standard systembruker"],
    nn: ["standard systembrukar"],
    en: ["standard system user"],
  },
  "agent-system-user": {
    nb: ["klientsystembruker", "klientsystembrukere"],
    nn: ["klientsystembrukar", "klientsystembrukarar"],
    en: ["agent system user", "agent system users"],
  },
  "system-register": {
    nb: ["systemregister", "systemregisteret"],
    nn: ["systemregister", "systemregisteret"],
    en: ["system register"],
  },
  "access-package": {
    nb: ["tilgangspakke", "tilgangspakker", "tilgangspakkene"],
    nn: ["tilgangspakke", "tilgangspakkar", "tilgangspakkane"],
    en: ["access package", "access packages"],
  },
  rights: { nb: ["rettigheter", "rettighetene"], nn: ["rettar", "rettane"], en: ["rights"] },
  "external-ref": { nb: ["externalRef"], nn: ["externalRef"], en: ["externalRef"] },
  "confirm-url": { nb: ["confirmUrl"], nn: ["confirmUrl"], en: ["confirmUrl"] },
  "redirect-url": {
    nb: ["redirect-URL", "redirect-URL-en", "redirect-URL-er"],
    nn: ["redirect-URL", "redirect-URL-en", "redirect-URL-ar"],
    en: ["redirect URL", "redirect URLs"],
  },
  "daglig-leder": { nb: ["daglig leder"], nn: ["dagleg leiar"], en: ["daglig leder", "general manager"] },
  orgno: {
    nb: ["organisasjonsnummer", "organisasjonsnummeret"],
    nn: ["organisasjonsnummer", "organisasjonsnummeret"],
    en: ["organisation number", "organization number"],
  },
  vendor: { nb: ["leverandør", "leverandøren"], nn: ["leverandør", "leverandøren"], en: ["vendor"] },
  customer: { nb: ["kunde", "kunden", "kundens"], nn: ["kunde", "kunden"], en: ["customer", "customer's"] },
  "change-request": {
    nb: ["endringsforespørsel", "endringsforespørselen"],
    nn: ["endringsførespurnad", "endringsførespurnaden"],
    en: ["change request"],
  },
  "correlation-id": {
    nb: ["korrelasjons-ID", "korrelasjonsid"],
    nn: ["korrelasjons-ID", "korrelasjonsid"],
    en: ["correlation id"],
  },
  "idempotency-key": { nb: ["idempotencyKey"], nn: ["idempotencyKey"], en: ["idempotencyKey"] },
  simulator: {
    nb: ["simulator", "simulatoren"],
    nn: ["simulator", "simulatoren"],
    en: ["simulator"],
  },
};

const cache = new Map<string, { regex: RegExp; idOf: (word: string) => TermId | undefined }>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex that finds every term word of a language, and the term a found word names. */
export function termPattern(language: string): {
  regex: RegExp;
  idOf: (word: string) => TermId | undefined;
} {
  const hit = cache.get(language);
  if (hit) return { regex: new RegExp(hit.regex), idOf: hit.idOf };
  const byWord = new Map<string, TermId>();
  for (const [id, forms] of Object.entries(FORMS) as [TermId, Partial<Record<string, readonly string[]>>][]) {
    for (const f of forms[language] ?? forms.nb ?? []) byWord.set(f.toLowerCase(), id);
  }
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Whole words: no letter, digit, "_" or "-" right before, and no letter, digit or "_" right after (so
  // "JWK" is not found in "JWKS", but "klient" is found before "-ID" only as part of "klient-ID").
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${words.join("|")})(?![\\p{L}\\p{N}_])`, "giu");
  const idOf = (word: string) => byWord.get(word.toLowerCase());
  cache.set(language, { regex, idOf });
  return { regex: new RegExp(regex), idOf };
}

export { FORMS as TERM_FORMS };
