// What every view is: a function that fills its container from the route and returns how to stop
// (sigma renderers and timers are released when another view opens).
import type { Route } from "./route.js";

export interface ViewContext {
  route: Route;
  /** false once another view has replaced this one: late answers are then dropped */
  alive(): boolean;
  /** tells the page (and the browser tests) that the view shows its data */
  ready(): void;
}

export type Cleanup = () => void;
export type View = (root: HTMLElement, ctx: ViewContext) => Promise<Cleanup | void>;
