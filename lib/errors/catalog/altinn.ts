import type { DoctorCatalog } from "../types";

/** Error codes of altinn, mapped to cause and fix. */
export const altinnCatalog: DoctorCatalog = {};
