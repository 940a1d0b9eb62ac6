// Values that try to break out of a SQL string literal, for the escaping tests.
export const NASTY = [
  "O'Brien",
  "'); DROP TABLE quotes; --",
  "x' OR '1'='1",
  "back\\slash\\",
  "\\'",
  "\\\\'; SELECT 1; --",
  "nul\0byte",
  "line\nbreak\r\ttab",
  "Łódź — «Ünïcödé» 😀 تجربة",
  "''''",
  "%_*?",
  "",
];
