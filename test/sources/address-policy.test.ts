// The address classifier: public unicast passes; every local, private or special range, in IPv4,
// IPv6 and IPv6 forms that carry IPv4, does not.
import { describe, expect, it } from "vitest";
import { classifyAddress } from "../../src/sources/address-policy.js";
import { checkUrl } from "../../src/sources/fetch-url.js";

describe("classifyAddress", () => {
  it("public IPv4 and IPv6 unicast pass", () => {
    for (const a of ["8.8.8.8", "151.101.1.140", "2a04:4e42::81", "2606:4700:4700::1111"]) expect(classifyAddress(a), a).toMatchObject({ public: true, range: "unicast" });
  });

  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["100.127.255.254", "carrierGradeNat"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.1", "reserved"],
    ["240.0.0.1", "reserved"],
  ])("IPv4 %s is %s", (a, range) => {
    expect(classifyAddress(a)).toEqual({ address: a, range, public: false });
  });

  it.each([
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["[::1]", "loopback"],
  ])("IPv6 %s is %s", (a, range) => {
    expect(classifyAddress(a)).toMatchObject({ range, public: false });
  });

  it("IPv6 forms that carry IPv4 are judged by the IPv4 address", () => {
    expect(classifyAddress("::ffff:127.0.0.1")).toMatchObject({ range: "loopback", public: false });
    expect(classifyAddress("::ffff:7f00:1")).toMatchObject({ range: "loopback", public: false });
    expect(classifyAddress("::ffff:10.0.0.1")).toMatchObject({ range: "private", public: false });
    expect(classifyAddress("::ffff:169.254.169.254")).toMatchObject({ range: "linkLocal", public: false });
    expect(classifyAddress("64:ff9b::192.168.0.1")).toMatchObject({ range: "private", public: false });
    expect(classifyAddress("2002:7f00:1::")).toMatchObject({ range: "loopback", public: false });
    expect(classifyAddress("::127.0.0.1")).toMatchObject({ public: false });
    // a public IPv4 address mapped into IPv6 is public
    expect(classifyAddress("::ffff:8.8.8.8")).toMatchObject({ range: "unicast", public: true });
  });

  it("what is not an address is not public", () => {
    expect(classifyAddress("example.com")).toMatchObject({ range: "invalid", public: false });
    expect(classifyAddress("")).toMatchObject({ range: "invalid", public: false });
  });
});

describe("checkUrl", () => {
  const refused = (u: string) => {
    try {
      checkUrl(u, false);
    } catch (e) {
      return (e as { code?: string }).code;
    }
    return "allowed";
  };

  it("refuses literal private addresses in every form the URL parser normalises", () => {
    expect(refused("http://127.0.0.1/")).toBe("E_ADDRESS_REFUSED");
    expect(refused("http://2130706433/")).toBe("E_ADDRESS_REFUSED"); // decimal 127.0.0.1
    expect(refused("http://0x7f000001/")).toBe("E_ADDRESS_REFUSED"); // hex
    expect(refused("http://0x7f.1/")).toBe("E_ADDRESS_REFUSED");
    expect(refused("http://0177.0.0.1/")).toBe("E_ADDRESS_REFUSED"); // octal
    expect(refused("http://127.1/")).toBe("E_ADDRESS_REFUSED");
    expect(refused("http://[::1]:8080/")).toBe("E_ADDRESS_REFUSED");
    expect(refused("http://[::ffff:127.0.0.1]/")).toBe("E_ADDRESS_REFUSED");
    expect(refused("http://[::ffff:a9fe:a9fe]/latest/meta-data")).toBe("E_ADDRESS_REFUSED");
    expect(refused("http://0/")).toBe("E_ADDRESS_REFUSED");
    expect(refused("http://localhost:3000/")).toBe("E_ADDRESS_REFUSED");
  });

  it("refuses other schemes and credentials; passes public addresses and names (names are checked at connect)", () => {
    expect(refused("file:///etc/passwd")).toBe("E_ADDRESS_REFUSED");
    expect(refused("ftp://example.com/feed.xml")).toBe("E_ADDRESS_REFUSED");
    expect(refused("http://user:pw@example.com/")).toBe("E_ADDRESS_REFUSED");
    expect(refused("not a url")).toBe("E_FETCH");
    expect(refused("https://8.8.8.8/")).toBe("allowed");
    expect(refused("https://news.example.com/feed")).toBe("allowed");
    expect(checkUrl("http://127.0.0.1:8080/x", true).href).toBe("http://127.0.0.1:8080/x");
  });
});
