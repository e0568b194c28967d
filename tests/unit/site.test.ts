import { afterEach, describe, expect, it } from "vitest";
import { contactEmail } from "@/lib/site";

afterEach(() => {
  delete process.env.CONTACT_EMAIL;
  delete process.env.SITE_URL;
});

describe("contactEmail", () => {
  it("is the configured address", () => {
    process.env.CONTACT_EMAIL = " toegankelijkheid@example.be ";
    expect(contactEmail()).toBe("toegankelijkheid@example.be");
  });

  it("is none when unset or empty, never one made up from the host (the pages offer the form)", () => {
    process.env.SITE_URL = "http://127.0.0.1:3000";
    expect(contactEmail()).toBeNull();
    process.env.CONTACT_EMAIL = "";
    expect(contactEmail()).toBeNull();
  });
});
