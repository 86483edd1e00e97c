import type { DbOrTx } from "@/lib/db/client";
import { simOrgs } from "@/lib/db/schema";
import { orgnoCheckDigit } from "@/lib/mod11";

/**
 * Many synthetic customer organisations for one simulator sandbox (the seed has five): valid MOD11 numbers
 * starting with 3, as Tenor's do, written into the sandbox's organisation register. Shared by the customer
 * tests and the benchmark (no vitest here).
 */
export function manyCustomerOrgnos(n: number, start = 39_000_000): string[] {
  const out: string[] = [];
  for (let base = start; out.length < n; base++) {
    const first8 = String(base).padStart(8, "0");
    const check = orgnoCheckDigit(first8);
    if (check !== null) out.push(`${first8}${check}`);
  }
  return out;
}

export async function addCustomerOrgs(
  db: DbOrTx,
  sandboxId: string,
  orgnos: readonly string[],
): Promise<void> {
  const rows = orgnos.map((orgno, i) => ({
    sandboxId,
    orgno,
    name: `KUNDE ${i + 1} AS`,
    role: "customer" as const,
    position: 1000 + i,
    data: {
      orgno,
      name: `KUNDE ${i + 1} AS`,
      organisationForm: "AS" as const,
      role: "customer" as const,
      dagligLeder: { name: "Dagny Leder", birthDate: "1970-01-01" },
      municipality: "OSLO",
    },
  }));
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insert(simOrgs)
      .values(rows.slice(i, i + 200))
      .onConflictDoNothing();
}
