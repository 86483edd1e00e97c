import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import type { Diagnosis } from "@/lib/errors/types";

/**
 * Puts a failed action's field errors and the error doctor's field-bound diagnoses (AUTH.VLD-xxxxx,
 * AUTH-00021, …) on the form's fields, and returns the diagnoses that belong to no field. `stripPrefix`
 * removes a wrapper from the field names (an action whose input is `{ values, … }`).
 */
export function applyServerErrors<T extends FieldValues>(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  setError: UseFormSetError<T>,
  knownFields: readonly string[],
  stripPrefix = "",
): { unplaced: Diagnosis[]; placed: number } {
  let placed = 0;
  const fieldName = (key: string) =>
    stripPrefix && key.startsWith(stripPrefix) ? key.slice(stripPrefix.length) : key;
  for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
    const name = fieldName(key);
    if (messages[0] && name !== "_form") {
      setError(name as Path<T>, { type: "server", message: messages[0] }, { shouldFocus: placed === 0 });
      placed++;
    }
  }
  const unplaced: Diagnosis[] = [];
  for (const d of [...(result.diagnosis ? [result.diagnosis] : []), ...(result.diagnoses ?? [])]) {
    const field =
      d.field && knownFields.some((f) => d.field === f || d.field!.startsWith(`${f}.`)) ? d.field : null;
    if (field) {
      setError(
        field as Path<T>,
        { type: "server", message: `${d.code}: ${d.title}. ${d.fix}` },
        { shouldFocus: placed === 0 },
      );
      placed++;
    } else {
      unplaced.push(d);
    }
  }
  return { unplaced, placed };
}
