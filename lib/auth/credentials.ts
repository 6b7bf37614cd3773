import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./limits";

/** Email + password as a form sends them, with messages that say what to fix. */
export const credentials = z.object({
  email: z
    .string("Enter your email address.")
    .trim()
    .toLowerCase()
    .pipe(z.email("That does not look like an email address.").max(254, "That email address is too long.")),
  password: z
    .string("Choose a password.")
    .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(MAX_PASSWORD_LENGTH, `The password can have at most ${MAX_PASSWORD_LENGTH} characters.`),
});
