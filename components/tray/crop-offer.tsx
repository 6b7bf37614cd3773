"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useToast } from "@/components/ui/toaster";
import { useComposerActions, useComposerState } from "@/hooks/composer-context";
import { cropToFile } from "@/lib/images/canvas-crop";
import { cropRatioLabel } from "@/lib/images/crop-box";
import { defaultImageLimits } from "@/lib/images/limits";

// Opened on demand: its code loads after first paint, not in the studio's first-load JS.
const CropDialog = dynamic(() => import("./crop-dialog").then((module) => module.CropDialog), { ssr: false });

/**
 * Next to a refusal about a picture's dimensions: "Crop to 2.5:1" when cropping makes it usable (the cropped
 * picture replaces the refusal and goes through the usual upload), a plain note when it is too small to help.
 */
export function CropOffer({ message }: { message: string }) {
  const { cropOffers } = useComposerState();
  const actions = useComposerActions();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const offer = cropOffers.find((candidate) => candidate.message === message);
  if (!offer) return null;
  if (offer.chance === "too-small") {
    return <span className="block text-xs text-red-300/80">Too small to crop: a crop can only make it smaller.</span>;
  }
  const { maxAspect } = defaultImageLimits;
  const ratio = cropRatioLabel(offer, maxAspect);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="mt-1 rounded-md px-2 py-1 text-xs font-medium text-sky-200 ring-1 ring-sky-800 hover:bg-sky-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
      >
        Crop to {ratio}
      </button>
      {open ? (
        <CropDialog
          offer={offer}
          maxAspect={maxAspect}
          onClose={() => setOpen(false)}
          onCrop={async (box) => {
            try {
              const cropped = await cropToFile(offer.file, box);
              setOpen(false);
              actions.dismissRejections(message);
              actions.addFiles([cropped]);
            } catch {
              toast({ message: `${offer.file.name} could not be cropped in this browser.`, tone: "error" });
            }
          }}
        />
      ) : null}
    </>
  );
}
