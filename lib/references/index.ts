export { type DraftImage, readDraftImages, readDraftVideo } from "./draft";
export { IMAGE_NAME_MAX, type ImageRef, imageLabel, imageRefFromStored, readImageRef } from "./image-ref";
export { imageRefSchema } from "./image-ref-schema";
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
  readVideoCheck,
  readVideoRef,
  type VideoCheck,
  type VideoChoice,
  type VideoRef,
  videoCheckFrom,
  videoChoice,
} from "./video-ref";
export { videoCheckSchema, videoChoiceSchema, videoRefSchema } from "./video-ref-schema";
