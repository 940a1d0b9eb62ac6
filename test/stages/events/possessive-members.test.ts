import { eventKeys, senseTable } from "../../helpers.js";

// sentence-env.ts joinable: "X and his Russian counterpart", "Y and her German counterpart" join one
// group of actors, a possessive determiner opening the second member as "the" or "its" does; the
// joint subject of a meeting or a deal is both sides. A possessed member that is no actor ("Biden and
// his wife") adds no side.
const keys = (text: string) => eventKeys(text, "2018-07-16");

senseTable(
  "a second member opened by a possessive",
  [
    ["U.S. President Donald Trump and his Russian counterpart met for two hours on Monday.", "CONSULT USA+RUS>"],
    ["French Foreign Minister Catherine Colonna and her German counterpart signed a joint declaration.", "AGREE FRA+DEU>"],
  ],
  [
    ["U.S. President Joe Biden and his wife visited Poland.", "CONSULT USA+"],
    ["Russian President Vladimir Putin and his aides met for two hours.", "CONSULT"],
  ],
  keys,
);
