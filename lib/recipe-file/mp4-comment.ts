/**
 * Reads the comment (`moov/udta/meta/ilst/©cmt`, where `ffmpeg -metadata comment=…` puts it in an MP4) from a
 * file in the browser without reading the whole file: top-level box headers are read one by one and only the
 * `moov` box is loaded. Pure (Blob in, string out); null when there is no comment or the file is not an MP4.
 */
const MAX_MOOV_BYTES = 32 * 1024 * 1024;
const MAX_TOP_LEVEL_BOXES = 64;

type Box = { type: string; start: number; body: number; end: number };

function typeAt(view: DataView, offset: number): string {
  return String.fromCharCode(...[0, 1, 2, 3].map((i) => view.getUint8(offset + i)));
}

/** The box at `offset` of `view` (sizes 0 = to the end, 1 = 64-bit), or null when it does not fit. */
function boxAt(view: DataView, offset: number, limit: number): Box | null {
  if (offset + 8 > limit) return null;
  let size = view.getUint32(offset);
  let body = offset + 8;
  if (size === 1) {
    if (offset + 16 > limit) return null;
    size = Number(view.getBigUint64(offset + 8));
    body = offset + 16;
  } else if (size === 0) {
    size = limit - offset;
  }
  if (size < body - offset || offset + size > limit) return null;
  return { type: typeAt(view, offset + 4), start: offset, body, end: offset + size };
}

function child(view: DataView, parent: { body: number; end: number }, type: string): Box | null {
  for (let offset = parent.body; offset < parent.end; ) {
    const box = boxAt(view, offset, parent.end);
    if (!box) return null;
    if (box.type === type) return box;
    offset = box.end;
  }
  return null;
}

async function moovOf(file: Blob): Promise<DataView | null> {
  let offset = 0;
  for (let i = 0; i < MAX_TOP_LEVEL_BOXES && offset + 8 <= file.size; i++) {
    const head = new DataView(await file.slice(offset, offset + 16).arrayBuffer());
    const type = typeAt(head, 4);
    if (i === 0 && type !== "ftyp") return null;
    const size32 = head.getUint32(0);
    if (size32 === 1 && head.byteLength < 16) return null;
    const size = size32 === 1 ? Number(head.getBigUint64(8)) : size32 === 0 ? file.size - offset : size32;
    if (size < 8) return null;
    if (type === "moov") {
      if (size > MAX_MOOV_BYTES || offset + size > file.size) return null;
      return new DataView(await file.slice(offset, offset + size).arrayBuffer());
    }
    offset += size;
  }
  return null;
}

export async function readMp4Comment(file: Blob): Promise<string | null> {
  const moov = await moovOf(file);
  if (!moov) return null;
  const root = boxAt(moov, 0, moov.byteLength);
  if (!root) return null;
  const udta = child(moov, root, "udta");
  const meta = udta && child(moov, udta, "meta");
  if (!meta) return null;
  // ISO `meta` is a full box (4 bytes of version and flags before its children); QuickTime's is not.
  const full = meta.body + 12 <= meta.end && typeAt(moov, meta.body + 8) === "hdlr";
  const ilst = child(moov, { body: full ? meta.body + 4 : meta.body, end: meta.end }, "ilst");
  const comment = ilst && child(moov, ilst, "\u00a9cmt");
  const data = comment && child(moov, comment, "data");
  // data: 4 bytes of type, 4 of locale, then the UTF-8 text.
  if (!data || data.body + 8 > data.end) return null;
  const bytes = new Uint8Array(moov.buffer, moov.byteOffset + data.body + 8, data.end - data.body - 8);
  return new TextDecoder().decode(bytes);
}
