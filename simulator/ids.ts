import { randomBytes } from "node:crypto";

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function encodeBase32(value: bigint, length: number): string {
  let out = "";
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = crockford.charAt(Number(rest & 31n)) + out;
    rest >>= 5n;
  }
  return out;
}

/** `task_` + 26-char ULID (48-bit ms time + 80 random bits), the format APIMart uses today. */
export function newTaskId(nowMs: number = Date.now()): string {
  const random = BigInt(`0x${randomBytes(10).toString("hex")}`);
  return `task_${encodeBase32(BigInt(nowMs), 10)}${encodeBase32(random, 16)}`;
}

export const taskIdPattern = /^task_[0-9A-HJKMNP-TV-Z]{26}$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function randomDigits(count: number): string {
  return Array.from(randomBytes(count), (b) => String(b % 10)).join("");
}

function randomAlnum(count: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(count), (b) => alphabet.charAt(b % alphabet.length)).join("");
}

/** one-api style request id: UTC timestamp digits followed by random characters. */
export function newRequestId(now: Date = new Date()): string {
  const stamp =
    `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}` +
    `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return `${stamp}${randomDigits(6)}${randomAlnum(8)}`;
}

/** Prefix of stored file names, shaped like the real `<digits>-<hex>` upload names. */
export function newFilePrefix(nowMs: number = Date.now()): string {
  return `${nowMs}${randomDigits(3)}-${randomBytes(4).toString("hex")}`;
}
