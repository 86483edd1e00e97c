"use client";

import { buttonClass } from "@/components/ui/button";

/** Saves public data (a JWK, a JWKS) as a file, made in the browser: nothing secret goes through here. */
export function saveFile(filename: string, content: string | Blob, type = "application/json"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DownloadButton({
  filename,
  content,
  label,
}: {
  filename: string;
  content: string;
  label: string;
}) {
  return (
    <button type="button" className={buttonClass("secondary")} onClick={() => saveFile(filename, content)}>
      {label}
    </button>
  );
}
