/** Quoting for generated shell and TypeScript: user values go in as data, never as code. */

/** A POSIX shell single-quoted word. */
export function sh(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A TypeScript string literal. */
export function ts(value: string): string {
  return JSON.stringify(value);
}

/** Pretty JSON indented to sit inside generated code at the given depth. */
export function json(value: unknown, indent = 0): string {
  const pad = " ".repeat(indent);
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

/** `\`-continued curl lines. */
export function lines(...parts: (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join(" \\\n  ");
}
