"use client";

import { useEffect } from "react";
// Loads Designsystemet's behaviour script (custom elements and observers) before the effect below runs.
import "@digdir/designsystemet-react";

/**
 * Designsystemet's behaviour script names every fieldset by its legend plus the paragraph after it. Our
 * fieldsets already tie that paragraph to the group as its description (aria-describedby), so the hint would be
 * read twice and the group's name would change; this stops that observer once and undoes what it did.
 */
export function KeepFieldsetNames() {
  useEffect(() => {
    const w = window as unknown as Record<string, unknown>;
    for (const key of Object.keys(w)) {
      const registry = w[key];
      if (!key.startsWith("_dsHotReloadCleanup") || !(registry instanceof Map)) continue;
      const stops = registry.get("fieldset");
      if (Array.isArray(stops)) for (const stop of stops) if (typeof stop === "function") stop();
      registry.set("fieldset", []);
    }
    for (const fieldset of document.querySelectorAll("fieldset[aria-labelledby]"))
      fieldset.removeAttribute("aria-labelledby");
  }, []);
  return null;
}
