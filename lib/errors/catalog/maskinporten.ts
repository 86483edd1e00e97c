import type { DoctorCatalog } from "../types";

/** Error codes of maskinporten, mapped to cause and fix. */
export const maskinportenCatalog: DoctorCatalog = {};
