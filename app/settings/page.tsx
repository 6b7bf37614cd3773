import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvitesPanel } from "@/components/account/invites-panel";
import { LimitsForm } from "@/components/account/limits-form";
import { SettingsFrame, SettingsSection } from "@/components/account/settings-frame";
import { appContext } from "@/lib/app-context";
import { isSignupOpen } from "@/lib/auth/invites";
import { pageAccount } from "@/lib/auth/page-account";
import { listOpenInvites } from "@/lib/db/invites";
import { readLimits } from "@/lib/limits/enforce";

export const metadata: Metadata = { title: "Settings · O1 Studio", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The owner's settings: who may join, and the per-account limits. Members get the same 404 as any unknown page. */
export default async function SettingsPage() {
  const account = await pageAccount("/settings");
  if (account.role !== "owner") notFound();
  const context = appContext();
  const invites = await listOpenInvites(context.db, context.clock.now());
  return (
    <SettingsFrame title="Settings">
      <SettingsSection title="Members" intro="Sign-up is closed: people join with an invite link you send them.">
        <InvitesPanel
          initial={invites.map((invite) => ({ id: invite.id, expiresAt: invite.expiresAt }))}
          openSignup={await isSignupOpen(context.db)}
        />
      </SettingsSection>
      <SettingsSection
        title="Limits"
        intro="For every account, each counted on its own. Answers past a limit say which one and when it frees."
      >
        <LimitsForm initial={await readLimits(context.db)} />
      </SettingsSection>
    </SettingsFrame>
  );
}
