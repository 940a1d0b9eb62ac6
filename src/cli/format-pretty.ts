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
    const byId = new Map(rec.actors.map((a) => [a.id, a]));
    const who = (ids: string[]) =>
      ids
        .map((id) => {
          const a = byId.get(id);
          if (!a) return id;
          return a.kind === "country" || !a.code || a.code === a.name ? a.name : `${a.name} (${a.code})`;
        })
        .join(" + ") || "-";
    for (const e of rec.events) {
      const when = e.date ? `${e.date}${e.dateSource === "published" ? " (published)" : ""}` : e.dateSource === "background" ? "background, no date" : "";
      const details = [e.status, when, e.location ? `at ${e.location}` : "", e.headline ? "headline" : ""].filter(Boolean).join(", ");
      out.push(`  ${e.type} ${who(e.source)} → ${who(e.target)}  [${details}]  “${e.trigger}”`);
    }
  }
  return out.join("\n") + "\n";
}
