import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A line that links another story ("READ: ...") is that story's headline: its "says" is no speech
// in this article. The event stage voids the same lines (discard:linked-headline).
const quotes = (text: string) => extract(text).quotes;

describe("quotes: a linked story's headline is no quote", () => {
  it("'READ: Zelensky says ...', 'READ MORE: Putin warns ...': no quote", () => {
    expect(quotes("Russia launched drones at Kyiv overnight. READ: Zelensky says Ukraine will not give up land. The strikes hit two power plants.")).toHaveLength(0);
    expect(quotes("Russia launched drones at Kyiv overnight. READ MORE: Putin warns that the West must not send troops. The strikes hit two power plants.")).toHaveLength(0);
    expect(quotes("Russia launched drones at Kyiv overnight. READ: Zelensky says “we will not give up land”. The strikes hit two power plants.")).toHaveLength(0);
  });

  it("the same words in the article's own sentences are speech", () => {
    const [q] = quotes("Russia launched drones at Kyiv overnight. Zelensky says Ukraine will not give up land.");
    expect(q.speakerName).toMatch(/Zelensky/);
    const [r] = quotes("Reading the statement aloud, Zelensky said Ukraine would not give up land.");
    expect(r.speakerName).toMatch(/Zelensky/);
  });
});
