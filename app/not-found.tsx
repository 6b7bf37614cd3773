import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found · O1 Studio", robots: { index: false } };

/** Unknown routes and unknown or revoked share links (their pages call notFound()) end here, with a 404. */
export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 px-6 py-16">
      <p className="font-mono text-sm text-sky-400">404</p>
      <h1 className="text-3xl font-semibold tracking-tight text-neutral-100">Nothing to see here</h1>
      <p className="text-base leading-relaxed text-neutral-400">
        This page does not exist. If someone sent you a share link, its owner may have stopped sharing the video, or the
        link was copied incompletely.
      </p>
      <div>
        <Link
          href="/"
          className="inline-block rounded-xl bg-sky-500 px-5 py-2.5 text-sm font-semibold text-neutral-950 hover:bg-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300"
        >
          Back to O1 Studio
        </Link>
      </div>
    </main>
  );
}
