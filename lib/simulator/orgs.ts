/**
 * The simulator's synthetic organisations (Tenor-like: numbers starting with 2 or 3, valid MOD11), plus the two
 * real vendors that appear in the public examples: the seed of every sandbox's organisation register (sim_orgs,
 * see db/orgs.ts), which is what the simulated services read. Customers have a daglig leder persona who
 * approves system access in the simulated Altinn UI.
 */
export interface SyntheticOrg {
  orgno: string;
  name: string;
  organisationForm: "AS" | "ENK" | "BRL" | "ORGL";
  role: "vendor" | "customer";
  dagligLeder: { name: string; birthDate: string };
  municipality: string;
  /**
   * Client relationships (contracts-more §1.6): the agent organisations this one is a client of, with the
   * packages it has given each (from ER roles REGN/REVI/FFØR, or delegated in the portal).
   */
  clientOf?: { agentOrgNo: string; packages: string[] }[];
}

/**
 * The accounting firm of the simulated world: GLAD TRYGG HARE AS keeps the books of three customers; the
 * third (a BRL, through FFØR) has no `a-ordning`, so delegating it to an agent system user with that package
 * fails with AUTH-00080.
 */
export const AGENT_FIRM_ORGNO = "314250052";
const P = "urn:altinn:accesspackage:";
const REGN = [
  "regnskapsforer-med-signeringsrettighet",
  "regnskapsforer-uten-signeringsrettighet",
  "regnskapsforer-lonn",
];
const regnskap = (extra: string[]) => [
  { agentOrgNo: AGENT_FIRM_ORGNO, packages: [...REGN, ...extra].map((n) => P + n) },
];

export const SYNTHETIC_ORGS: readonly SyntheticOrg[] = [
  // Vendors (system suppliers).
  {
    orgno: "974761076",
    name: "SKATTEETATEN",
    organisationForm: "ORGL",
    role: "vendor",
    dagligLeder: { name: "Nils Skatt", birthDate: "1970-03-14" },
    municipality: "Oslo",
  },
  {
    orgno: "991825827",
    name: "SMARTCLOUD AS",
    organisationForm: "AS",
    role: "vendor",
    dagligLeder: { name: "Sol Skyhøy", birthDate: "1982-11-02" },
    municipality: "Bergen",
  },
  {
    orgno: "314500008",
    name: "REGNSKAPSKLAR LEVERANDØR AS",
    organisationForm: "AS",
    role: "vendor",
    dagligLeder: { name: "Vilde Leverandør", birthDate: "1988-06-21" },
    municipality: "Trondheim",
  },
  {
    orgno: "314501373",
    name: "BOLIGTALL SYSTEMER AS",
    organisationForm: "AS",
    role: "vendor",
    dagligLeder: { name: "Ole Systemsen", birthDate: "1979-01-30" },
    municipality: "Stavanger",
  },
  // Customers (the organisations that approve system access). 313367002 has open claims in Skatteetaten's test data.
  {
    orgno: "313367002",
    name: "RASK KREATIV TIGER AS",
    organisationForm: "AS",
    role: "customer",
    dagligLeder: { name: "Kari Tigersen", birthDate: "1975-05-17" },
    municipality: "Oslo",
    clientOf: regnskap(["a-ordning", "skattegrunnlag"]),
  },
  {
    orgno: "310702641",
    name: "STILLE ROLIG ELG AS",
    organisationForm: "AS",
    role: "customer",
    dagligLeder: { name: "Per Elgstad", birthDate: "1968-09-09" },
    municipality: "Hamar",
    clientOf: regnskap(["a-ordning"]),
  },
  {
    orgno: "314248295",
    name: "LYSEBLÅ ÆRLIG OTER BRL",
    organisationForm: "BRL",
    role: "customer",
    dagligLeder: { name: "Åse Oterbakken", birthDate: "1990-12-24" },
    municipality: "Tromsø",
    clientOf: [
      {
        agentOrgNo: AGENT_FIRM_ORGNO,
        packages: [`${P}forretningsforer-eiendom`, `${P}regnskapsforer-lonn`],
      },
    ],
  },
  {
    orgno: "310904473",
    name: "MODIG SKARP FALK ENK",
    organisationForm: "ENK",
    role: "customer",
    dagligLeder: { name: "Jon Falkenberg", birthDate: "1985-02-11" },
    municipality: "Bodø",
  },
  {
    orgno: "314250052",
    name: "GLAD TRYGG HARE AS",
    organisationForm: "AS",
    role: "customer",
    dagligLeder: { name: "Liv Harestua", birthDate: "1972-07-07" },
    municipality: "Kristiansand",
  },
];

/**
 * An organisation's party UUID as the simulated Access Management names it (`clientId` in §1.6): derived
 * from the orgno, so it is stable across sandboxes and needs no column.
 */
export function partyUuidOf(orgno: string): string {
  return `00000000-0000-4000-8000-000${orgno}`;
}

export function orgnoOfPartyUuid(uuid: string): string | null {
  const m = /^00000000-0000-4000-8000-000(\d{9})$/.exec(uuid.toLowerCase());
  return m ? m[1]! : null;
}
