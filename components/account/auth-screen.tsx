import type { ReactNode } from "react";

/** The frame of the sign-in, first-run and invite screens: the app's name, a title, a short line, the form. */
export function AuthScreen({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-6 py-12">
      <div className="space-y-2">
        <p className="text-sm font-medium text-sky-400">O1 Studio</p>
        <h1 className="text-2xl font-semibold tracking-tight text-neutral-100">{title}</h1>
        <div className="text-sm leading-relaxed text-neutral-400">{intro}</div>
      </div>
      {children}
    </main>
  );
}
