import { z } from "zod";
import { isValidOrgno } from "@/lib/mod11";
import { orgno, text } from "@/lib/simulator/skatteetaten/envelope";
import { innrapporteringCodes, type Spesifisering } from "@/lib/simulator/skatteetaten/errors";
import {
  simulatedInnrapportering,
  type InnrapporteringRules,
} from "@/lib/simulator/skatteetaten/innrapportering";
import { uuidV7 } from "@/lib/simulator/skatteetaten/innrapportering-parts";
import { parseMelding, spec } from "@/lib/simulator/skatteetaten/validation";
import type { Sim } from "@/lib/simulator/sim";
import { innrapporteringAmelding as API } from ".";
import type { AmeldingKvittering } from "./payload";

/**
 * A-melding in the simulator: `POST /v1/innsending/{kalendermaaned}/{opplysningspliktig}` (contracts-more §4.2,
 * path unverified), the shared innrapportering checks under the AMLD prefix (SKE api/innrapportering-amelding.md:
 * a documented 401 AMLD_004 with AMLD_1008, AMLD_1063 for a token without a system user, AMLD_1051 when the
 * path's opplysningspliktig differs from the body's, AMLD_1052 for the month, AMLD_019 for a reused key,
 * AMLD_005 with AMLD_1015 for an organisation the system user may not act for). The payload check covers the
 * fields of the minimal melding (contracts-more §4.3) and lets the rest of the model through: its full schema
 * is only in SwaggerHub. AMLD_1062 (opplysningspliktig not a hovedenhet) is not simulated: the simulated
 * register has no underenheter.
 */
const codes = innrapporteringCodes(API.codePrefix);
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const melding = z.strictObject({
  leveranse: z.looseObject({
    kildesystem: text(100),
    meldingsId: text(100),
    kalendermaaned: z.string().regex(MONTH, "Kalendermåned oppgis som ÅÅÅÅ-MM."),
    leveringstidspunkt: z.iso.datetime({ offset: true, error: "Tidspunkt oppgis etter ISO 8601 med sone." }),
    spraakForTilbakemelding: z.enum(["bokmaal", "nynorsk", "engelsk"]).optional(),
    opplysningspliktig: z.looseObject({ norskIdentifikator: orgno }),
    oppgave: z.looseObject({
      betalingsinformasjon: z.looseObject({
        sumArbeidsgiveravgift: z.number().min(0, "Kan ikke være negativt."),
        sumForskuddstrekkPerLoennsutbetalingsdato: z.array(z.unknown()),
      }),
      virksomhet: z
        .array(
          z.looseObject({
            norskIdentifikator: orgno,
            inntektsmottaker: z.array(z.record(z.string(), z.unknown())).max(100_000),
          }),
        )
        .min(1, "Meldingen må ha minst én virksomhet.")
        .max(10_000),
    }),
  }),
});
type Melding = z.infer<typeof melding>;
type Params = { month: string; orgnr: string };

export const rules: InnrapporteringRules<Params, Melding> = {
  api: API,
  codes,
  route: (rest) =>
    rest.length === 3 && rest[0] === "innsending" ? { month: rest[1]!, orgnr: rest[2]! } : null,
  checkPath(_sim, p) {
    const m = MONTH.exec(p.month);
    if (!m || Number(m[1]) < 2015) {
      return {
        kode: codes.spec.parameters,
        melding: "Kalendermåned oppgis som ÅÅÅÅ-MM.",
        sti: "kalendermaaned",
        value: p.month,
      };
    }
    if (!/^\d{9}$/.test(p.orgnr) || !isValidOrgno(p.orgnr)) {
      return {
        kode: codes.spec.parameters,
        melding: "Ugyldig organisasjonsnummer.",
        sti: "opplysningspliktig",
        value: p.orgnr,
      };
    }
    return null;
  },
  documented401: true,
  validate(body, p) {
    const parsed = parseMelding(melding, body, codes.payload.kode);
    if (!parsed.ok) return parsed;
    const l = parsed.value.leveranse;
    const problems: Spesifisering[] = [];
    const giver = l.opplysningspliktig.norskIdentifikator;
    if (giver !== p.orgnr) {
      problems.push(
        spec(
          codes.spec.partyMismatch,
          "Opplysningspliktig i path og i innsending er ulike.",
          ["leveranse", "opplysningspliktig", "norskIdentifikator"],
          giver,
        ),
      );
    }
    if (l.kalendermaaned !== p.month) {
      problems.push(
        spec(
          codes.spec.periodMismatch,
          "Periode (kalendermåned) i path og i innsending er ulike.",
          ["leveranse", "kalendermaaned"],
          l.kalendermaaned,
        ),
      );
    }
    if (problems.length > 0) return { ok: false, spesifisering: problems };
    return {
      ok: true,
      melding: parsed.value,
      party: { orgno: giver, sti: "leveranse/opplysningspliktig/norskIdentifikator" },
    };
  },
  receipt: (sim: Sim, m: Melding): AmeldingKvittering => ({
    dialogId: uuidV7(sim.now()),
    forsendelseId: uuidV7(sim.now()),
    meldingsId: m.leveranse.meldingsId,
  }),
};

export const { handle, bodyTooLarge } = simulatedInnrapportering(rules);
