import { $create, $getDocument, $getState, $setState, createState, DecoratorNode, type LexicalNode } from "lexical";
import type { JSX } from "react";
import { IMAGE_CHIP_TYPE } from "./chip-type";
import { ImageChip } from "./image-chip";

const imageIdState = createState("imageId", {
  parse: (value: unknown) => (typeof value === "string" ? value : ""),
});

/** Marks a chip's host element so drop handling can tell "dropped on a chip" from "dropped in text". */
export const CHIP_HOST_ATTRIBUTE = "data-o1-chip";

/**
 * An inline, atomic reference to a tray image. It stores the image's identity only: the number is looked up from
 * the tray when rendering and when building the wire prompt, so reordering or removing images can never make a
 * chip point at the wrong picture.
 *
 * `imageId` is flat node state, so it appears as `"imageId"` in the node JSON that Lexical's clipboard, history
 * and `exportJSON` use, and clone/undo carry it without hand-written clone/importJSON.
 */
export class ImageChipNode extends DecoratorNode<JSX.Element> {
  $config() {
    return this.config(IMAGE_CHIP_TYPE, {
      extends: DecoratorNode,
      stateConfigs: [{ stateConfig: imageIdState, flat: true }],
    });
  }

  getImageId(): string {
    return $getState(this, imageIdState);
  }

  setImageId(imageId: string): this {
    return $setState(this, imageIdState, imageId);
  }

  createDOM(): HTMLElement {
    const host = $getDocument().createElement("span");
    host.setAttribute(CHIP_HOST_ATTRIBUTE, "");
    host.className = "inline-block align-middle";
    return host;
  }

  updateDOM(): false {
    return false;
  }

  isInline(): true {
    return true;
  }

  /**
   * Lexical's "keyboard selectable" means an arrow key stops ON the chip with a node selection, where typed
   * characters go nowhere and a second arrow press is needed to get past. A chip behaves as one character instead:
   * arrows step over it (so the caret reaches before, between and after adjacent chips), Shift+arrows select it as
   * part of a range, and Backspace/Delete remove it whole.
   */
  isKeyboardSelectable(): false {
    return false;
  }

  /**
   * Empty on purpose: the chip has no text of its own, and anything here (a number, a zero-width marker) would leak
   * into plain-text copies and character counts. Copy and the wire prompt render chips explicitly instead.
   */
  getTextContent(): string {
    return "";
  }

  decorate(): JSX.Element {
    return <ImageChip imageId={this.getImageId()} nodeKey={this.getKey()} />;
  }
}

export function $createImageChipNode(imageId: string): ImageChipNode {
  return $create(ImageChipNode).setImageId(imageId);
}

export function $isImageChipNode(node: LexicalNode | null | undefined): node is ImageChipNode {
  return node instanceof ImageChipNode;
}
