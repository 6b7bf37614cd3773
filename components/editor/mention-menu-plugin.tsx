import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from "@lexical/react/LexicalTypeaheadMenuPlugin";
import { $addUpdateTag, $insertNodes, HISTORY_PUSH_TAG, type TextNode } from "lexical";
import { useCallback, useEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { type TrayImage, thumbnailUrl } from "@/lib/references/tray-image";
import { $createImageChipNode } from "./image-chip-node";

class ImageOption extends MenuOption {
  constructor(
    readonly image: TrayImage,
    readonly position: number,
  ) {
    super(image.id);
  }
}

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

/** "@" at the start or after whitespace/"(", then up to 40 non-space characters. */
const MENTION = /(^|\s|\()@([^\s@]{0,40})$/;

function MentionList({
  anchor,
  options,
  selectedIndex,
  onPick,
  onHover,
}: {
  anchor: HTMLElement;
  options: ImageOption[];
  selectedIndex: number | null;
  onPick: (option: ImageOption) => void;
  onHover: (index: number) => void;
}) {
  // Lexical creates the listbox container (role, id) itself; give it a meaningful name.
  useEffect(() => {
    anchor.setAttribute("aria-label", "Images in the tray");
  }, [anchor]);

  return createPortal(
    <ul
      role="presentation"
      className="relative z-50 mt-1 max-h-72 w-72 overflow-auto rounded-lg border border-neutral-700 bg-neutral-900 py-1 text-sm text-neutral-100 shadow-xl"
    >
      {options.map((option, index) => {
        const selected = index === selectedIndex;
        return (
          // The editor keeps focus and drives this list from the keyboard (aria-activedescendant), so the
          // options need no key handlers of their own.
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above
          <li
            key={option.key}
            id={`typeahead-item-${index}`}
            ref={option.setRefElement}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox Lexical made
            role="option"
            aria-selected={selected}
            tabIndex={-1}
            // Keep focus (and the caret) in the editor while clicking.
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => onHover(index)}
            onClick={() => onPick(option)}
            className={`flex cursor-pointer items-center gap-2 px-2 py-1.5 ${selected ? "bg-sky-500/20 text-sky-100" : ""}`}
          >
            <span className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-sky-500 px-1 text-[11px] font-semibold text-neutral-950">
              {option.position}
            </span>
            <img src={thumbnailUrl(option.image)} alt="" className="h-7 w-7 rounded object-cover" />
            <span className="truncate">{option.image.name}</span>
          </li>
        );
      })}
    </ul>,
    anchor,
  );
}

/** Typing "@" opens a listbox of tray images; Enter/Tab/click inserts the chip in place of "@query". */
export function MentionMenuPlugin({ images }: { images: readonly TrayImage[] }) {
  const [query, setQuery] = useState<string | null>(null);

  const options = useMemo(
    () => filterImages(images, query ?? "").map(({ image, position }) => new ImageOption(image, position)),
    [images, query],
  );

  // Only open when something matches, so "@" in ordinary text (a handle, an e-mail) never traps the arrow keys.
  const triggerFn = useCallback(
    (text: string): MenuTextMatch | null => {
      const match = MENTION.exec(text);
      if (!match) return null;
      const typed = match[2] ?? "";
      if (filterImages(images, typed).length === 0) return null;
      return {
        leadOffset: match.index + (match[1] ?? "").length,
        matchingString: typed,
        replaceableString: `@${typed}`,
      };
    },
    [images],
  );

  const onSelectOption = useCallback((option: ImageOption, textNode: TextNode | null, closeMenu: () => void) => {
    // Runs inside the menu's editor.update.
    $addUpdateTag(HISTORY_PUSH_TAG);
    const chip = $createImageChipNode(option.image.id);
    if (textNode) textNode.replace(chip);
    else $insertNodes([chip]);
    chip.selectNext(0, 0);
    closeMenu();
  }, []);

  return (
    <LexicalTypeaheadMenuPlugin<ImageOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={triggerFn}
      options={options}
      anchorClassName="z-50"
      menuRenderFn={(anchorElementRef, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchorElementRef.current && options.length > 0 ? (
          <MentionList
            anchor={anchorElementRef.current}
            options={options}
            selectedIndex={selectedIndex}
            onPick={(option) => {
              setHighlightedIndex(options.indexOf(option));
              selectOptionAndCleanUp(option);
            }}
            onHover={setHighlightedIndex}
          />
        ) : null
      }
    />
  );
}
