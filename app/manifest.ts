import type { MetadataRoute } from "next";

/** The web app manifest (served at /manifest.webmanifest): installable, with the studio's dark colours. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "O1 Studio",
    short_name: "O1 Studio",
    description: "Write Kling Video O1 prompts with your reference images and get videos back.",
    start_url: "/",
    display: "standalone",
    background_color: "#0a0a0a",
    theme_color: "#0a0a0a",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
