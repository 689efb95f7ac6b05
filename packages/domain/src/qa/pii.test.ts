import { describe, expect, it } from "vitest";
import { maskPii } from "./pii";

describe("maskPii", () => {
  it.each([
    "07700 900123",
    "07700900123",
    "07700-900-123",
    "07700 900 123",
    "07700.900.123",
    "+44 7700 900123",
    "+447700900123",
    "+44 (0)7700 900123",
    "+44-7700-900-123",
    "0044 7700 900123",
    "020 7946 0018",
    "(020) 7946 0018",
    "0117 496 0123",
    "01632 960001",
    "029 2018 0123",
    "+44 29 2018 0123",
  ])("masks the phone number %s", (phone) => {
    expect(maskPii(`ring me on ${phone} after school`)).toBe("ring me on [phone] after school");
  });

  it("masks a phone number at the start, at the end and next to punctuation", () => {
    expect(maskPii("07700900123")).toBe("[phone]");
    expect(maskPii("My number: 07700 900123.")).toBe("My number: [phone].");
    expect(maskPii("(07700 900123)")).toBe("([phone])");
    expect(maskPii("mum 07700900123,dad 07700900456")).toBe("mum [phone],dad [phone]");
  });

  it("leaves short numbers: ages, dates, helplines, 999", () => {
    for (const text of ["I am 12", "on 12/03/2026", "call 999", "Childline 0800 1111", "2026-03-12", "room 101", "3 out of 10"]) {
      expect(maskPii(text)).toBe(text);
    }
  });

  it.each([
    "sam@example.com",
    "Sam.Jones+school@mail.example.co.uk",
    "o'brien@example.org",
    "sam_99@example-school.sch.uk",
    "sam @ example.com",
    "sam(at)example.com",
    "sam [at] example [dot] com",
    "sam (at) example (dot) co (dot) uk",
  ])("masks the email address %s", (email) => {
    expect(maskPii(`email ${email} please`)).toBe("email [email] please");
  });

  it("masks an email before its digits can look like a phone number", () => {
    expect(maskPii("07700900123@example.com")).toBe("[email]");
  });

  it.each(["SW1A 1AA", "sw1a 1aa", "SW1A1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "W1A 0AX", "CF10 1EP", "GIR 0AA"])(
    "masks the postcode %s",
    (postcode) => {
      expect(maskPii(`I live at ${postcode}, near the park`)).toBe("I live at [postcode], near the park");
    },
  );

  it("leaves partial postcodes and ordinary words", () => {
    for (const text of ["I live in M14", "we met at 3pm", "year 10 is hard", "my PE kit", "A1 road"]) {
      expect(maskPii(text)).toBe(text);
    }
  });

  it("masks several kinds in one text and leaves the rest", () => {
    expect(maskPii("Text 07700 900123 or email jo@example.com, I live at LS1 4AP. Thanks!")).toBe(
      "Text [phone] or email [email], I live at [postcode]. Thanks!",
    );
  });

  it("works with Welsh and Arabic around it", () => {
    expect(maskPii("Ffoniwch fi ar 07700 900123 os gwelwch yn dda")).toBe("Ffoniwch fi ar [phone] os gwelwch yn dda");
    expect(maskPii("اتصل بي على 07700900123 شكرا")).toBe("اتصل بي على [phone] شكرا");
  });
});
