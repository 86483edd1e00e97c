import type { DoctorCatalog } from "../types";

/** Error codes of skatteetaten, mapped to cause and fix. */
export const skatteetatenCatalog: DoctorCatalog = {};
