"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

type Toast = {
  id: number;
  /** Toasts with the same key are one message: a repeat replaces it and restarts its clock. */
  key: string;
  message: string;
  action?: { label: string; run: () => void };
  tone: "info" | "error";
};
type ShowToast = (
  toast: Omit<Toast, "id" | "tone" | "key"> & { tone?: Toast["tone"]; durationMs?: number; key?: string },
) => void;

const ToastContext = createContext<ShowToast>(() => {});

export function useToast(): ShowToast {
  return useContext(ToastContext);
}

/**
 * The app's one toast region: short messages in a polite live region, optionally with one action (Undo).
 * The same message twice is shown once (its clock restarts), at most three are on screen, and every one
 * clears itself.
 */
export function Toaster({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);

  const show = useCallback<ShowToast>(
    ({ durationMs = 6_000, tone = "info", key, ...toast }) => {
      const id = nextId.current++;
      const identity = key ?? `${tone}:${toast.message}`;
      clearTimeout(timers.current.get(identity));
      setToasts((current) => [
        ...current.filter((item) => item.key !== identity).slice(-2),
        { ...toast, id, key: identity, tone },
      ]);
      timers.current.set(
        identity,
        setTimeout(() => {
          timers.current.delete(identity);
          dismiss(id);
        }, durationMs),
      );
    },
    [dismiss],
  );

  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div
        aria-live="polite"
        role="status"
        className="pointer-events-none fixed bottom-4 left-1/2 z-50 flex w-full max-w-md -translate-x-1/2 flex-col gap-2 px-4"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`pointer-events-auto flex items-center justify-between gap-3 rounded-xl px-4 py-3 text-sm shadow-lg ring-1 ${
              toast.tone === "error"
                ? "bg-red-950 text-red-100 ring-red-900"
                : "bg-neutral-800 text-neutral-100 ring-neutral-700"
            }`}
          >
            <span>{toast.message}</span>
            <span className="flex shrink-0 gap-2">
              {toast.action ? (
                <button
                  type="button"
                  className="rounded-md px-2 py-1 font-semibold text-sky-300 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
                  onClick={() => {
                    toast.action?.run();
                    dismiss(toast.id);
                  }}
                >
                  {toast.action.label}
                </button>
              ) : null}
              <button
                type="button"
                aria-label="Dismiss"
                className="rounded-md px-2 py-1 text-neutral-400 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
                onClick={() => dismiss(toast.id)}
              >
                ×
              </button>
            </span>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
