import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { isServableName, type MediaKind, mediaKinds, mediaUrl } from "./media-names";
import type { ByteRange, MediaStorage, StoredObject } from "./media-storage";
import { guardStorage } from "./storage-error";

/** Scratch lives inside the media folder, so a finished file reaches its final name by a rename on one disk. */
const SCRATCH = ".scratch";

/** Leftovers of older versions and of other writers into the kind folders: never served, removed at start. */
const partial = /(\.part$|^\.checking-|\.tmp$)/;

function checkedName(name: string): string {
  if (!isServableName(name)) throw new Error(`not a storable media name: ${JSON.stringify(name)}`);
  return name;
}

async function statObject(kind: MediaKind, name: string, file: string): Promise<StoredObject | undefined> {
  const stat = await fs.promises.stat(file).catch(() => undefined);
  return stat?.isFile() ? { kind, name, bytes: stat.size, modifiedAt: stat.mtimeMs } : undefined;
}

/** Writes the whole buffer and flushes it to disk before the file is renamed into place. */
async function writeDurably(file: string, data: Uint8Array): Promise<void> {
  const handle = await fs.promises.open(file, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The media folder of today's layout: `<root>/<kind>/<name>`. */
export function localMediaStorage(options: { root: string; publicBaseUrl: string }): MediaStorage {
  const dir = (kind: MediaKind) => path.join(options.root, kind);
  const pathOf = (kind: MediaKind, name: string) => path.join(dir(kind), checkedName(name));
  const scratchDir = path.join(options.root, SCRATCH);

  async function scratchPath(suffix: string): Promise<string> {
    await fs.promises.mkdir(scratchDir, { recursive: true });
    return path.join(scratchDir, `${randomUUID()}${suffix.replace(/[^\w.-]/g, "")}`);
  }

  async function moveIntoPlace(kind: MediaKind, name: string, file: string): Promise<StoredObject> {
    const destination = pathOf(kind, name);
    await fs.promises.mkdir(dir(kind), { recursive: true });
    try {
      await fs.promises.rename(file, destination);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      // A scratch file from another disk: copy next to the destination first, so the rename stays atomic.
      const near = await scratchPath(".part");
      await fs.promises.copyFile(file, near);
      await fs.promises.rename(near, destination);
      await fs.promises.rm(file, { force: true });
    }
    const stored = await statObject(kind, name, destination);
    if (!stored) throw new Error(`${kind}/${name} vanished after it was stored`);
    return stored;
  }

  return {
    kind: "local",
    put: (kind, name, data) =>
      guardStorage(`storing ${kind}/${name}`, async () => {
        const temp = await scratchPath(".part");
        try {
          await writeDurably(temp, data);
          return await moveIntoPlace(kind, name, temp);
        } catch (error) {
          await fs.promises.rm(temp, { force: true });
          throw error;
        }
      }),
    putFile: (kind, name, file) => guardStorage(`storing ${kind}/${name}`, () => moveIntoPlace(kind, name, file)),
    scratchPath: (suffix) => guardStorage("making a scratch file", () => scratchPath(suffix)),
    head: async (kind, name) => (isServableName(name) ? statObject(kind, name, pathOf(kind, name)) : undefined),
    read: async (kind, name, range?: ByteRange): Promise<Readable | undefined> => {
      if (!isServableName(name) || !(await statObject(kind, name, pathOf(kind, name)))) return undefined;
      return fs.createReadStream(pathOf(kind, name), range ? { start: range.start, end: range.end } : {});
    },
    readBuffer: async (kind, name) =>
      isServableName(name) ? fs.promises.readFile(pathOf(kind, name)).catch(() => undefined) : undefined,
    localPath: (kind, name) => (isServableName(name) ? pathOf(kind, name) : undefined),
    touch: (kind, name) =>
      guardStorage(`touching ${kind}/${name}`, async () => {
        const now = new Date();
        await fs.promises.utimes(pathOf(kind, name), now, now).catch(() => undefined);
      }),
    delete: (kind, name) =>
      guardStorage(`deleting ${kind}/${name}`, () =>
        fs.promises.rm(path.join(dir(kind), path.basename(name)), { force: true }),
      ),
    list: async (kind) => {
      const names = await fs.promises.readdir(dir(kind)).catch(() => [] as string[]);
      const objects = await Promise.all(names.map((name) => statObject(kind, name, path.join(dir(kind), name))));
      return objects.filter((object): object is StoredObject => object !== undefined);
    },
    fetchableUrl: async (kind, name) => `${options.publicBaseUrl}${mediaUrl(kind, checkedName(name))}`,
    cleanScratch: async () => {
      let removed = 0;
      const scratch = await fs.promises.readdir(scratchDir).catch(() => [] as string[]);
      for (const name of scratch) {
        await fs.promises.rm(path.join(scratchDir, name), { force: true, recursive: true });
        removed += 1;
      }
      for (const kind of mediaKinds) {
        for (const name of await fs.promises.readdir(dir(kind)).catch(() => [] as string[])) {
          if (!partial.test(name)) continue;
          await fs.promises.rm(path.join(dir(kind), name), { force: true });
          removed += 1;
        }
      }
      return removed;
    },
  };
}
