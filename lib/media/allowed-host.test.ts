import { describe, expect, it } from "vitest";
import { isAllowedMediaUrl } from "./allowed-host";

describe("isAllowedMediaUrl", () => {
  it("allows https results from any host (the guarded download checks the address)", () => {
    expect(isAllowedMediaUrl("https://upload.apimart.ai/f/video/x.mp4", "https://api.apimart.ai")).toBe(true);
    expect(isAllowedMediaUrl("https://cdn.files.example/x.mp4", "https://api.apimart.ai")).toBe(true);
  });

  it("allows plain http only for the simulator's own port, under any loopback name", () => {
    expect(isAllowedMediaUrl("http://127.0.0.1:4010/f/video/x.mp4", "http://127.0.0.1:4010")).toBe(true);
    expect(isAllowedMediaUrl("http://localhost:4010/f/video/x.mp4", "http://127.0.0.1:4010")).toBe(true);
    expect(isAllowedMediaUrl("http://127.0.0.1:4011/f/video/x.mp4", "http://127.0.0.1:4010")).toBe(false);
    expect(isAllowedMediaUrl("http://127.0.0.2:4010/f/video/x.mp4", "http://127.0.0.1:4010")).toBe(false);
    expect(isAllowedMediaUrl("http://upload.apimart.ai/f/x.mp4", "https://api.apimart.ai")).toBe(false);
  });

  it("refuses other schemes, credentials and garbage", () => {
    expect(isAllowedMediaUrl("https://u:p@cdn.example/x.mp4", "https://api.apimart.ai")).toBe(false);
    expect(isAllowedMediaUrl("file:///etc/passwd", "https://api.apimart.ai")).toBe(false);
    expect(isAllowedMediaUrl("not a url", "https://api.apimart.ai")).toBe(false);
  });
});
