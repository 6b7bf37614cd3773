import { MenuOption } from "@lexical/react/LexicalTypeaheadMenuPlugin";
import { searchLibrary } from "@/lib/library/merge";
import type { ImageRef } from "@/lib/references/image-ref";
import type { TrayImage } from "@/lib/references/tray-image";

/** How many library images one "@" lists after the tray's (the picker dialog shows them all). */
export const LIBRARY_MENTIONS_MAX = 8;

export class TrayOption extends MenuOption {
  readonly kind = "tray";
  constructor(
    readonly image: TrayImage,
    readonly position: number,
  ) {
    super(image.id);
  }
}

export class LibraryOption extends MenuOption {
  readonly kind = "library";
  constructor(readonly image: ImageRef) {
    super(`library-${image.assetId}`);
  }
}

export type MentionOption = TrayOption | LibraryOption;

/** Matches by number ("2", "image2") or by any part of the file name, ignoring case. */
export function filterImages(
  images: readonly TrayImage[],
  query: string,
): Array<{ image: TrayImage; position: number }> {
  const q = query.trim().toLowerCase();
  return images
    .map((image, index) => ({ image, position: index + 1 }))
    .filter(
      ({ image, position }) =>
        q === "" ||
        String(position) === q ||
        `image${position}` === q.replace(/[\s_-]/g, "") ||
        image.name.toLowerCase().includes(q),
    );
}

/** The tray's matches first (by number or name), then the library's by name, leaving out what the tray has. */
export function mentionOptions(
  tray: readonly TrayImage[],
  library: readonly ImageRef[],
  query: string,
): MentionOption[] {
  const inTray = new Set(tray.flatMap((image) => (image.ref ? [image.ref.assetId] : [])));
  const fromTray = filterImages(tray, query).map(({ image, position }) => new TrayOption(image, position));
  const fromLibrary = searchLibrary(library, query)
    .filter((ref) => !inTray.has(ref.assetId))
    .slice(0, LIBRARY_MENTIONS_MAX)
    .map((ref) => new LibraryOption(ref));
  return [...fromTray, ...fromLibrary];
}
