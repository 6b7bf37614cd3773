// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HOVER_INTENT_MS, useHoverIntent } from "./use-hover-intent";

describe("hover intent (a tile's preview waits for the pointer to rest)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const onIntent = vi.fn();
    const { result, unmount } = renderHook(() => useHoverIntent(onIntent));
    return { onIntent, hover: () => result.current, unmount };
  }

  it("fires once the pointer has rested for the wait, not before", () => {
    const { onIntent, hover } = setup();
    act(() => hover().onMouseEnter());
    act(() => vi.advanceTimersByTime(HOVER_INTENT_MS - 1));
    expect(onIntent).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onIntent).toHaveBeenCalledTimes(1);
  });

  it("a pointer that leaves, or a page that scrolls under it, starts nothing", () => {
    const { onIntent, hover } = setup();
    act(() => hover().onMouseEnter());
    act(() => hover().onMouseLeave());
    act(() => hover().onMouseEnter());
    act(() => {
      window.dispatchEvent(new Event("scroll"));
    });
    act(() => vi.advanceTimersByTime(HOVER_INTENT_MS * 3));
    expect(onIntent).not.toHaveBeenCalled();
  });

  it("after a scroll, moving the pointer on the tile starts the wait again", () => {
    const { onIntent, hover } = setup();
    act(() => hover().onMouseEnter());
    act(() => {
      window.dispatchEvent(new Event("scroll"));
    });
    act(() => hover().onMouseMove());
    act(() => hover().onMouseMove());
    act(() => vi.advanceTimersByTime(HOVER_INTENT_MS));
    expect(onIntent).toHaveBeenCalledTimes(1);
  });

  it("an unmounted tile never fires", () => {
    const { onIntent, hover, unmount } = setup();
    act(() => hover().onMouseEnter());
    unmount();
    vi.advanceTimersByTime(HOVER_INTENT_MS * 2);
    expect(onIntent).not.toHaveBeenCalled();
  });
});
