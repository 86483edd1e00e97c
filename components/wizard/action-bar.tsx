import type { ReactNode } from "react";

/**
 * The row with a step's primary action. It sticks to the bottom of the window while the form it ends is taller
 * than the screen, so the main action is always in view without scrolling (1366×768 and up).
 */
export function ActionBar({ children }: { children: ReactNode }) {
  return (
    <div
      data-action-bar
      className="sticky bottom-0 z-10 -mx-2 flex flex-wrap items-center gap-3 border-t border-line bg-canvas px-2 py-3"
    >
      {children}
    </div>
  );
}
