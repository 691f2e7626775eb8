import { describe, expect, it } from "vitest";
import { clockOfNowOption } from "../../src/cli/cli-engine.ts";

describe("clockOfNowOption", () => {
  it("fixes the clock at noon, local time, of the day --now names", () => {
    const now = clockOfNowOption("2022-06-01");
    expect("clock" in now && now.clock()).toEqual(new Date(2022, 5, 1, 12, 0, 0));
  });

  it("reads the wall clock when --now is absent", () => {
    const now = clockOfNowOption(undefined);
    const before = Date.now();
    const read = "clock" in now ? now.clock().getTime() : NaN;
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });

  it("refuses a value that is not a date, naming it", () => {
    expect(clockOfNowOption("June")).toEqual({ error: "--now must be YYYY-MM-DD, got June" });
  });
});
