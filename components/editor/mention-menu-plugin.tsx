import { LexicalTypeaheadMenuPlugin, type MenuTextMatch } from "@lexical/react/LexicalTypeaheadMenuPlugin";
import { $addUpdateTag, $insertNodes, HISTORY_PUSH_TAG, type TextNode } from "lexical";
import { useCallback, useEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useLibrary } from "@/components/library/library-context";
import { type TrayImage, thumbnailUrl } from "@/lib/references/tray-image";
import { $createImageChipNode } from "./image-chip-node";
import { type MentionOption, mentionOptions } from "./mention-options";
import { $takeTypedMention, MENTION } from "./typed-mention";

export { filterImages } from "./mention-options";

function MentionList({
  anchor,
  options,
  selectedIndex,
  onPick,
  onHover,
}: {
  anchor: HTMLElement;
  options: MentionOption[];
  selectedIndex: number | null;
  onPick: (option: MentionOption) => void;
  onHover: (index: number) => void;
}) {
  // Lexical creates the listbox container (role, id) itself; give it a meaningful name.
  // Lexical writes its own generic label again whenever it repositions the menu, so keep putting ours back.
  useEffect(() => {
    const name = "Images in the tray and your library";
    const label = () => {
      if (anchor.getAttribute("aria-label") !== name) anchor.setAttribute("aria-label", name);
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(anchor, { attributes: true, attributeFilter: ["aria-label"] });
    return () => observer.disconnect();
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
            {option.kind === "tray" ? (
              <>
                <span className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-sky-500 px-1 text-[11px] font-semibold text-neutral-950">
                  {option.position}
                </span>
                <img src={thumbnailUrl(option.image)} alt="" className="h-7 w-7 rounded object-cover" />
                <span className="truncate">{option.image.name}</span>
              </>
            ) : (
              <>
                <span className="inline-flex h-5 shrink-0 items-center rounded-full bg-neutral-700 px-1.5 text-[10px] font-medium text-neutral-200">
                  library
                </span>
                <img src={option.image.previewUrl} alt="" className="h-7 w-7 rounded object-cover" />
                <span className="truncate">{option.image.name}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>,
    anchor,
  );
}

/**
 * Typing "@" opens a listbox of the tray's images, then the library's; Enter/Tab/click inserts the chip in place
 * of "@query". A library image joins the tray first (as it is: no upload), then its chip goes in.
 */
export function MentionMenuPlugin({ images }: { images: readonly TrayImage[] }) {
  const [query, setQuery] = useState<string | null>(null);
  const library = useLibrary();
  const { lookup } = library;

  const options = useMemo(() => mentionOptions(images, library.images, query ?? ""), [images, library.images, query]);

  // Only open when something matches, so "@" in ordinary text (a handle, an e-mail) never traps the arrow keys.
  const triggerFn = useCallback(
    (text: string): MenuTextMatch | null => {
      const match = MENTION.exec(text);
      if (!match) return null;
      const typed = match[2] ?? "";
      // A library larger than the images held is searched on the server too; its finds list on the next key.
      // After this read of the editor, not inside it: the search may set the library's state.
      queueMicrotask(() => lookup(typed));
      if (mentionOptions(images, library.images, typed).length === 0) return null;
      return {
        leadOffset: match.index + (match[1] ?? "").length,
        matchingString: typed,
        replaceableString: `@${typed}`,
      };
    },
    [images, library.images, lookup],
  );

  const onSelectOption = useCallback(
    (option: MentionOption, textNode: TextNode | null, closeMenu: () => void) => {
      // Runs inside the menu's editor.update.
      const imageId = option.kind === "tray" ? option.image.id : library.addToTray([option.image])[0];
      if (!imageId) {
        // The tray is full: it says so; the typed "@name" stays as text.
        closeMenu();
        return;
      }
      $addUpdateTag(HISTORY_PUSH_TAG);
      const chip = $createImageChipNode(imageId);
      const typed = $takeTypedMention(textNode);
      if (typed) typed.replace(chip);
      else $insertNodes([chip]);
      chip.selectNext(0, 0);
      closeMenu();
    },
    [library],
  );

  return (
    <LexicalTypeaheadMenuPlugin<MentionOption>
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
