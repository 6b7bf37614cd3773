/**
 * The prompt as the editor holds it: text and chips. A chip names an image by identity (`TrayImage.id`), never by
 * number; numbers exist only on the wire, computed from the tray order when the request is built.
 */
export type PromptSegment = { kind: "text"; text: string } | { kind: "chip"; imageId: string };

/** Newlines live inside text segments. Normalised docs never hold two adjacent text segments or an empty one. */
export type PromptDoc = PromptSegment[];

/** What the wire functions need to know about an image: its identity and, once uploaded, its URL. */
export type PromptImageRef = { readonly id: string; readonly url?: string };

export type PromptWarning =
  /**
   * Images that no token on the wire points at. `effectivePrompt` is present when the wire prompt holds no token at
   * all: APIMart then prepends `<<<image_1>>>`, and this is the prompt it will actually run.
   */
  | { kind: "unmentioned"; imageIds: string[]; effectivePrompt?: string }
  /** Mentions whose image is gone: chips of removed images, plus literal tokens numbered past the last image. */
  | { kind: "dangling"; count: number }
  | { kind: "over_limit"; length: number; limit: 2500 }
  /** Nothing but whitespace would be sent. */
  | { kind: "empty" };
