/**
 * Files carried by a paste that belong in the tray. A screenshot or a picture copied in a browser arrives as a
 * file with no plain text; Office apps put a rendered picture next to the copied text, and that paste is the
 * prompt editor's (it handles pastes with text/plain and leaves file-only pastes to the tray).
 */
export function filesFromClipboard(data: DataTransfer | null | undefined): File[] {
  if (!data) return [];
  if (data.getData("text/plain").trim() !== "") return [];
  const files = Array.from(data.files ?? []);
  if (files.length > 0) return files;
  const fromItems: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== "file") continue;
    const file = item.getAsFile();
    if (file) fromItems.push(file);
  }
  return fromItems;
}
