import { describe, expect, it } from "vitest";
import { checkActionBody } from "./action-body";

const text = (body: string) => checkActionBody({ kind: "text", text: body });
const form = (fields: Record<string, string | null>) =>
  checkActionBody({ kind: "form", fields: new Map(Object.entries(fields)) });

describe("checkActionBody", () => {
  it("accepts what React's encodeReply sends for plain data", () => {
    expect(text('[{"url":"https://a.example/x.mp4","referType":"base"}]')).toBeUndefined();
    expect(text('["$$literal dollar","$undefined","$NaN","$D2026-01-01T00:00:00.000Z","$n12"]')).toBeUndefined();
    expect(form({ "0": '["$K1","$B2"]', "1_name": "x", "2": null })).toBeUndefined();
  });

  it.each([
    ["{{{", "is not valid JSON"],
    ["\ufeff[]", "is not valid JSON"],
    ["null", "is not an argument list"],
    ['"$@1"', "is not an argument list"],
    ['["$@1"]', "uses a reference this app does not accept"],
    ['["$F1"]', "uses a reference this app does not accept"],
    ['["$1"]', "uses a reference this app does not accept"],
    [`[${"1,".repeat(40)}1]`, "has too many arguments"],
    [`${"[".repeat(500)}${"]".repeat(500)}`, "is nested too deeply"],
  ])("refuses %s", (body, why) => {
    expect(text(body)).toEqual({ status: 400, message: `The request body ${why}; reload the page and try again.` });
  });

  it("refuses multipart references to parts that are not there, and a missing root", () => {
    expect(form({ "0": '["$K1"]' })?.message).toContain("refers to a part that is not there");
    expect(form({ "0": '["$3"]', "1": "[]" })?.message).toContain("refers to a part that is not there");
    expect(form({ "1": "[]" })?.message).toContain("has no arguments part");
  });
});
