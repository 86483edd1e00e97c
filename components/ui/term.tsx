"use client";

import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { createPortal } from "react-dom";
import { useLocale } from "@/components/layout/locale-provider";
import { GLOSSARY, termHref, type TermId } from "@/lib/glossary";

const GAP = 6;
const MARGIN = 8;

/**
 * A term of art with its glossary explanation: a link to the glossary page (in a new tab) with a dotted underline, whose
 * explanation appears on hover and on keyboard focus (WCAG 1.4.13: it stays while the pointer is over it, and
 * Escape closes it). The explanation is the link's accessible description (aria-describedby), so a screen
 * reader says it too. It is placed fixed and kept inside the viewport, so it never widens the page, and it
 * lives at the end of the body (a portal): inside a form's <label> its text would otherwise become part of
 * the field's label.
 */
export function Term({ id, children }: { id: TermId; children: ReactNode }) {
  const locale = useLocale();
  const entry = GLOSSARY[id];
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const anchor = useRef<HTMLAnchorElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The explanation exists only in the browser (a portal needs document.body); until then no description.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const show = useCallback(() => {
    if (closeTimer.current) clearTimeout(closeTimer.current);
    setOpen(true);
  }, []);
  const hide = useCallback(() => {
    if (closeTimer.current) clearTimeout(closeTimer.current);
    setOpen(false);
    setPos(null);
  }, []);
  // A short grace period so the pointer can move from the word onto the explanation.
  const hideSoon = useCallback(() => {
    if (closeTimer.current) clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(hide, 150);
  }, [hide]);

  useLayoutEffect(() => {
    if (!open || !anchor.current || !tip.current) return;
    const a = anchor.current.getBoundingClientRect();
    const w = tip.current.offsetWidth;
    const h = tip.current.offsetHeight;
    const left = Math.max(MARGIN, Math.min(a.left, window.innerWidth - w - MARGIN));
    const below = a.bottom + GAP;
    const top = below + h + MARGIN > window.innerHeight && a.top - GAP - h > MARGIN ? a.top - GAP - h : below;
    setPos({ top, left });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") hide();
    };
    // A fixed explanation would drift away from its word when the page moves.
    window.addEventListener("keydown", onKey);
    window.addEventListener("scroll", hide, { passive: true });
    window.addEventListener("resize", hide);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("scroll", hide);
      window.removeEventListener("resize", hide);
    };
  }, [open, hide]);

  useEffect(
    () => () => {
      if (closeTimer.current) clearTimeout(closeTimer.current);
    },
    [],
  );

  const explanation = (
    <span
      ref={tip}
      id={tipId}
      role="tooltip"
      hidden={!open}
      style={pos ? { top: pos.top, left: pos.left } : { top: 0, left: 0, visibility: "hidden" }}
      className="fixed z-50 block w-72 max-w-[calc(100vw-1rem)] rounded-md border border-line bg-surface p-3 text-left text-sm font-normal normal-case leading-snug tracking-normal text-ink shadow-lg"
    >
      <strong className="block font-semibold">{entry.term[locale]}</strong>
      <span className="mt-1 block">{entry.text[locale]}</span>
    </span>
  );

  return (
    <span className="inline" onMouseEnter={show} onMouseLeave={hideSoon}>
      <a
        ref={anchor}
        href={termHref(id)}
        // A new tab, so a term in a form's label never takes the reader away from what they typed.
        target="_blank"
        aria-describedby={mounted ? tipId : undefined}
        data-term={id}
        onFocus={show}
        onBlur={hide}
        className="text-inherit underline decoration-dotted decoration-2 underline-offset-4 hover:decoration-solid"
      >
        {children}
      </a>
      {mounted && createPortal(explanation, document.body)}
    </span>
  );
}

function noSubscription(): () => void {
  return () => {};
}
