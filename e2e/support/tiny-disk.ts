import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A small real file system (tmpfs) for the app's DATA_DIR, so "the disk is full" is the kernel's own ENOSPC
 * and SQLite's own SQLITE_FULL, not a simulation. Needs root (CI runs as root).
 */
export function mountTinyDisk(sizeMb: number): { dir: string; unmount(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "o1studio-tiny-disk-"));
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeMb}m`, "tmpfs", dir]);
  return {
    dir,
    unmount: () => {
      execFileSync("umount", [dir]);
      fs.rmdirSync(dir);
    },
  };
}

/** Fills the disk to the last byte with one file; returns its path (delete it to give the space back). */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, "filler.bin");
  const fd = fs.openSync(filler, "w");
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
    // The last, partial chunk: byte by byte until nothing more fits.
    try {
      for (;;) fs.writeSync(fd, chunk, 0, 1);
    } catch {
      // full
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
