/**
 * The registers of a folder, as consolidation reads them: every `*.xlsx` directly in it (not in
 * sub-folders), skipping Excel lock files (`~$…`) and hidden files. A symbolic link to a file is
 * listed (it is read through the link); a link that leads nowhere is returned apart, so that it is
 * reported rather than skipped silently. Shared by the consolidation and the CLI's output guard
 * (src/cli/files.ts), which must know which files a folder input will be read from.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { compareVietnameseText } from "../../domain/text/collate";

export const isRegisterCandidate = (name: string): boolean =>
  /\.xlsx$/iu.test(name) && !name.startsWith("~$") && !name.startsWith(".");

export interface FolderListing {
  /** Files to read (`path.join(dir, name)`), in Vietnamese order. */
  readonly files: string[];
  /** Candidate names that are links to nothing (or to a loop), in Vietnamese order. */
  readonly broken: string[];
}

export async function listRegisterFolder(dir: string): Promise<FolderListing> {
  const files: string[] = [];
  const broken: string[] = [];
  for (const d of await fs.readdir(dir, { withFileTypes: true })) {
    if (!isRegisterCandidate(d.name)) continue;
    if (d.isFile()) files.push(d.name);
    else if (d.isSymbolicLink()) {
      const target = await fs.stat(path.join(dir, d.name)).catch(() => null);
      if (!target) broken.push(d.name);
      else if (target.isFile()) files.push(d.name);
    }
  }
  const full = (names: string[]) => names.sort(compareVietnameseText).map((n) => path.join(dir, n));
  return { files: full(files), broken: full(broken) };
}
