import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { mono, sans } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: "O1 Studio",
  description: "Write Kling Video O1 prompts with your reference images and get videos back.",
};

export const viewport: Viewport = { themeColor: "#0a0a0a", colorScheme: "dark" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request, so Next can put the proxy's CSP nonce on its inline scripts.
  await connection();
  return (
    <html lang="en" className={`${sans.variable} ${mono.variable}`}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
