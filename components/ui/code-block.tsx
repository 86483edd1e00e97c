import { CopyButton } from "./copy-button";

/** A labelled block of code or JSON with a copy button. */
export function CodeBlock({
  label,
  code,
  copyLabel,
  copiedLabel,
  id,
}: {
  label: string;
  code: string;
  copyLabel: string;
  copiedLabel: string;
  id?: string;
}) {
  return (
    <figure className="rounded-md border border-line bg-surface">
      <figcaption className="flex items-center justify-between gap-2 border-b border-line px-3 py-2 text-xs font-semibold text-ink-subtle">
        <span id={id}>{label}</span>
        <CopyButton value={code} label={copyLabel} copiedLabel={copiedLabel} />
      </figcaption>
      <pre
        tabIndex={0}
        aria-labelledby={id}
        className="max-h-96 overflow-auto p-3 font-mono text-xs leading-relaxed"
      >
        {code}
      </pre>
    </figure>
  );
}
