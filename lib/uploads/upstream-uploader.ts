import "server-only";
import type { UploadedImage } from "@/lib/apimart";
import { upstream } from "@/lib/upstream";

/** Sends one stored file to APIMart's upload endpoint. Replaceable in tests. */
export type UpstreamUploader = (file: Blob, filename: string) => Promise<UploadedImage>;

export const defaultUpstreamUploader: UpstreamUploader = (file, filename) => upstream().uploadImage(file, filename);
