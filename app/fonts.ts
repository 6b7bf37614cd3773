import { GeistSans } from "geist/font/sans";
import localFont from "next/font/local";

/** The interface face: preloaded, since the first view's text is set in it. */
export const sans = GeistSans;

/**
 * Geist Mono (the geist package's own file and fallbacks) without a preload: only task ids, the request preview and
 * a few codes use it, none in the first view, and a 72 kB high-priority preload competed with the page's own CSS and
 * scripts on a slow link.
 */
export const mono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  preload: false,
  adjustFontFallback: false,
  fallback: [
    "ui-monospace",
    "SFMono-Regular",
    "Roboto Mono",
    "Menlo",
    "Monaco",
    "Liberation Mono",
    "DejaVu Sans Mono",
    "Courier New",
    "monospace",
  ],
  weight: "100 900",
});
