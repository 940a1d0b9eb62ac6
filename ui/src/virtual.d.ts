/** Built by ui/vite.config.ts from world-countries: [ccn3, cca3, name, longitude, latitude]. */
declare module "virtual:countries" {
  const rows: [string, string, string, number, number][];
  export default rows;
}
