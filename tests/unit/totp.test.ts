import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, otpauthUri, totp, verifyTotp } from "@/lib/auth/totp";

// RFC 6238 appendix B (SHA-1): the 20-byte ASCII key "12345678901234567890".
const rfcKey = new TextEncoder().encode("12345678901234567890");

describe("TOTP", () => {
  it("computes RFC 4226's HOTP test values", () => {
    expect([0, 1, 2, 9].map((c) => hotp(rfcKey, c))).toEqual(["755224", "287082", "359152", "520489"]);
  });

  it("computes RFC 6238's TOTP test values (8 digits)", () => {
    expect(totp(rfcKey, 59_000, 8)).toBe("94287082");
    expect(totp(rfcKey, 1_111_111_109_000, 8)).toBe("07081804");
    expect(totp(rfcKey, 20_000_000_000_000, 8)).toBe("65353130");
  });

  it("accepts the current code and one step either side, nothing further or malformed", () => {
    const now = 1_700_000_000_000;
    expect(verifyTotp(rfcKey, totp(rfcKey, now), now)).toBe(true);
    expect(verifyTotp(rfcKey, totp(rfcKey, now - 30_000), now)).toBe(true);
    expect(verifyTotp(rfcKey, totp(rfcKey, now + 30_000), now)).toBe(true);
    expect(verifyTotp(rfcKey, totp(rfcKey, now - 90_000), now)).toBe(false);
    expect(verifyTotp(rfcKey, "12345", now)).toBe(false);
    expect(verifyTotp(rfcKey, "abcdef", now)).toBe(false);
  });
});

describe("base32 and the otpauth address", () => {
  it("encodes RFC 4648's test vectors without padding, and decodes them back", () => {
    const cases: [string, string][] = [
      ["f", "MY"],
      ["fo", "MZXQ"],
      ["foo", "MZXW6"],
      ["foob", "MZXW6YQ"],
      ["fooba", "MZXW6YTB"],
      ["foobar", "MZXW6YTBOI"],
    ];
    for (const [plain, encoded] of cases) {
      expect(base32Encode(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base32Decode(encoded.toLowerCase()))).toBe(plain);
    }
    expect(() => base32Decode("MZ1")).toThrow();
  });

  it("names the issuer and the account, with the secret in base32", () => {
    const uri = new URL(otpauthUri({ issuer: "Digital Belgium", account: "a@b.be", key: rfcKey }));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Digital Belgium:a@b.be");
    expect(uri.searchParams.get("secret")).toBe(base32Encode(rfcKey));
    expect(uri.searchParams.get("issuer")).toBe("Digital Belgium");
  });
});
