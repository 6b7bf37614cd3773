import type { Metadata } from "next";
import Link from "next/link";
import { AuthScreen } from "@/components/account/auth-screen";
import { InviteForm } from "@/components/account/owner-form";
import { appContext } from "@/lib/app-context";
import { hashToken } from "@/lib/auth/invites";
import { findUsableInvite } from "@/lib/db/invites";

export const metadata: Metadata = { title: "Join · O1 Studio", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const context = appContext();
  const invite =
    token.length <= 200 ? await findUsableInvite(context.db, hashToken(token), context.clock.now()) : undefined;
  if (!invite) {
    return (
      <AuthScreen
        title="This invite no longer works"
        intro="The link has expired, was revoked, or was already used. Ask the studio's owner for a new one."
      >
        <Link href="/login" className="text-sm text-sky-400 underline">
          Sign in instead
        </Link>
      </AuthScreen>
    );
  }
  return (
    <AuthScreen
      title="Join this studio"
      intro="You were invited to O1 Studio. Choose the email and password you will sign in with."
    >
      <InviteForm token={token} />
    </AuthScreen>
  );
}
