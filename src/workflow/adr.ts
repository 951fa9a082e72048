/**
 * ADR numbering and naming: pure rules, kept apart from the file system.
 */

export const adrFolders = ["docs/adr", "doc/adr", "adr"] as const;

/** The number after the highest one in use: gaps are never filled, superseded records still count. */
export function nextAdrNumber(fileNames: ReadonlyArray<string>): number {
  let highest = 0;
  for (const name of fileNames) {
    const match = /^(\d+)-.+\.md$/u.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "")
    .slice(0, 60)
    .replace(/-+$/u, "");
  return slug === "" ? "decision" : slug;
}

export function adrFileName(number: number, title: string): string {
  return `${String(number).padStart(4, "0")}-${slugify(title)}.md`;
}
