import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SettingsFrame, SettingsSection } from "@/components/account/settings-frame";
import { pageAccount } from "@/lib/auth/page-account";

export const metadata: Metadata = { title: "Account · O1 Studio", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const account = await pageAccount("/account");
  return (
    <SettingsFrame title="Account">
      <SettingsSection title="Password" intro={`Signed in as ${account.email}.`}>
        <ChangePasswordForm />
      </SettingsSection>
    </SettingsFrame>
  );
}
