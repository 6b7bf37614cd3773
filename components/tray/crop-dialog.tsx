"use client";

import { useEffect, useRef, useState } from "react";
import type { CropOffer } from "@/lib/composer/state";
import { type CropBox, cropAt, cropRatioLabel, cropTravel, initialCrop } from "@/lib/images/crop-box";

const button =
  "pointer-coarse:min-h-11 rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-neutral-700 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 disabled:opacity-50";

/**
 * "Crop to 2.5:1": the refused picture with the largest allowed box over it, slid along the long side by
 * dragging or with the arrow keys (Shift for bigger steps, Home/End to the ends). Nothing leaves the browser
 * until "Use this crop".
 */
export function CropDialog({
  offer,
  maxAspect,
  onCrop,
  onClose,
}: {
  offer: CropOffer;
  maxAspect: number;
  onCrop: (box: CropBox) => Promise<void>;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const size = { width: offer.width, height: offer.height };
  const [box, setBox] = useState(() => initialCrop(size, maxAspect));
  const [busy, setBusy] = useState(false);
  const [url] = useState(() => URL.createObjectURL(offer.file));
  const drag = useRef<{ start: number; offset: number } | null>(null);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const travel = cropTravel(box, size);
  const ratio = cropRatioLabel(size, maxAspect);
  const pct = (value: number, of: number) => `${(value / of) * 100}%`;
  // Pixels on screen → pixels of the picture, along the axis the box slides on.
  const scale = () => {
    const rect = frame.current?.getBoundingClientRect();
    if (!rect) return 1;
    return travel.axis === "x" ? size.width / rect.width : size.height / rect.height;
  };
  const step = Math.max(1, Math.round(travel.max / 50));

  return (
    <dialog
      ref={dialog}
      aria-label={`Crop ${offer.file.name} to ${ratio}`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(48rem,calc(100vw-2rem))] rounded-2xl bg-neutral-950 p-4 text-neutral-100 ring-1 ring-neutral-800 backdrop:bg-black/80"
    >
      <h2 className="text-base font-semibold">Crop to {ratio}</h2>
      <p className="mt-1 text-xs text-neutral-400">
        Drag the box, or focus it and use the arrow keys. The crop is {box.width}×{box.height} px.
      </p>
      <div
        ref={frame}
        className="relative mt-3 w-full select-none"
        style={{ aspectRatio: `${size.width} / ${size.height}` }}
      >
        <img src={url} alt="" className="absolute inset-0 h-full w-full opacity-40" draggable={false} />
        <div
          role="slider"
          tabIndex={0}
          aria-label="Crop position"
          aria-valuemin={0}
          aria-valuemax={travel.max}
          aria-valuenow={travel.offset}
          aria-valuetext={`${travel.offset} px from the ${travel.axis === "x" ? "left" : "top"}`}
          aria-orientation={travel.axis === "x" ? "horizontal" : "vertical"}
          className="absolute cursor-grab touch-none overflow-hidden ring-2 ring-sky-400 focus:outline-none focus-visible:ring-4"
          style={{
            left: pct(box.x, size.width),
            top: pct(box.y, size.height),
            width: pct(box.width, size.width),
            height: pct(box.height, size.height),
          }}
          onKeyDown={(event) => {
            const big = event.shiftKey ? step * 10 : step;
            const moves: Record<string, number> = {
              ArrowLeft: -big,
              ArrowUp: -big,
              ArrowRight: big,
              ArrowDown: big,
              Home: -travel.max,
              End: travel.max,
            };
            const move = moves[event.key];
            if (move === undefined) return;
            event.preventDefault();
            setBox((current) => cropAt(current, size, cropTravel(current, size).offset + move));
          }}
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            drag.current = { start: travel.axis === "x" ? event.clientX : event.clientY, offset: travel.offset };
          }}
          onPointerMove={(event) => {
            const start = drag.current;
            if (!start) return;
            const moved = (travel.axis === "x" ? event.clientX : event.clientY) - start.start;
            setBox((current) => cropAt(current, size, start.offset + moved * scale()));
          }}
          onPointerUp={() => {
            drag.current = null;
          }}
        >
          <img
            src={url}
            alt=""
            draggable={false}
            className="absolute max-w-none"
            style={{
              width: pct(size.width, box.width),
              height: pct(size.height, box.height),
              left: `-${pct(box.x, box.width)}`,
              top: `-${pct(box.y, box.height)}`,
            }}
          />
        </div>
      </div>
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" className={`${button} text-neutral-300`} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          disabled={busy}
          className={`${button} bg-sky-500 text-neutral-950 ring-sky-500 hover:bg-sky-400`}
          onClick={() => {
            setBusy(true);
            void onCrop(box).finally(() => setBusy(false));
          }}
        >
          {busy ? "Cropping…" : "Use this crop"}
        </button>
      </div>
    </dialog>
  );
}
