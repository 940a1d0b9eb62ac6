// Hash routes: each view's state lives in the URL (#/dyad?a=RUS&b=UKR&since=2022-01), so a link
// to what one sees can be shared. `#/actor/RUS` → { view: "actor", arg: "RUS", params }.
export interface Route {
  view: string;
  arg: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? "" : raw.slice(q + 1));
  const slash = path.indexOf("/");
  const view = (slash < 0 ? path : path.slice(0, slash)) || "graph";
  const arg = slash < 0 ? null : decodeURIComponent(path.slice(slash + 1)) || null;
  return { view, arg, params };
}

type Params = Record<string, string | number | null | undefined>;

/** The hash of a view: href("actor", "RUS") → "#/actor/RUS"; empty params are left out. */
export function href(view: string, arg: string | null = null, params: Params = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") qs.set(k, String(v));
  const tail = qs.toString();
  return `#/${view}${arg ? `/${encodeURIComponent(arg)}` : ""}${tail ? `?${tail}` : ""}`;
}

/** Records a view's new state in the URL without rendering the view again (and without a history
 * entry per slider step). */
export function replaceParams(route: Route, params: Params): void {
  const merged: Params = Object.fromEntries(route.params.entries());
  Object.assign(merged, params);
  const next = href(route.view, route.arg, merged);
  history.replaceState(null, "", next);
  route.params = parseRoute(next).params;
}
