// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Toaster, useToast } from "./toaster";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

let show: ReturnType<typeof useToast> = () => {};
function Grab() {
  show = useToast();
  return null;
}

const messages = () => screen.getByRole("status").textContent?.replaceAll("×", "|") ?? "";

describe("Toaster", () => {
  it("shows a repeated message once, keeps at most three, and clears each by itself", () => {
    vi.useFakeTimers();
    render(
      <Toaster>
        <Grab />
      </Toaster>,
    );
    act(() => {
      show({ message: "Updated." });
      show({ message: "Updated." });
      show({ message: "Still running upstream." });
    });
    expect(messages()).toBe("Updated.|Still running upstream.|");
    act(() => {
      show({ message: "Video deleted.", key: "deleted:a" });
      show({ message: "Video deleted.", key: "deleted:b" });
    });
    expect(messages()).toBe("Still running upstream.|Video deleted.|Video deleted.|");
    act(() => {
      vi.advanceTimersByTime(6_001);
    });
    expect(messages()).toBe("");
  });

  it("restarts the clock of a repeated message", () => {
    vi.useFakeTimers();
    render(
      <Toaster>
        <Grab />
      </Toaster>,
    );
    act(() => show({ message: "Share link copied.", durationMs: 1_000 }));
    act(() => vi.advanceTimersByTime(800));
    act(() => show({ message: "Share link copied.", durationMs: 1_000 }));
    act(() => vi.advanceTimersByTime(800));
    expect(messages()).toBe("Share link copied.|");
    act(() => vi.advanceTimersByTime(300));
    expect(messages()).toBe("");
  });
});
