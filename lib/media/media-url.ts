/** Pure: the browser may use it. */
export { mediaUrl } from "@/lib/storage/media-names";
