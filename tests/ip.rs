//! `NormalizedIp`: the conformance table, edge cases, classification and properties.

use crate::support::{bool_field, load_cases, str_field};
use contactkit::{IpClass, IpError, NormalizedIp};
use proptest::prelude::*;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

#[test]
fn conformance() {
    let cases = load_cases("ip.json");
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for case in &cases {
        let input = str_field(case, "input").unwrap_or_else(|| panic!("no input: {case}"));
        let result = NormalizedIp::parse(input);
        if bool_field(case, "valid") {
            let expected = str_field(case, "normalized").unwrap_or_else(|| panic!("{case}"));
            match &result {
                Ok(ip) if ip.as_str() == expected => {}
                Ok(ip) => failures.push(format!(
                    "{input:?}: got {:?}, want {expected:?}",
                    ip.as_str()
                )),
                Err(e) => failures.push(format!("{input:?}: rejected ({e}), want {expected:?}")),
            }
        } else if let Ok(ip) = &result {
            failures.push(format!(
                "{input:?}: accepted as {:?}, want rejected",
                ip.as_str()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} ip cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

type Expected = Result<&'static str, IpError>;

/// Real-world edge cases, with where each came from.
#[rustfmt::skip]
const EDGE_CASES: &[(&str, Expected, &str)] = &[
    // The seed document's examples (customerRealIp).
    ("1.1.1.1", Ok("1.1.1.1"), "seed"),
    ("2001:4860:4860::8888", Ok("2001:4860:4860::8888"), "seed"),
    ("::1", Ok("127.0.0.1"), "seed"),
    ("0.0.0.0", Ok("127.0.0.1"), "seed"),
    ("localhost", Ok("127.0.0.1"), "seed"),
    ("", Ok("127.0.0.1"), "seed"),
    // "Any spelling" of ::1, :: and 0.0.0.0; localhost in any ASCII case.
    ("0:0:0:0:0:0:0:1", Ok("127.0.0.1"), "documented rule"),
    ("[::1]", Ok("127.0.0.1"), "documented rule"),
    ("::0001", Ok("127.0.0.1"), "documented rule"),
    ("::0.0.0.1", Ok("127.0.0.1"), "documented rule"),
    ("::", Ok("127.0.0.1"), "documented rule"),
    ("0::0", Ok("127.0.0.1"), "documented rule"),
    ("[::]", Ok("127.0.0.1"), "documented rule"),
    ("::0.0.0.0", Ok("127.0.0.1"), "documented rule"),
    ("::ffff:0.0.0.0", Ok("127.0.0.1"), "documented rule"),
    ("LOCALHOST", Ok("127.0.0.1"), "documented rule"),
    (" LocalHost\t", Ok("127.0.0.1"), "documented rule"),
    ("\u{a0}1.1.1.1\u{2003}", Ok("1.1.1.1"), "str::trim: NBSP, EM SPACE"),
    // RFC 5952 section 2.1: all of these spell 2001:db8::1:0:0:1.
    ("2001:db8:0:0:1:0:0:1", Ok("2001:db8::1:0:0:1"), "RFC 5952 2.1"),
    ("2001:0db8:0:0:1:0:0:1", Ok("2001:db8::1:0:0:1"), "RFC 5952 2.1"),
    ("2001:db8::0:1:0:0:1", Ok("2001:db8::1:0:0:1"), "RFC 5952 2.1"),
    ("2001:0db8::1:0:0:1", Ok("2001:db8::1:0:0:1"), "RFC 5952 2.1"),
    ("2001:db8:0000:0:1::1", Ok("2001:db8::1:0:0:1"), "RFC 5952 2.1"),
    ("2001:DB8:0:0:1::1", Ok("2001:db8::1:0:0:1"), "RFC 5952 2.1"),
    // RFC 5952 section 4.
    ("2001:0db8::0001", Ok("2001:db8::1"), "RFC 5952 4.1 leading zeros"),
    ("2001:db8:0:0:0:0:2:1", Ok("2001:db8::2:1"), "RFC 5952 4.2.1 shorten as much as possible"),
    ("2001:db8::0:1", Ok("2001:db8::1"), "RFC 5952 4.2.1"),
    ("2001:db8::1:1:1:1:1", Ok("2001:db8:0:1:1:1:1:1"), "RFC 5952 4.2.2 one 16-bit 0 field"),
    ("2001:0:0:1:0:0:0:1", Ok("2001:0:0:1::1"), "RFC 5952 4.2.3 longest run"),
    ("2001:db8:0:0:1:0:0:1", Ok("2001:db8::1:0:0:1"), "RFC 5952 4.2.3 first of equal runs"),
    ("2001:DB8::1", Ok("2001:db8::1"), "RFC 5952 4.3 lower case"),
    ("1:2:3:4:5:6:7::", Ok("1:2:3:4:5:6:7:0"), "RFC 5952 4.2.2 (:: for one group)"),
    ("::ffff:192.0.2.1", Ok("192.0.2.1"), "RFC 5952 5 IPv4-mapped"),
    ("::FFFF:192.0.2.1", Ok("192.0.2.1"), "RFC 5952 5 IPv4-mapped"),
    // Go net/ip_test.go parseIPTests and net/netip/netip_test.go.
    ("127.0.1.2", Ok("127.0.1.2"), "go parseIPTests"),
    ("::ffff:127.1.2.3", Ok("127.1.2.3"), "go parseIPTests"),
    ("::ffff:7f01:0203", Ok("127.1.2.3"), "go parseIPTests"),
    ("0:0:0:0:0000:ffff:127.1.2.3", Ok("127.1.2.3"), "go parseIPTests"),
    ("0:0:0:0:000000:ffff:127.1.2.3", Err(IpError::Invalid), "go parseIPTests"),
    ("2001:4860:0:2001::68", Ok("2001:4860:0:2001::68"), "go parseIPTests"),
    ("2001:4860:0000:2001:0000:0000:0000:0068", Ok("2001:4860:0:2001::68"), "go parseIPTests"),
    ("-0.0.0.0", Err(IpError::Invalid), "go parseIPTests"),
    ("0.-1.0.0", Err(IpError::Invalid), "go parseIPTests"),
    ("127.0.0.256", Err(IpError::Invalid), "go parseIPTests"),
    ("123:", Err(IpError::Invalid), "go parseIPTests"),
    ("a1:a2:a3:a4::b1:b2:b3:b4", Err(IpError::Invalid), "go parseIPTests (issue 6628)"),
    ("127.001.002.003", Err(IpError::Ipv4LeadingZero), "go parseIPTests"),
    ("::ffff:127.001.002.003", Err(IpError::Invalid), "go parseIPTests"),
    ("123.000.000.000", Err(IpError::Ipv4LeadingZero), "go parseIPTests"),
    ("1.2..4", Err(IpError::Invalid), "go parseIPTests"),
    ("0123.0.0.1", Err(IpError::Invalid), "go parseIPTests"),
    ("fe80::1%lo0", Err(IpError::ZoneId), "go parseIPTests"),
    ("fe80::1%911", Err(IpError::ZoneId), "go parseIPTests"),
    ("fe80::1cc0:3e8c:119f:c2e1%ens18", Err(IpError::ZoneId), "go netip TestParseAddr"),
    ("::ffff:c000:0280", Ok("192.0.2.128"), "go netip TestParseAddr"),
    ("1.2.3.4%eth0", Err(IpError::Invalid), "go netip TestParseAddr"),
    ("135.104.0.0/32", Err(IpError::CidrSuffix), "go parseCIDRTests"),
    ("2001:db8::/32", Err(IpError::CidrSuffix), "go parseCIDRTests"),
    // CPython Lib/test/test_ipaddress.py.
    ("::1.2.3.4", Ok("::102:304"), "cpython (IPv4-compatible, printed in hex)"),
    ("1.2.3.4.5", Err(IpError::Invalid), "cpython"),
    ("1.2.3", Err(IpError::Invalid), "cpython"),
    ("000.000.000.000", Err(IpError::Ipv4LeadingZero), "cpython"),
    ("1:2:3:4:5:6:7:8:9", Err(IpError::Invalid), "cpython"),
    ("1::2::3", Err(IpError::Invalid), "cpython"),
    ("1:2:3:4:5:6:7:8::", Err(IpError::Invalid), "cpython"),
    ("02001:db8::", Err(IpError::Invalid), "cpython (at most 4 hex digits)"),
    ("1.2.3.4:5.6.7.8", Err(IpError::Invalid), "cpython"),
    ("::ffff:0:1.2.3.4", Ok("::ffff:0:102:304"), "cpython (IPv4-translated, not mapped)"),
    ("64:ff9b::1.2.3.4", Ok("64:ff9b::102:304"), "RFC 6052 NAT64: not converted"),
    // Brackets, ports, prefixes: the project's rules.
    ("[1.2.3.4]", Err(IpError::BracketedIpv4), "documented rule"),
    ("[::1", Err(IpError::UnbalancedBracket), "documented rule"),
    ("::1]", Err(IpError::UnbalancedBracket), "documented rule"),
    ("[]", Err(IpError::Invalid), "documented rule"),
    ("[2001:db8::1]:443", Err(IpError::Port), "RFC 3986 authority"),
    ("1.1.1.1:80", Err(IpError::Port), "RFC 3986 authority"),
    ("1.1.1.1:", Err(IpError::Invalid), "documented rule"),
    ("10.0.0.0/8", Err(IpError::CidrSuffix), "documented rule"),
    ("::1%scope_id/24", Err(IpError::ZoneId), "cpython"),
    ("[fe80::1%25eth0]", Err(IpError::ZoneId), "RFC 6874 URL zone id"),
    ("localhost:80", Err(IpError::Invalid), "documented rule"),
    ("localhost.localdomain", Err(IpError::Invalid), "documented rule"),
    ("1.1.1.1 1", Err(IpError::Invalid), "inner white space"),
    ("1.1.1.1\u{200b}", Err(IpError::Invalid), "ZERO WIDTH SPACE is not White_Space"),
    ("\u{ff11}.\u{ff11}.\u{ff11}.\u{ff11}", Err(IpError::Invalid), "fullwidth digits"),
    ("0x7f000001", Err(IpError::Invalid), "WHATWG integer host"),
    ("127.1", Err(IpError::Invalid), "inet_aton short form"),
];

#[test]
fn edge_cases() {
    let mut failures = Vec::new();
    for &(input, expected, source) in EDGE_CASES {
        let got = NormalizedIp::parse(input);
        let got = got.as_ref().map(NormalizedIp::as_str).map_err(|e| *e);
        if got != expected {
            failures.push(format!(
                "{input:?} ({source}): got {got:?}, want {expected:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "edge cases failed:\n{}",
        failures.join("\n")
    );
}

/// One case per row of the IANA IPv4 / IPv6 Special-Purpose Address Registries
/// (plus multicast and the IPv6 address space), and neighbours at the edges.
#[rustfmt::skip]
const CLASS_CASES: &[(&str, IpClass)] = &[
    ("0.1.2.3", IpClass::Reserved),       // 0.0.0.0/8 "This network"
    ("0.0.0.0", IpClass::Loopback),       // 0.0.0.0/32, normalized to 127.0.0.1
    ("10.1.2.3", IpClass::Private),       // 10.0.0.0/8
    ("100.64.0.1", IpClass::SharedCgnat), // 100.64.0.0/10
    ("100.127.255.255", IpClass::SharedCgnat),
    ("100.128.0.0", IpClass::Public),  // just outside 100.64.0.0/10
    ("127.8.9.10", IpClass::Loopback), // 127.0.0.0/8
    ("169.254.1.1", IpClass::LinkLocal), // 169.254.0.0/16
    ("172.16.0.1", IpClass::Private),  // 172.16.0.0/12
    ("172.31.255.255", IpClass::Private),
    ("172.32.0.0", IpClass::Public),
    ("192.0.0.200", IpClass::Reserved), // 192.0.0.0/24 IETF protocol assignments
    ("192.0.0.1", IpClass::Reserved),   // 192.0.0.0/29 service continuity
    ("192.0.0.8", IpClass::Reserved),   // 192.0.0.8/32 dummy
    ("192.0.0.9", IpClass::Public),     // 192.0.0.9/32 PCP anycast
    ("192.0.0.10", IpClass::Public),    // 192.0.0.10/32 TURN anycast
    ("192.0.0.170", IpClass::Reserved), // 192.0.0.170/32 NAT64 discovery
    ("192.0.0.171", IpClass::Reserved), // 192.0.0.171/32 NAT64 discovery
    ("192.0.2.1", IpClass::Documentation), // 192.0.2.0/24 TEST-NET-1
    ("192.31.196.1", IpClass::Public),  // 192.31.196.0/24 AS112-v4
    ("192.52.193.1", IpClass::Public),  // 192.52.193.0/24 AMT
    ("192.88.99.1", IpClass::Reserved), // 192.88.99.0/24 6to4 relay anycast
    ("192.88.99.2", IpClass::Reserved), // 192.88.99.2/32 6a44 relay
    ("192.168.1.1", IpClass::Private),  // 192.168.0.0/16
    ("192.175.48.1", IpClass::Public),  // 192.175.48.0/24 AS112 direct delegation
    ("198.18.0.1", IpClass::Reserved),  // 198.18.0.0/15 benchmarking
    ("198.19.255.255", IpClass::Reserved),
    ("198.51.100.1", IpClass::Documentation), // 198.51.100.0/24 TEST-NET-2
    ("203.0.113.1", IpClass::Documentation),  // 203.0.113.0/24 TEST-NET-3
    ("224.0.0.1", IpClass::Multicast),        // 224.0.0.0/4
    ("239.255.255.250", IpClass::Multicast),
    ("233.252.0.1", IpClass::Documentation), // 233.252.0.0/24 MCAST-TEST-NET
    ("240.0.0.1", IpClass::Reserved),        // 240.0.0.0/4
    ("255.255.255.255", IpClass::Reserved),  // limited broadcast
    ("1.1.1.1", IpClass::Public),
    ("8.8.8.8", IpClass::Public),
    ("::1", IpClass::Loopback), // ::1/128, normalized to 127.0.0.1
    ("::", IpClass::Loopback),  // ::/128, normalized to 127.0.0.1
    ("::ffff:10.0.0.1", IpClass::Private), // ::ffff:0:0/96, classified as IPv4
    ("64:ff9b::1.2.3.4", IpClass::Public), // 64:ff9b::/96 NAT64
    ("64:ff9b:1::1", IpClass::Private), // 64:ff9b:1::/48 local-use NAT64
    ("100::1", IpClass::Reserved), // 100::/64 discard-only
    ("100:0:0:1::1", IpClass::Reserved), // 100:0:0:1::/64 dummy prefix
    ("2001:1::4", IpClass::Reserved), // 2001::/23 IETF protocol assignments
    ("2001::1", IpClass::Reserved), // 2001::/32 Teredo
    ("2001:1::1", IpClass::Public), // PCP anycast
    ("2001:1::2", IpClass::Public), // TURN anycast
    ("2001:1::3", IpClass::Public), // DNS-SD SRP anycast
    ("2001:2::1", IpClass::Reserved), // 2001:2::/48 benchmarking
    ("2001:3::1", IpClass::Public), // 2001:3::/32 AMT
    ("2001:4:112::1", IpClass::Public), // 2001:4:112::/48 AS112-v6
    ("2001:10::1", IpClass::Reserved), // 2001:10::/28 deprecated ORCHID
    ("2001:20::1", IpClass::Public), // 2001:20::/28 ORCHIDv2
    ("2001:30::1", IpClass::Public), // 2001:30::/28 drone DETs
    ("2001:db8::1", IpClass::Documentation), // 2001:db8::/32
    ("2001:200::1", IpClass::Public), // just outside 2001::/23
    ("2002:c000:204::1", IpClass::Reserved), // 2002::/16 6to4
    ("2620:4f:8000::1", IpClass::Public), // 2620:4f:8000::/48 AS112 direct delegation
    ("3fff::1", IpClass::Documentation), // 3fff::/20
    ("3fff:1000::1", IpClass::Public), // just outside 3fff::/20
    ("5f00::1", IpClass::Reserved), // 5f00::/16 SRv6 SIDs
    ("fc00::1", IpClass::Private), // fc00::/7
    ("fd12:3456::1", IpClass::Private),
    ("fe80::1", IpClass::LinkLocal), // fe80::/10
    ("febf::1", IpClass::LinkLocal),
    ("fec0::1", IpClass::Reserved), // deprecated site-local (address space registry)
    ("ff02::1", IpClass::Multicast), // ff00::/8
    ("4000::1", IpClass::Reserved), // outside 2000::/3
    ("::102:304", IpClass::Reserved), // IPv4-compatible, in ::/8
    ("2001:4860:4860::8888", IpClass::Public),
    ("2606:4700::1111", IpClass::Public),
];

#[test]
fn classification() {
    let mut failures = Vec::new();
    for &(input, expected) in CLASS_CASES {
        match NormalizedIp::parse(input) {
            Ok(ip) if ip.class() == expected && ip.is_public() == (expected == IpClass::Public) => {
            }
            Ok(ip) => failures.push(format!("{input}: got {:?}, want {expected:?}", ip.class())),
            Err(e) => failures.push(format!("{input}: rejected ({e})")),
        }
    }
    assert!(
        failures.is_empty(),
        "classification failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn error_messages() {
    let pins = [
        ("abc", "ip: not an ipv4 or ipv6 address"),
        ("010.0.0.1", "ip: ipv4 octet with a leading zero"),
        ("fe80::1%eth0", "ip: zone id not allowed"),
        ("10.0.0.0/8", "ip: cidr suffix not allowed"),
        ("[::1]:80", "ip: port not allowed"),
        (
            "[1.2.3.4]",
            "ip: brackets are only allowed around an ipv6 address",
        ),
        ("[::1", "ip: unbalanced brackets"),
    ];
    for (input, message) in pins {
        match NormalizedIp::parse(input) {
            Ok(ip) => panic!("{input:?} accepted as {ip}"),
            Err(e) => assert_eq!(e.to_string(), message, "{input:?}"),
        }
    }
}

#[test]
fn accessors_and_traits() {
    let ip: NormalizedIp = "::ffff:1.2.3.4".parse().unwrap();
    assert_eq!(ip.addr(), IpAddr::V4(Ipv4Addr::new(1, 2, 3, 4)));
    assert_eq!(ip.to_string(), "1.2.3.4");
    assert_eq!(AsRef::<str>::as_ref(&ip), "1.2.3.4");
    assert_eq!(String::from(ip.clone()), "1.2.3.4");
    assert_eq!(NormalizedIp::try_from("1.2.3.4"), Ok(ip.clone()));
    assert_eq!(NormalizedIp::try_from(String::from("1.2.3.4")), Ok(ip));
    let v6 = NormalizedIp::parse("[2001:DB8::1]").unwrap();
    assert_eq!(
        v6.addr(),
        IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1))
    );
}

#[test]
fn auto_traits() {
    fn assert_traits<T: Send + Sync + Unpin + std::panic::UnwindSafe>() {}
    assert_traits::<NormalizedIp>();
    assert_traits::<IpError>();
    assert_traits::<IpClass>();
}

/// The normalized form `parse` must give for an address.
fn expected_for(addr: IpAddr) -> IpAddr {
    let addr = match addr {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(v6),
        },
        v4 => v4,
    };
    match addr {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() || v6.is_loopback() => {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        }
        other => other,
    }
}

/// Every 16-bit group written out in upper case with leading zeros.
fn expanded_upper(v6: Ipv6Addr) -> String {
    v6.segments()
        .iter()
        .map(|g| format!("{g:04X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Six groups and a dotted quad, e.g. `0:0:0:0:0:ffff:1.2.3.4`.
fn dotted_tail(v6: Ipv6Addr) -> String {
    let s = v6.segments();
    let o = v6.octets();
    format!(
        "{:x}:{:x}:{:x}:{:x}:{:x}:{:x}:{}.{}.{}.{}",
        s[0], s[1], s[2], s[3], s[4], s[5], o[12], o[13], o[14], o[15]
    )
}

/// Addresses biased towards the interesting corners: zero runs, mapped, special.
fn interesting_v6() -> impl Strategy<Value = Ipv6Addr> {
    let group = prop_oneof![Just(0u16), Just(0xffff), Just(1), any::<u16>()];
    prop_oneof![
        any::<u128>().prop_map(Ipv6Addr::from),
        proptest::array::uniform8(group).prop_map(Ipv6Addr::from),
        any::<u32>().prop_map(|v| Ipv4Addr::from(v).to_ipv6_mapped()),
        any::<u32>().prop_map(|v| Ipv4Addr::from(v).to_ipv6_compatible()),
    ]
}

proptest! {
    #[test]
    fn prop_no_panic(s in "\\PC*") {
        let _ = NormalizedIp::parse(&s);
    }

    #[test]
    fn prop_no_panic_ip_alphabet(s in "[ \\[\\]0-9a-fA-F:.%/x]{0,48}") {
        if let Ok(ip) = NormalizedIp::parse(&s) {
            prop_assert_eq!(NormalizedIp::parse(ip.as_str()), Ok(ip.clone()));
        }
    }

    #[test]
    fn prop_v4_roundtrip(v in any::<u32>()) {
        let v4 = Ipv4Addr::from(v);
        let ip = NormalizedIp::parse(&v4.to_string()).unwrap();
        prop_assert_eq!(ip.addr(), expected_for(IpAddr::V4(v4)));
        prop_assert_eq!(NormalizedIp::parse(&format!("{ip}")), Ok(ip.clone()));
        prop_assert_eq!(NormalizedIp::parse(ip.as_str()), Ok(ip.clone()));
        prop_assert_eq!(ip.as_str(), ip.addr().to_string());
    }

    #[test]
    fn prop_v6_spellings_agree(v6 in interesting_v6()) {
        let want = expected_for(IpAddr::V6(v6));
        let ip = NormalizedIp::parse(&v6.to_string()).unwrap();
        prop_assert_eq!(ip.addr(), want);
        for spelling in [
            expanded_upper(v6),
            dotted_tail(v6),
            format!("[{v6}]"),
            format!(" [{}]\n", expanded_upper(v6)),
        ] {
            prop_assert_eq!(NormalizedIp::parse(&spelling), Ok(ip.clone()), "{}", spelling);
        }
        // Round trip and idempotence.
        prop_assert_eq!(NormalizedIp::parse(&format!("{ip}")), Ok(ip.clone()));
        prop_assert_eq!(NormalizedIp::parse(ip.as_str()), Ok(ip.clone()));
        // The text is the RFC 5952 form of the address (std's Display, checked
        // against the RFC examples in `edge_cases`).
        prop_assert_eq!(ip.as_str(), ip.addr().to_string());
    }

    #[test]
    fn prop_suffixes_rejected(v6 in interesting_v6(), n in 0u8..=128) {
        let text = v6.to_string();
        prop_assert_eq!(NormalizedIp::parse(&format!("{text}/{n}")), Err(IpError::CidrSuffix));
        prop_assert_eq!(NormalizedIp::parse(&format!("{text}%eth0")), Err(IpError::ZoneId));
        prop_assert_eq!(NormalizedIp::parse(&format!("[{text}]:{n}")), Err(IpError::Port));
    }
}
