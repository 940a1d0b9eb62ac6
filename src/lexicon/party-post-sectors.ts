// The sector of a party post (data/titles.json partyPostSectors), compiled once: "Labour's deputy minister for
// women" sits in government, "Conservative MP X" in the legislature, "shadow minister for pensions" in opposition,
// "Tory finance spokesman" in the party (party-role.ts).

export interface PartyPostSectors {
  /** a post's own sector ("minister" → GOV, "mp" → LEG) */
  posts: ReadonlyMap<string, string>;
  /** a word in the post's phrase that puts any post in a sector ("shadow" → OPP) */
  modifiers: ReadonlyMap<string, string>;
  /** the sector of any other post ("spokesman", "councillor": PTY) */
  other: string;
}

/** Compiles the data; a post that is none of the party roles is refused (it could never be read). */
export function compilePartyPostSectors(data: { posts: Record<string, string>; modifiers: Record<string, string>; other: string }, partyRoles: readonly string[]): PartyPostSectors {
  const roles = new Set(partyRoles);
  for (const post of Object.keys(data.posts)) if (!roles.has(post)) throw new Error(`titles.json partyPostSectors: the post "${post}" is not one of partyRoles`);
  return { posts: new Map(Object.entries(data.posts)), modifiers: new Map(Object.entries(data.modifiers)), other: data.other };
}

/** The sector of the post `role`, with the sector of a modifier in its phrase (or null) over it. */
export function postSector(sectors: PartyPostSectors, role: string, modifier: string | null): string {
  return modifier ?? sectors.posts.get(role) ?? sectors.other;
}
