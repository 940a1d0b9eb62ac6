import { eventKeys, senseTable } from "../../helpers.js";

// data/events.json bar-imports, prohibit-imports: a ban on a flow of goods is a sanction (SANCTION 163,
// an embargo), as "banned imports of Russian oil" is; barring people or ships stays coercion
const keys = (text: string) => eventKeys(text, "2023-12-01");

senseTable(
  "barring or prohibiting trade is a sanction",
  [
    ["The United States passed a law barring imports of Russian uranium.", "SANCTION USA>RUS"],
    ["Washington prohibited imports of Iranian oil last year.", "SANCTION USA>IRN"],
    ["Lithuania barred imports of Belarusian goods.", "SANCTION LTU>BLR"],
  ],
  [
    // a ban on trade is no coercion of the state traded with
    ["The United States passed a law barring imports of Russian uranium.", "COERCE"],
    // barring people from a place stays coercion, no sanction
    ["Moscow barred British journalists from entering Russia.", "SANCTION"],
    ["Hungary prohibited protests outside the Russian embassy.", "SANCTION"],
  ],
  keys,
);
