import { describe, expect, it } from "vitest";
import { findClientHolder, type SystemLookup } from "@/lib/altinn/client-holder";
import type { RegisteredSystem } from "@/lib/altinn/types";

function system(id: string, clientId: string[], over: Partial<RegisteredSystem> = {}): RegisteredSystem {
  return {
    id,
    vendor: { ID: "0192:314500008" } as RegisteredSystem["vendor"],
    name: { nb: `Navn ${id}`, en: `Name ${id}` },
    description: {},
    rights: [],
    accessPackages: [],
    clientId,
    isVisible: true,
    allowedRedirectUrls: [],
    isDeleted: false,
    ...over,
  };
}

function lookup(systems: RegisteredSystem[]): SystemLookup & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async listSystems() {
      return systems
        .filter((s) => !s.isDeleted)
        .map((s) => ({
          systemId: s.id,
          name: s.name,
          description: {},
          rights: [],
          accessPackages: [],
          isVisible: true,
        }));
    },
    async getSystem(id) {
      reads.push(id);
      return systems.find((s) => s.id === id) ?? null;
    },
  };
}

describe("findClientHolder", () => {
  it("finds the session's saved system first, in the reader's language", async () => {
    const l = lookup([system("v_a", ["other"]), system("v_saved", ["C-1"])]);
    expect(await findClientHolder(l, ["c-1"], "v_new", { savedSystemId: "v_saved", locale: "en" })).toEqual({
      systemId: "v_saved",
      name: "Name v_saved",
    });
    expect(l.reads).toEqual(["v_saved"]);
  });

  it("else looks through the vendor's systems, skipping the one being saved and deleted ones", async () => {
    const l = lookup([
      system("v_new", ["c-1"]),
      system("v_gone", ["c-1"], { isDeleted: true }),
      system("v_b", ["x"]),
      system("v_c", ["c-1"]),
    ]);
    expect(await findClientHolder(l, ["c-1"], "v_new")).toEqual({ systemId: "v_c", name: "Navn v_c" });
    expect(l.reads).not.toContain("v_new");
  });

  it("null when none of the vendor's systems holds it (another vendor's system is not visible)", async () => {
    expect(await findClientHolder(lookup([system("v_b", ["x"])]), ["c-1"], "v_new")).toBeNull();
  });
});
