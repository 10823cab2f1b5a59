import { describe, expect, it } from "vitest";
import { blockedAddress, embeddedIpv4 } from "../../src/fetch/address.js";
import { AllowHosts, isAllowedHost } from "../../src/fetch/allow-hosts.js";

describe("addresses a fetch must not reach", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "169.254.0.1",
    "100.64.0.1", // CGNAT
    "100.127.255.254",
    "0.0.0.0",
    "0.1.2.3",
    "224.0.0.251", // multicast
    "239.255.255.250",
    "255.255.255.255", // broadcast
    "240.0.0.1", // reserved
    "192.0.2.10", // documentation
    "198.18.0.1",
    "::1",
    "::",
    "fe80::1",
    "fe80::1%eth0",
    "febf::1",
    "fc00::1",
    "fd12:3456:789a::1", // unique local
    "ff02::1", // multicast
    "::ffff:127.0.0.1", // IPv4-mapped
    "::ffff:7f00:1", // the same, in hex
    "::ffff:a9fe:a9fe", // mapped metadata address
    "::ffff:10.0.0.1",
    "::127.0.0.1", // IPv4-compatible
    "::7f00:1",
    "64:ff9b::7f00:1", // NAT64 of loopback
    "64:ff9b::a9fe:a9fe",
    "2002:7f00:1::1", // 6to4 of loopback
    "2002:c0a8:101::1",
    "2001:db8::1",
    "not an address",
  ])("%s is refused", (address) => {
    expect(blockedAddress(address)).toBe("internal");
  });

  it.each([
    "93.184.215.14",
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1", // just past 172.16/12
    "100.128.0.1", // just past 100.64/10
    "169.253.255.255",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808", // NAT64 of a public address
  ])("%s is public", (address) => {
    expect(blockedAddress(address)).toBeNull();
  });

  it("reads the IPv4 address carried by mapped, compatible, NAT64 and 6to4 forms", () => {
    expect(embeddedIpv4("::ffff:7f00:1")).toBe("127.0.0.1");
    expect(embeddedIpv4("::FFFF:192.168.0.1")).toBe("192.168.0.1");
    expect(embeddedIpv4("::a00:1")).toBe("10.0.0.1");
    expect(embeddedIpv4("64:ff9b::a9fe:a9fe")).toBe("169.254.169.254");
    expect(embeddedIpv4("2002:a00:1::")).toBe("10.0.0.1");
    expect(embeddedIpv4("2606:4700::1111")).toBeNull();
  });
});

describe("FETCH_ALLOW_HOSTS", () => {
  it("takes hosts with or without a port; with a port, only that port", () => {
    const list = AllowHosts.parse(" cms.newsroom.internal , 127.0.0.1:8080,[::1]:9000 ");
    const allowed = (url: string) => isAllowedHost(list, new URL(url));
    expect(allowed("https://cms.newsroom.internal/story")).toBe(true);
    expect(allowed("http://CMS.newsroom.internal:8443/story")).toBe(true);
    expect(allowed("http://127.0.0.1:8080/")).toBe(true);
    expect(allowed("http://127.0.0.1:8081/")).toBe(false);
    expect(allowed("http://127.0.0.1/")).toBe(false);
    expect(allowed("http://[::1]:9000/")).toBe(true);
    expect(allowed("http://localhost:8080/")).toBe(false);
  });

  it("is empty when unset and refuses what is not a host", () => {
    expect(AllowHosts.parse(undefined)).toEqual([]);
    expect(AllowHosts.parse("")).toEqual([]);
    expect(AllowHosts.safeParse("http://cms.internal/").success).toBe(false);
    expect(AllowHosts.safeParse("cms.internal:99999").success).toBe(false);
  });
});
