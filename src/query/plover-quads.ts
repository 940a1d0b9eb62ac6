// PLOVER's quad classes (PLOVER manual, "Quad category" of each type) and the weights dyad gives
// them in a cooperation–conflict score: material acts weigh twice verbal ones, cooperation counts
// up and conflict down. Coarser than Goldstein's scale, but stated by the ontology itself.

export type Quad = "verbalCooperation" | "materialCooperation" | "verbalConflict" | "materialConflict";

export const QUAD_OF_TYPE: Readonly<Record<string, Quad>> = {
  AGREE: "verbalCooperation",
  CONSULT: "verbalCooperation",
  SUPPORT: "verbalCooperation",
  CONCEDE: "verbalCooperation",
  COOPERATE: "materialCooperation",
  AID: "materialCooperation",
  RETREAT: "materialCooperation",
  REQUEST: "verbalConflict",
  ACCUSE: "verbalConflict",
  REJECT: "verbalConflict",
  THREATEN: "verbalConflict",
  PROTEST: "materialConflict",
  SANCTION: "materialConflict",
  MOBILIZE: "materialConflict",
  COERCE: "materialConflict",
  ASSAULT: "materialConflict",
};

export const QUAD_WEIGHT: Readonly<Record<Quad, number>> = {
  verbalCooperation: 1,
  materialCooperation: 2,
  verbalConflict: -1,
  materialConflict: -2,
};

/** The weight of one event of a type; a type outside PLOVER's 16 weighs nothing. */
export function typeWeight(type: string): number {
  const quad = QUAD_OF_TYPE[type];
  return quad ? QUAD_WEIGHT[quad] : 0;
}
