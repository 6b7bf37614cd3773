import { describe, expect, it } from "vitest";
import { avif, fakeHeif, gif, jpeg, png, webp } from "@/test-support/test-images";
import { sniffKind } from "./sniff";

const text = (value: string) => new TextEncoder().encode(value);

describe("sniffKind", () => {
  it("recognises the images it can send or convert, from real files", async () => {
    expect(sniffKind(await jpeg(40, 30))).toBe("jpeg");
    expect(sniffKind(await png(40, 30))).toBe("png");
    expect(sniffKind(await webp(40, 30))).toBe("webp");
    expect(sniffKind(await webp(40, 30, { lossless: true }))).toBe("webp");
    expect(sniffKind(await gif(40, 30))).toBe("gif");
    expect(sniffKind(await avif(40, 30))).toBe("avif");
  });

  it("recognises HEIC by its ftyp brand, including generic HEIF brands", () => {
    expect(sniffKind(fakeHeif("heic", ["mif1", "heic"]))).toBe("heic");
    expect(sniffKind(fakeHeif("heix"))).toBe("heic");
    expect(sniffKind(fakeHeif("hevc"))).toBe("heic");
    expect(sniffKind(fakeHeif("mif1", ["heic"]))).toBe("heic");
    expect(sniffKind(fakeHeif("msf1", ["hevc"]))).toBe("heic");
    expect(sniffKind(fakeHeif("mif1", ["avif", "miaf"]))).toBe("avif");
  });

  it("tells videos in the same container apart from photos", () => {
    expect(sniffKind(fakeHeif("isom", ["iso2", "avc1", "mp41"]))).toBe("video");
    expect(sniffKind(fakeHeif("qt  "))).toBe("video");
  });

  it("recognises documents and text, whatever the file is called", () => {
    expect(sniffKind(text("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe("pdf");
    expect(sniffKind(text("Shopping list:\n- eggs\n- café au lait\n"))).toBe("text");
    expect(sniffKind(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe("svg");
    expect(sniffKind(text("<!DOCTYPE html><html></html>"))).toBe("html");
    expect(sniffKind(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe("zip");
    expect(sniffKind(Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]))).toBe("tiff");
  });

  it("keeps text detection working when the sample cuts a multi-byte character", () => {
    const sample = text("Notes — é".repeat(10));
    expect(sniffKind(sample.subarray(0, sample.length - 1))).toBe("text");
  });

  it("calls binary it does not know unknown, and an empty file too", () => {
    expect(sniffKind(Uint8Array.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x10]))).toBe("unknown");
    expect(sniffKind(new Uint8Array(0))).toBe("unknown");
  });
});
