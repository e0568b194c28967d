// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP, HMAC-SHA-1, 6 digits, 30 s), as
// authenticator apps compute them; the otpauth:// address their QR code scanners read.
import { createHmac, timingSafeEqual } from "node:crypto";

export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding: how apps take a secret typed in by hand. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let buffer = 0;
  let out = "";
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let buffer = 0;
  const out: number[] = [];
  for (const char of clean) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error("Not base32");
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(message).digest();
  const offset = mac[mac.length - 1] & 15;
  const number = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(number % 10 ** digits).padStart(digits, "0");
}

export function totp(key: Uint8Array, at = Date.now(), digits = TOTP_DIGITS): string {
  return hotp(key, Math.floor(at / 1000 / TOTP_PERIOD_SECONDS), digits);
}

/** Whether a code is the current one, or the one before or after (a clock a little off). */
export function verifyTotp(key: Uint8Array, code: string, at = Date.now()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const counter = Math.floor(at / 1000 / TOTP_PERIOD_SECONDS);
  let matched = false;
  for (const step of [-1, 0, 1]) {
    // Every candidate is compared, in constant time, so the timing says nothing about which matched.
    matched = timingSafeEqual(Buffer.from(hotp(key, counter + step)), Buffer.from(code)) || matched;
  }
  return matched;
}

/** The address an authenticator app reads from the QR code (Google's Key Uri Format). */
export function otpauthUri({ issuer, account, key }: { issuer: string; account: string; key: Uint8Array }) {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({
    secret: base32Encode(key),
    issuer,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });
  return `otpauth://totp/${label}?${params}`;
}
