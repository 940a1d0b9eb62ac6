import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speaker = (text: string) => {
  const q = extract(text).quotes[0];
  return q ? { name: q.speakerName ?? null, actor: q.speaker ?? null } : null;
};

describe("quotes: people whose phrase of place is coordinated speak, not the last place", () => {
  it("'Officials in Kyiv and Moscow said': the officials, of no one state", () => {
    expect(speaker("Officials in Kyiv and Moscow said the talks had failed.")).toEqual({ name: "Officials in Kyiv and Moscow", actor: null });
  });

  it("'Critics in Europe and at home said', 'Residents of the town and nearby villages said'", () => {
    expect(speaker("Critics in Europe and at home said the law was too harsh.")?.name).toBe("Critics in Europe and at home");
    expect(speaker("Residents of the town and nearby villages said the shelling had stopped.")?.name).toBe("Residents of the town and nearby villages");
  });

  it("negative: one place keeps today's reading, and states joined with no plural head before them speak themselves", () => {
    expect(speaker("Critics in Europe said the law was too harsh.")?.name).toBe("Critics");
    expect(speaker("Britain and France said the talks had failed.")?.actor).not.toBeNull();
  });
});
