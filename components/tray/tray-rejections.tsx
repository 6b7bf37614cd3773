"use client";

type Props = {
  rejections: string[];
  overLimit: number;
  maxImages: number;
  onDismiss: (message: string) => void;
  onDismissAll: () => void;
  /** Something to offer under a message (the crop of a picture refused for its shape). */
  extra?: (message: string) => React.ReactNode;
};

/** Always mounted, so screen readers announce messages as they are added to it. */
export function TrayRejections({ rejections, overLimit, maxImages, onDismiss, onDismissAll, extra }: Props) {
  return (
    <div role="alert" className="space-y-2">
      {overLimit > 0 ? (
        <p className="rounded-lg bg-amber-950/60 px-3 py-2 text-sm text-amber-200 ring-1 ring-amber-900">
          At most {maxImages} images can be used now; remove {overLimit === 1 ? "1 image" : `${overLimit} images`}{" "}
          before generating.
        </p>
      ) : null}
      {rejections.length > 0 ? (
        <div className="rounded-lg bg-red-950/60 px-3 py-2 text-sm text-red-200 ring-1 ring-red-900">
          <ul className="space-y-1">
            {rejections.map((message, index) => (
              // The same message can be listed twice (two files with one name); position tells them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={`${index}-${message}`} className="flex items-start justify-between gap-3">
                <span>
                  {message}
                  {extra?.(message)}
                </span>
                <button
                  type="button"
                  onClick={() => onDismiss(message)}
                  aria-label={`Dismiss: ${message}`}
                  className="shrink-0 rounded px-1 text-red-300 hover:text-red-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          {rejections.length > 1 ? (
            <button
              type="button"
              onClick={onDismissAll}
              className="mt-2 text-xs text-red-300 underline hover:text-red-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
            >
              Dismiss all
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
