import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $getNodeByKey, type NodeKey } from "lexical";
import type { MouseEvent } from "react";
import { thumbnailUrl } from "@/lib/references/tray-image";
import { $isImageChipNode } from "./image-chip-node";
import { useTrayEntry } from "./tray-images-context";

/**
 * A click on a chip puts the caret before or after it (whichever half was clicked). Browsers do nothing useful with
 * a click on contenteditable=false content: the caret stays wherever it was, possibly on another line.
 */
function usePlaceCaretOnClick(nodeKey: NodeKey) {
  const [editor] = useLexicalComposerContext();
  return (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || !editor.isEditable()) return;
    event.preventDefault();
    const rect = event.currentTarget.getBoundingClientRect();
    const before = event.clientX < rect.left + rect.width / 2;
    editor.getRootElement()?.focus({ preventScroll: true });
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if (!$isImageChipNode(node)) return;
      if (before) node.selectPrevious();
      else node.selectNext(0, 0);
    });
  };
}

/** The chip's visible part. Everything shown comes from the tray at render time; the node itself only knows the id. */
export function ImageChip({ imageId, nodeKey }: { imageId: string; nodeKey: NodeKey }) {
  const entry = useTrayEntry(imageId);
  const onMouseDown = usePlaceCaretOnClick(nodeKey);

  if (!entry) {
    return (
      <span
        role="img"
        aria-label="missing image"
        title="This image is no longer in the tray. Delete this chip or add the image again."
        data-chip-state="missing"
        onMouseDown={onMouseDown}
        className="mx-0.5 inline-flex h-6 select-none items-center gap-1 rounded-full border border-red-500 bg-red-950 px-2 align-middle text-xs font-medium text-red-200"
      >
        <span aria-hidden="true">⚠</span>
        <span aria-hidden="true">missing image</span>
      </span>
    );
  }

  const { position, image } = entry;
  const failed = image.status === "failed";
  return (
    <span
      role="img"
      aria-label={`image ${position}: ${image.name}`}
      title={`Image ${position}: ${image.name}`}
      data-chip-state={failed ? "failed" : "ok"}
      onMouseDown={onMouseDown}
      className={`mx-0.5 inline-flex h-6 select-none items-center gap-1 rounded-full border py-0.5 pl-0.5 pr-1.5 align-middle text-xs font-semibold ${
        failed ? "border-red-500 bg-red-950 text-red-100" : "border-neutral-700 bg-neutral-800 text-neutral-100"
      }`}
    >
      <img src={thumbnailUrl(image)} alt="" draggable={false} className="h-5 w-5 rounded-full object-cover" />
      <span
        aria-hidden="true"
        className="inline-flex h-4 min-w-4 items-center justify-center rounded-full bg-sky-500 px-1 text-[11px] leading-none text-neutral-950"
      >
        {position}
      </span>
      {/* The tray's name for it (the library's, renamed everywhere at once); the wire still says <<<image_N>>>. */}
      <span aria-hidden="true" data-chip-name="" className="max-w-32 truncate font-medium">
        {image.name}
      </span>
    </span>
  );
}
