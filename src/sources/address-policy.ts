// Which IP addresses dyad may fetch from: public unicast only, unless private addresses are
// allowed. Ranges come from ipaddr.js's tables (loopback, private, link-local, carrier-grade NAT,
// multicast, unspecified, broadcast, reserved, unique-local, ...); an IPv6 address that carries an
// IPv4 one (IPv4-mapped ::ffff:a.b.c.d, IPv4-translated, NAT64 64:ff9b::/96, 6to4 2002::/16) is
// judged by the IPv4 address it carries, so that ::ffff:127.0.0.1 is loopback.
import ipaddr from "ipaddr.js";

export interface AddressVerdict {
  /** the address as parsed ("127.0.0.1", "::1") */
  address: string;
  /** ipaddr.js's range name ("unicast", "loopback", "private", "carrierGradeNat", ...), or
   * "invalid" for what is not an IP address; for an address carrying IPv4, the IPv4 range */
  range: string;
  /** public unicast: dyad may connect to it without --allow-private */
  public: boolean;
}

/** The range of one IP address, and whether it is public. */
export function classifyAddress(text: string): AddressVerdict {
  const address = text.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(address)) return { address, range: "invalid", public: false };
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6") {
    const v6 = ip as ipaddr.IPv6;
    const embedded = embeddedIPv4(v6);
    if (embedded) ip = embedded;
    // ::a.b.c.d (IPv4-compatible, deprecated) and the rest of ::/96 are no public address
    else if (v6.parts.slice(0, 6).every((p) => p === 0)) return { address, range: v6.range() === "unicast" ? "ipv4Compatible" : v6.range(), public: false };
  }
  const range = ip.range();
  return { address, range, public: range === "unicast" };
}

function embeddedIPv4(v6: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = v6.parts;
  switch (v6.range()) {
    case "ipv4Mapped":
    case "rfc6145":
    case "rfc6052":
      return new ipaddr.IPv4([p[6] >> 8, p[6] & 0xff, p[7] >> 8, p[7] & 0xff]);
    case "6to4":
      return new ipaddr.IPv4([p[1] >> 8, p[1] & 0xff, p[2] >> 8, p[2] & 0xff]);
    default:
      return null;
  }
}
