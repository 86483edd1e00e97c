"use client";

import { Tabs } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

/**
 * Designsystemet's tabs (the WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs; only the
 * selected tab is in the tab order; panels are labelled by their tab).
 */
export interface TabPanel {
  key: string;
  label: string;
  content: ReactNode;
}

export function SnippetTabs({ panels, label }: { panels: TabPanel[]; label: string }) {
  return (
    <Tabs defaultValue={panels[0]?.key} data-size="sm">
      <Tabs.List aria-label={label}>
        {panels.map((p) => (
          <Tabs.Tab key={p.key} value={p.key}>
            {p.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {panels.map((p) => (
        <Tabs.Panel key={p.key} value={p.key} className="pt-2">
          {p.content}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
