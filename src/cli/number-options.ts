// Parsers of commander's numeric option values, shared by the commands: a bad value is refused
// with what the option takes.
import { InvalidArgumentError } from "commander";

export function wholeNumber(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError("a whole number");
  return Number(v);
}

export function positiveNumber(v: string): number {
  if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new InvalidArgumentError("a number above 0");
  return Number(v);
}
