import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of the owner's settings and the account page: a way back to the studio, a title, sections. */
export function SettingsFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto max-w-2xl space-y-8 px-4 py-8 sm:px-6">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <Link href="/" className="text-sm text-sky-400 underline-offset-2 hover:underline">
          Back to the studio
        </Link>
      </header>
      {children}
    </main>
  );
}

export function SettingsSection({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-2xl border border-neutral-800 bg-neutral-900/50 p-5">
      <div className="space-y-1">
        <h2 id={id} className="text-lg font-medium">
          {title}
        </h2>
        {intro ? <p className="text-sm text-neutral-400">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}
