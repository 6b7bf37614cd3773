/** Password length rules, shared by better-auth's configuration, the app's own account creation and the forms. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
