export { type DraftImage, readDraftImages, readDraftVideo } from "./draft";
export { IMAGE_NAME_MAX, type ImageRef, imageLabel, imageRefFromStored, imageRefSchema } from "./image-ref";
export {
  completeStoredImages,
  type LegacyImage,
  legacyAssetIds,
  readStoredImages,
  readStoredVideo,
  type StoredImage,
  storedImagesJson,
  storedVideoJson,
} from "./stored";
export { readyRef, type TrayImage, type TrayImageStatus, thumbnailUrl, trayImageFromRef } from "./tray-image";
export {
  type VideoCheck,
  type VideoChoice,
  type VideoRef,
  videoCheckFrom,
  videoCheckSchema,
  videoChoice,
  videoChoiceSchema,
  videoRefSchema,
} from "./video-ref";
