// A role phrase that puts its office in the past ("the former Russian president", "an ex-minister") names the person
// the text gave that past office, never the office's sitting holder: "President Putin ... The former Russian
// president, Dmitry Medvedev, said ... the former Russian president added" is Medvedev.
import type { Actor, Token } from "../../model/types.js";

/** a past-role word ("former", "ex", "retired") among the words from `from` (the phrase's first, or the words right
 * before it: "the former | Polish president") to its title at `i`, or the title itself written with its prefix
 * ("ex-president") */
export function pastRoleBefore(tokens: Token[], from: number, i: number, past: ReadonlySet<string>): boolean {
  for (let x = from; x < i; x++) if (past.has(tokens[x].lower)) return true;
  return /^ex-\p{L}/u.test(tokens[i]?.lower ?? "");
}

/** the key of a past office: the title's words (without an "ex-" prefix) and the phrase's state, where it names one */
export function formerKey(tokens: Token[], i: number, end: number, country: string | null): string {
  const words: string[] = [];
  for (let x = i; x < end; x++) words.push(tokens[x].lower.replace(/^ex-/, ""));
  return `${country ?? ""}|${words.join(" ")}`;
}

/**
 * Whether person `a` holds the office a past-office phrase names now, so that the phrase cannot name them: not put in
 * the past by the text (`formerRole`), and, for a person the known-person data hold (`known`), holding the office at
 * the article's date by those data (`dated`, in canonical form), else titled with it by the text, no past word before the title ("President Jan
 * Kowalski"; `titleLenAt(k)`: the length of a title starting at token k, 0 where none). `holds` tells whether a role
 * names the phrase's office.
 */
export function sittingHolder(a: Actor, tokens: Token[], titleLenAt: (k: number) => number, known: boolean, dated: string, holds: (role: string) => boolean, past: ReadonlySet<string>): boolean {
  if (a.formerRole) return false;
  // (a known person's dated roles decide: "President Lula" in 2022, "President Trump" in 2023 name past holders by the
  // courtesy title they keep)
  if (known) return !!dated && holds(dated);
  for (const m of a.mentions) {
    const at = m.token;
    if (at === undefined || m.rule === "actors/coref:role") continue;
    // (the title right before the name, or the mention's own first words: "President Jan Kowalski" may start at the title)
    for (let k = Math.max(0, at - 4); k <= at; k++) {
      const len = titleLenAt(k);
      if (!len || (k + len !== at && k !== at)) continue;
      const title = tokens.slice(k, k + len).map((x) => x.lower).join(" ");
      if (!holds(title)) continue;
      if (!(k > 0 && past.has(tokens[k - 1].lower)) && !(k > 1 && past.has(tokens[k - 2].lower))) return true;
    }
  }
  return false;
}
