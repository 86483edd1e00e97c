"use client";

import { Fragment, type ReactNode } from "react";
import { termPattern } from "@/lib/glossary-match";
import { useLocale } from "@/components/layout/locale-provider";
import { Term } from "./term";

/**
 * A plain text with the first occurrence of each glossary term in it made a `Term` (explanation on hover and
 * focus). The words are found by lib/glossary-match.ts, so the dictionaries stay plain strings.
 */
export function WithTerms({ text }: { text: string }) {
  const { regex, idOf } = termPattern(useLocale());
  const seen = new Set<string>();
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(regex)) {
    const id = idOf(m[0]);
    if (!id || seen.has(id) || m.index === undefined) continue;
    seen.add(id);
    parts.push(text.slice(last, m.index));
    parts.push(
      <Term key={`${id}-${m.index}`} id={id}>
        {m[0]}
      </Term>,
    );
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </>
  );
}
