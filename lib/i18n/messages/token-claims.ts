import { defineMessages } from "../types";

/** The decoded-token view (components/token/decoded-token.tsx): each claim of a Maskinporten token explained. */
export const tokenClaims = defineMessages({
  nb: {
    title: "Tokenet, dekodet",
    headerTitle: "Header",
    claimsTitle: "Claims",
    claim: "Claim",
    value: "Verdi",
    meaning: "Betydning",
    rawHeader: "Header (JSON)",
    rawClaims: "Claims (JSON)",
    unknownClaim: "Ikke beskrevet av Maskinporten.",
    lifetime: "Levetid: {seconds} sekunder",
    notice:
      "Bare header og claims vises. Selve tokenet (med signatur) blir aldri vist eller lagret i nettleseren.",
    header: {
      alg: "Algoritmen Maskinporten signerte tokenet med.",
      kid: "Nøkkelen Maskinporten signerte med; mottakeren finner den i Maskinportens JWKS (/jwk).",
      typ: "Tokentype.",
    },
    claims: {
      iss: "Utstederen: Maskinporten i dette miljøet. Mottakere sjekker at den stemmer.",
      client_id: "Klienten som ba om tokenet (din klient fra steg 3).",
      client_amr:
        "Hvordan klienten autentiserte seg: private_key_jwt betyr et grant signert med registrert nøkkel.",
      consumer: "Organisasjonen som eier klienten – leverandøren. Altinn leser leverandøren herfra.",
      scope: "Scopene tokenet gir tilgang til, skilt med mellomrom.",
      token_type: "Alltid Bearer: tokenet sendes i Authorization-headeren.",
      iat: "Når tokenet ble utstedt (Maskinportens klokke).",
      exp: "Når tokenet utløper. Gjenbruk tokenet til like før dette i stedet for å hente nytt hver gang.",
      jti: "Tokenets unike id.",
      aud: "Mottakeren tokenet er begrenset til (bare når grantet ba om resource).",
      authorization_details: "Systembrukeren tokenet gjelder (type urn:altinn:systemuser).",
      systemuser_id: "Id-en til kundens systembruker i Altinn.",
      system_id: "Systemet i Altinns systemregister (steg 4).",
      systemuser_org: "Kunden som eier systembrukeren (ikke leverandøren).",
      externalRef: "Referansen fra forespørselen om systemtilgang (steg 5), når den ble satt.",
      type: "Typen autorisasjon: urn:altinn:systemuser.",
    },
    clock: {
      title: "Klokken mot Maskinporten",
      offset: "Avvik: Maskinportens klokke minus klokken til serveren som signerer = {offset} s.",
      ok: "Det er godt innenfor grensen på ±10 sekunder for iat.",
      warn: "Avviket er over 5 sekunder. Maskinporten avviser grant med iat mer enn 10 sekunder fra sin klokke (MP-130). Synkroniser klokken med NTP.",
      precision:
        "Målt fra Date-headeren i svaret, som bare har hele sekunder, så målingen er presis til omtrent ±1 sekund.",
      cached: "Tokenet kom fra hurtigbufferen, så klokken ble ikke målt denne gangen.",
    },
  },
  en: {
    title: "The token, decoded",
    headerTitle: "Header",
    claimsTitle: "Claims",
    claim: "Claim",
    value: "Value",
    meaning: "Meaning",
    rawHeader: "Header (JSON)",
    rawClaims: "Claims (JSON)",
    unknownClaim: "Not described by Maskinporten.",
    lifetime: "Lifetime: {seconds} seconds",
    notice:
      "Only the header and claims are shown. The token itself (with its signature) is never shown or stored in the browser.",
    header: {
      alg: "The algorithm Maskinporten signed the token with.",
      kid: "The key Maskinporten signed with; recipients find it in Maskinporten's JWKS (/jwk).",
      typ: "Token type.",
    },
    claims: {
      iss: "The issuer: Maskinporten in this environment. Recipients check that it matches.",
      client_id: "The client that asked for the token (your client from step 3).",
      client_amr: "How the client authenticated: private_key_jwt means a grant signed with a registered key.",
      consumer: "The organisation that owns the client – the vendor. Altinn reads the vendor from here.",
      scope: "The scopes the token gives access to, separated by spaces.",
      token_type: "Always Bearer: the token goes in the Authorization header.",
      iat: "When the token was issued (Maskinporten's clock).",
      exp: "When the token expires. Reuse the token until just before this instead of fetching a new one each time.",
      jti: "The token's unique id.",
      aud: "The recipient the token is restricted to (only when the grant asked for a resource).",
      authorization_details: "The system user the token is for (type urn:altinn:systemuser).",
      systemuser_id: "The id of the customer's system user in Altinn.",
      system_id: "The system in Altinn's system register (step 4).",
      systemuser_org: "The customer that owns the system user (not the vendor).",
      externalRef: "The reference from the system access request (step 5), when one was set.",
      type: "The kind of authorisation: urn:altinn:systemuser.",
    },
    clock: {
      title: "The clock against Maskinporten",
      offset: "Offset: Maskinporten's clock minus the clock of the server that signs = {offset} s.",
      ok: "That is well within the ±10 second limit for iat.",
      warn: "The offset is over 5 seconds. Maskinporten refuses grants whose iat is more than 10 seconds from its clock (MP-130). Synchronise the clock with NTP.",
      precision:
        "Measured from the answer's Date header, which has whole seconds only, so the measurement is good to about ±1 second.",
      cached: "The token came from the cache, so the clock was not measured this time.",
    },
  },
});

export type TokenClaimsMessages = typeof tokenClaims.nb;
