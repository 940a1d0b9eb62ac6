declare module "json-source-map" {
  interface Location {
    line: number;
    column: number;
    pos: number;
  }
  export function parse(text: string): { data: unknown; pointers: Record<string, { value: Location; valueEnd: Location; key?: Location }> };
}
