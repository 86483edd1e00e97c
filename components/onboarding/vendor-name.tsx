"use client";

import { useEffect, useState } from "react";
import type { lookupVendorName as LookupAction } from "@/app/(wizard)/onboarding/actions";
import type { EnvironmentId } from "@/lib/environments";
import type { OnboardingMessages } from "@/lib/i18n/messages/onboarding";
import { format } from "@/lib/i18n/types";
import { isValidOrgno, normaliseOrgno } from "@/lib/mod11";

type Lookup = { key: string; name: string | null; unavailable?: boolean };

/**
 * The vendor's name from the organisation register, looked up once the number passes MOD11. An unknown
 * organisation is said to be fine: the name is a convenience, not a check. A register that could not be
 * asked (network, timeout, 5xx) is said as such, not as "not found".
 */
export function VendorName({
  env,
  orgno,
  initial,
  lookup,
  texts,
}: {
  env: EnvironmentId;
  orgno: string;
  initial: string | null;
  lookup: typeof LookupAction;
  texts: OnboardingMessages["lookup"];
}) {
  const value = normaliseOrgno(orgno);
  const valid = isValidOrgno(value);
  const key = `${env}:${value}`;
  const [result, setResult] = useState<Lookup | null>(initial ? { key, name: initial } : null);

  useEffect(() => {
    if (!valid || result?.key === key) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const res = await lookup({ env, orgno: value });
      if (!cancelled)
        setResult(
          res.ok
            ? { key, name: res.data.name, unavailable: res.data.unavailable }
            : { key, name: null, unavailable: true },
        );
    }, 350);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [env, value, valid, key, result?.key, lookup]);

  const current = result?.key === key ? result : null;
  return (
    <p aria-live="polite" className="-mt-3 min-h-5 text-sm">
      {valid && !current && <span className="text-ink-subtle">{texts.pending}</span>}
      {valid && current?.name && (
        <span className="font-semibold">{format(texts.found, { name: current.name })}</span>
      )}
      {valid && current && !current.name && (
        <span className="text-ink-subtle">{current.unavailable ? texts.unavailable : texts.notFound}</span>
      )}
    </p>
  );
}
