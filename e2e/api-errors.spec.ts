import { expect, test } from "./fixtures";

/** Every route handler answers bad input with the one error JSON and a 4xx, never a 500 or an HTML page. */
test("malformed requests to route handlers get a clear 4xx in the app's error JSON", async ({ page }) => {
  const cases: Array<{ name: string; send: () => ReturnType<typeof page.request.get>; status: number; code: string }> =
    [
      {
        name: "bad page size",
        send: () => page.request.get("/api/generations?limit=lots"),
        status: 400,
        code: "invalid_request",
      },
      {
        name: "too many ids",
        send: () => page.request.get(`/api/generations?ids=${"a,".repeat(150)}`),
        status: 400,
        code: "invalid_request",
      },
      {
        name: "upload as JSON",
        send: () => page.request.post("/api/uploads", { data: { file: "nope" } }),
        status: 400,
        code: "invalid_request",
      },
      {
        name: "upload with no file",
        send: () => page.request.post("/api/uploads", { multipart: { name: "x.png" } }),
        status: 400,
        code: "invalid_request",
      },
      {
        name: "upload that is not an image",
        send: () =>
          page.request.post("/api/uploads", {
            multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("%PDF-1.7 not an image") } },
          }),
        status: 415,
        code: "unsupported_type",
      },
      {
        name: "video with a bad refer type",
        send: () => page.request.post("/api/videos?referType=sideways", { data: "x" }),
        status: 400,
        code: "invalid_request",
      },
      {
        name: "video that is not a video",
        send: () => page.request.post("/api/videos?name=a.mp4", { data: Buffer.from("not a video at all") }),
        status: 400,
        code: "invalid_request",
      },
      {
        name: "unknown share",
        send: () => page.request.get("/api/shares/AAAAAAAAAAAAAAAAAAAAAAAA/recipe"),
        status: 404,
        code: "not_found",
      },
      {
        name: "unsafe media name",
        send: () => page.request.get("/media/images/.o1studio.db"),
        status: 404,
        code: "not_found",
      },
      {
        name: "unknown media kind",
        send: () => page.request.get("/media/secrets/x.jpg"),
        status: 404,
        code: "not_found",
      },
    ];
  for (const { name, send, status, code } of cases) {
    const response = await send();
    expect(response.status(), name).toBe(status);
    const body = (await response.json()) as { error: { message: string } };
    expect(body, name).toMatchObject({ error: { code } });
    expect(body.error.message.length, name).toBeGreaterThan(5);
  }
});
