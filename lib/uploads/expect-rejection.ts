import { UploadRejectedError } from "./upload-error";

/** Test helper: the UploadRejectedError a promise fails with (anything else, or success, fails the test). */
export async function rejection(promise: Promise<unknown>): Promise<UploadRejectedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UploadRejectedError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}
