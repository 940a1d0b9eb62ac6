// A readable summary of one extracted article for a person at a terminal.
import type { ExtractedDocument } from "../model/types.js";

export function formatPretty(rec: ExtractedDocument): string {
  const d = rec.document;
  const out: string[] = [];
  out.push(`── ${d.id}${d.title ? `: ${d.title}` : ""}${d.published ? ` (${d.published}${d.outlet ? `, ${d.outlet}` : ""})` : ""}`);
  const people = rec.actors.filter((a) => a.kind === "person");
  const states = rec.actors.filter((a) => a.kind === "country");
  const orgs = rec.actors.filter((a) => a.kind === "igo" || a.kind === "organization" || a.kind === "group");
  const places = rec.actors.filter((a) => a.kind === "location");
  if (people.length) {
    out.push("People");
    for (const p of people) {
      const role = [p.role, p.code, p.sector].filter(Boolean).join(", ");
      out.push(`  ${p.name}${role ? ` (${role})` : ""}  ×${p.mentions.length}`);
    }
  }
  if (states.length) out.push(`States  ${states.map((s) => `${s.name} ${s.code} ×${s.mentions.length}`).join(" · ")}`);
  if (orgs.length) out.push(`Organisations  ${orgs.map((o) => `${o.name}${o.code ? ` (${o.code})` : ""}`).join(" · ")}`);
  if (places.length) out.push(`Places  ${places.map((o) => `${o.name}${o.code ? ` (${o.code})` : ""}`).join(" · ")}`);
  if (rec.quotes.length) {
    out.push("Quotes");
    for (const q of rec.quotes) {
      const who = q.speakerName ?? "(unattributed)";
      const text = q.text.length > 160 ? q.text.slice(0, 157) + "..." : q.text;
      out.push(`  ${who}${q.cue ? ` ${q.cue}` : ""}${q.via ? ` (via ${q.via})` : ""} [${q.kind}]: “${text}”`);
    }
  }
  if (rec.events.length) {
    out.push("Events");
    for (const e of rec.events) out.push(`  ${e.type} ${e.source.join("+")} → ${e.target.join("+") || "-"} (${e.status}${e.date ? `, ${e.date}` : ""})`);
  }
  return out.join("\n") + "\n";
}
