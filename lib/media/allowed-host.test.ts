import { describe, expect, it } from "vitest";
import { isAllowedMediaUrl } from "./allowed-host";

describe("isAllowedMediaUrl", () => {
  it("allows the API host and its sibling upload host", () => {
    expect(isAllowedMediaUrl("https://upload.apimart.ai/f/video/x.mp4", "https://api.apimart.ai")).toBe(true);
    expect(isAllowedMediaUrl("https://api.apimart.ai/f/x.mp4", "https://api.apimart.ai")).toBe(true);
  });

  it("allows the local simulator's own host only", () => {
    expect(isAllowedMediaUrl("http://127.0.0.1:4010/f/video/x.mp4", "http://127.0.0.1:4010")).toBe(true);
    expect(isAllowedMediaUrl("http://127.0.0.2:4010/f/video/x.mp4", "http://127.0.0.1:4010")).toBe(false);
  });

  it("refuses other hosts, look-alikes and other schemes", () => {
    expect(isAllowedMediaUrl("https://evil.example/x.mp4", "https://api.apimart.ai")).toBe(false);
    expect(isAllowedMediaUrl("https://apimart.ai.evil.example/x.mp4", "https://api.apimart.ai")).toBe(false);
    expect(isAllowedMediaUrl("https://notapimart.ai/x.mp4", "https://api.apimart.ai")).toBe(false);
    expect(isAllowedMediaUrl("file:///etc/passwd", "https://api.apimart.ai")).toBe(false);
    expect(isAllowedMediaUrl("not a url", "https://api.apimart.ai")).toBe(false);
  });
});
