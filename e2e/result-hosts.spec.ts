import { expect, test } from "./fixtures";

test("a result served from another host behind redirects is kept and plays from the app's copy", async ({
  studio,
  sim,
  stack,
  ownerCookie,
}) => {
  const mirror = (await sim.info()).mirrorUrl;
  expect(new URL(mirror).hostname).toBe("localhost");
  await sim.setVariants({ result_redirect: { hops: 2, status: 302 } });

  const prompt = `A kite over a windy beach ${Date.now()}`;
  await studio.open();
  await studio.prompt.fill(prompt);
  await studio.generate.click();
  const card = studio.card(prompt);
  const facts = await studio.videoFacts(card);
  expect(facts.duration).toBeGreaterThan(4.5);

  // The card plays the app's own copy, and the copy came through both hops to the other host name.
  const src = await card.locator("video").getAttribute("src");
  expect(src).toMatch(/^\/media\/videos\//);
  const served = await fetch(`${stack.appUrl}${src}`, { headers: { Range: "bytes=0-15", cookie: ownerCookie } });
  expect(served.status).toBe(206);
  const requests = await sim.requests();
  const taskVideo = (request: { path: string }) => /^\/(hop\/\d+\/)?f\/video\//.test(request.path);
  expect(requests.filter((request) => taskVideo(request) && request.path.startsWith("/hop/")).length).toBeGreaterThan(
    0,
  );
  const fromMirror = requests.filter((request) => taskVideo(request) && request.headers.host?.startsWith("localhost:"));
  expect(fromMirror.map((request) => request.status)).toContain(200);
});
