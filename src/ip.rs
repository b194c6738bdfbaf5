//! [`NormalizedIp`]: a client IP address in one canonical text form, and its
//! [`IpClass`] for GEO/IP use.
//!
//! The rules are those of the `customerRealIp` field: surrounding white space is
//! trimmed; an empty value, `localhost`, `::1`, `0.0.0.0` and `::` (in any
//! spelling) all mean "this machine" and become `127.0.0.1`; IPv4 must be a strict
//! dotted quad; IPv6 is any valid text and is printed per RFC 5952; an IPv4-mapped
//! IPv6 address becomes the IPv4 address it carries.

use ipnet::{Ipv4Net, Ipv6Net};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// A validated IP address in canonical text form.
///
/// Built only by [`NormalizedIp::parse`], so every value is canonical: IPv4 as a
/// dotted quad, IPv6 in the RFC 5952 form (lower case, longest run of zero groups
/// compressed), never an IPv4-mapped IPv6 address, and `127.0.0.1` for every
/// spelling of "this machine". Two values are equal exactly when their text is.
///
/// `Ord` orders by address, as [`IpAddr`] does: every IPv4 address before every IPv6
/// address, each family numerically (`9.9.9.9` < `10.0.0.1`, which text order would
/// reverse). The text is a function of the address, so this agrees with `==`.
///
/// # Examples
///
/// ```
/// use contactkit::NormalizedIp;
///
/// let ip = NormalizedIp::parse(" 2001:4860:4860:0000:0000:0000:0000:8888 ")?;
/// assert_eq!(ip.as_str(), "2001:4860:4860::8888");
/// assert!(ip.is_public());
///
/// assert_eq!(NormalizedIp::parse("::ffff:1.1.1.1")?.as_str(), "1.1.1.1");
/// assert_eq!(NormalizedIp::parse("")?.as_str(), "127.0.0.1");
/// assert_eq!(format!("{ip:?}"), r#"NormalizedIp("2001:4860:4860::8888")"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct NormalizedIp {
    // Invariant: `text` is the canonical spelling of `addr`.
    text: Box<str>,
    addr: IpAddr,
}

/// Why a text is not an acceptable IP address.
///
/// The messages are public API: `ip: <reason>`, lower case, never echoing the input.
///
/// # Examples
///
/// ```
/// use contactkit::{IpError, NormalizedIp};
///
/// let err = NormalizedIp::parse("10.0.0.0/8").unwrap_err();
/// assert_eq!(err, IpError::CidrSuffix);
/// assert_eq!(err.to_string(), "ip: cidr suffix not allowed");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum IpError {
    /// Neither a strict dotted-quad IPv4 address nor a valid IPv6 address, e.g.
    /// `abc`, `256.1.1.1`, `1.2.3`, `0x7f.0.0.1`, `2130706433` or `1:2:3:4::5:6:7:8`.
    #[error("ip: not an ipv4 or ipv6 address")]
    Invalid,
    /// An IPv4 octet written with a leading zero, e.g. `010.0.0.1`: some parsers
    /// read it as octal, so the address is ambiguous.
    #[error("ip: ipv4 octet with a leading zero")]
    Ipv4LeadingZero,
    /// An IPv6 zone id, e.g. `fe80::1%eth0`: it only means something on the host
    /// that wrote it.
    #[error("ip: zone id not allowed")]
    ZoneId,
    /// A CIDR prefix length, e.g. `10.0.0.0/8`: a network, not an address.
    #[error("ip: cidr suffix not allowed")]
    CidrSuffix,
    /// A port, e.g. `1.1.1.1:80` or `[2001:db8::1]:443`.
    #[error("ip: port not allowed")]
    Port,
    /// Brackets around an IPv4 address, e.g. `[1.2.3.4]`: brackets are for IPv6.
    #[error("ip: brackets are only allowed around an ipv6 address")]
    BracketedIpv4,
    /// A `[` without its `]` or the other way round, e.g. `[2001:db8::1` or
    /// `2001:db8::1]`.
    #[error("ip: unbalanced brackets")]
    UnbalancedBracket,
}

/// What kind of address a [`NormalizedIp`] is, for GEO/IP decisions.
///
/// Derived from the IANA IPv4 and IPv6 Special-Purpose Address Registries (rows as
/// of 2025-10), plus the IPv4 and IPv6 multicast blocks and the IPv6 Address Space
/// registry. The most specific matching registry row decides. Rows map as follows:
///
/// - rows whose "Globally Reachable" column is `True` (e.g. `192.0.0.9/32` PCP
///   anycast, `192.31.196.0/24` AS112, `64:ff9b::/96` NAT64, `2001:3::/32` AMT,
///   `2001:20::/28` ORCHIDv2) are [`Public`](IpClass::Public): they are routed on the
///   Internet like any other address, as Python's `ipaddress.is_global` also says;
/// - Loopback, Private-Use / Unique-Local, Shared Address Space, Link-Local and
///   Documentation rows get their own class;
/// - every other row ("This network", IETF Protocol Assignments, benchmarking,
///   6to4 relay anycast, 240/4, limited broadcast, discard-only, Teredo, 6to4,
///   deprecated ORCHID, SRv6 SIDs, dummy prefixes ...) is [`Reserved`](IpClass::Reserved),
///   including the rows whose column is "N/A" (Teredo `2001::/32`, 6to4 `2002::/16`):
///   those addresses stand for an embedded IPv4 tunnel endpoint, not a host that can
///   be located directly;
/// - IPv6 outside `2000::/3`, `fc00::/7`, `fe80::/10` and `ff00::/8` (e.g. `4000::1`,
///   the deprecated site-local `fec0::/10`, IPv4-compatible `::a.b.c.d`) is
///   "Reserved by IETF" in the IPv6 Address Space registry, so `Reserved`.
///
/// # Examples
///
/// ```
/// use contactkit::{IpClass, NormalizedIp};
///
/// assert_eq!(NormalizedIp::parse("1.1.1.1")?.class(), IpClass::Public);
/// assert_eq!(NormalizedIp::parse("192.168.1.10")?.class(), IpClass::Private);
/// assert_eq!(NormalizedIp::parse("100.64.0.1")?.class(), IpClass::SharedCgnat);
/// assert_eq!(NormalizedIp::parse("2001:db8::1")?.class(), IpClass::Documentation);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpClass {
    /// This machine: `127.0.0.0/8` (every normalized spelling of `::1`, `::`,
    /// `0.0.0.0` and `localhost` lands here as `127.0.0.1`).
    Loopback,
    /// A private network: `10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`
    /// (RFC 1918), unique-local `fc00::/7` (RFC 4193) and the local-use NAT64
    /// prefix `64:ff9b:1::/48` (RFC 8215).
    Private,
    /// Carrier-grade NAT shared address space `100.64.0.0/10` (RFC 6598): the
    /// address of a subscriber inside an ISP, not locatable.
    SharedCgnat,
    /// Link-local: `169.254.0.0/16` (RFC 3927), `fe80::/10` (RFC 4291).
    LinkLocal,
    /// Reserved for examples: `192.0.2.0/24`, `198.51.100.0/24`, `203.0.113.0/24`
    /// (RFC 5737), `233.252.0.0/24` (RFC 6676), `2001:db8::/32` (RFC 3849) and
    /// `3fff::/20` (RFC 9637).
    Documentation,
    /// Multicast: `224.0.0.0/4` and `ff00::/8` (outside the documentation block).
    Multicast,
    /// Any other special-purpose or unallocated address; see the type docs for the
    /// rows that map here.
    Reserved,
    /// A globally routed unicast address: worth a GEO/IP lookup.
    Public,
}

impl NormalizedIp {
    /// Validates and normalizes an IP address.
    ///
    /// The input is trimmed (Rust's `str::trim`). Then:
    /// - empty, `localhost` (ASCII, any case), `::1`, `::` and `0.0.0.0`, in any
    ///   spelling (`0:0:0:0:0:0:0:1`, `[::1]`, `::ffff:0.0.0.0`), give `127.0.0.1`;
    /// - IPv4 must be a dotted quad of decimal octets without leading zeros;
    /// - IPv6 may be any RFC 4291 text, optionally in `[...]`; it is printed in the
    ///   RFC 5952 form, and an IPv4-mapped address (`::ffff:1.2.3.4`,
    ///   `::ffff:102:304`) becomes the IPv4 address.
    ///
    /// # Errors
    ///
    /// - [`IpError::ZoneId`], e.g. `fe80::1%eth0`
    /// - [`IpError::CidrSuffix`], e.g. `10.0.0.0/8`, `2001:db8::/32`
    /// - [`IpError::Port`], e.g. `1.1.1.1:80`, `[2001:db8::1]:443`
    /// - [`IpError::BracketedIpv4`], e.g. `[1.2.3.4]`
    /// - [`IpError::UnbalancedBracket`], e.g. `[::1`
    /// - [`IpError::Ipv4LeadingZero`], e.g. `010.0.0.1`
    /// - [`IpError::Invalid`], anything else, e.g. `abc`, `1.2.3`, `0x7f.0.0.1`,
    ///   `2130706433`, `256.0.0.1`, `localhost.`
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::NormalizedIp;
    ///
    /// assert_eq!(NormalizedIp::parse("[FD9E:1A04:F01D::1]")?.as_str(), "fd9e:1a04:f01d::1");
    /// assert_eq!(NormalizedIp::parse("0:0:0:0:0:0:0:1")?.as_str(), "127.0.0.1");
    ///
    /// let err = NormalizedIp::parse("1.1.1.1:80").unwrap_err();
    /// assert_eq!(err.to_string(), "ip: port not allowed");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, IpError> {
        let s = input.trim();
        if s.is_empty() || s.eq_ignore_ascii_case("localhost") {
            return Ok(Self::loopback());
        }
        // Brackets are the URL-host spelling of IPv6 (RFC 3986 `IP-literal`).
        let (text, bracketed) = match s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            Some(inner) => (inner, true),
            None => (s, false),
        };
        if !bracketed {
            // std's parser is strict: no leading zeros, no short or integer forms.
            if let Ok(v4) = text.parse::<Ipv4Addr>() {
                return Ok(Self::from_v4(v4, Some(text)));
            }
        }
        match text.parse::<Ipv6Addr>() {
            Ok(v6) => Ok(Self::from_v6(v6)),
            Err(_) => Err(diagnose(s)),
        }
    }

    /// The canonical text, e.g. `127.0.0.1` or `2001:db8::1`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::NormalizedIp;
    ///
    /// assert_eq!(NormalizedIp::parse("2001:DB8:0:0:1::1")?.as_str(), "2001:db8::1:0:0:1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The address itself; IPv4 for every IPv4-mapped input.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::NormalizedIp;
    /// use std::net::{IpAddr, Ipv4Addr};
    ///
    /// let ip = NormalizedIp::parse("::ffff:0102:0304")?;
    /// assert_eq!(ip.addr(), IpAddr::V4(Ipv4Addr::new(1, 2, 3, 4)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn addr(&self) -> IpAddr {
        self.addr
    }

    /// The kind of address, from the IANA special-purpose registries (see
    /// [`IpClass`] for how each registry row maps).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{IpClass, NormalizedIp};
    ///
    /// assert_eq!(NormalizedIp::parse("localhost")?.class(), IpClass::Loopback);
    /// assert_eq!(NormalizedIp::parse("fe80::1")?.class(), IpClass::LinkLocal);
    /// assert_eq!(NormalizedIp::parse("240.0.0.1")?.class(), IpClass::Reserved);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn class(&self) -> IpClass {
        match self.addr {
            IpAddr::V4(v4) => classify_v4(v4),
            IpAddr::V6(v6) => classify_v6(v6),
        }
    }

    /// Whether the address is globally routed unicast ([`IpClass::Public`]), i.e.
    /// worth a GEO/IP lookup.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::NormalizedIp;
    ///
    /// assert!(NormalizedIp::parse("1.1.1.1")?.is_public());
    /// assert!(!NormalizedIp::parse("10.1.2.3")?.is_public());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_public(&self) -> bool {
        self.class() == IpClass::Public
    }

    fn loopback() -> Self {
        NormalizedIp {
            text: Box::from("127.0.0.1"),
            addr: IpAddr::V4(Ipv4Addr::LOCALHOST),
        }
    }

    /// `canonical` is the input text when it is already known to be canonical.
    fn from_v4(v4: Ipv4Addr, canonical: Option<&str>) -> Self {
        if v4.is_unspecified() {
            return Self::loopback();
        }
        // A strict dotted quad that parsed is its own canonical form: no allocation
        // beyond the stored copy.
        let text = match canonical {
            Some(text) => Box::from(text),
            None => v4.to_string().into_boxed_str(),
        };
        NormalizedIp {
            text,
            addr: IpAddr::V4(v4),
        }
    }

    fn from_v6(v6: Ipv6Addr) -> Self {
        if v6.is_unspecified() || v6.is_loopback() {
            return Self::loopback();
        }
        if let Some(v4) = v6.to_ipv4_mapped() {
            return Self::from_v4(v4, None);
        }
        // std's Display is RFC 5952: lower case, longest zero run (first on a tie,
        // at least two groups) compressed; it only uses the dotted tail for mapped
        // addresses, which were turned into IPv4 above.
        NormalizedIp {
            text: v6.to_string().into_boxed_str(),
            addr: IpAddr::V6(v6),
        }
    }
}

crate::macros::impl_text_newtype!(NormalizedIp, IpError);
crate::macros::impl_debug_as_text!(NormalizedIp);

impl PartialOrd for NormalizedIp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for NormalizedIp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.addr.cmp(&other.addr)
    }
}

/// Finds the most helpful error for a trimmed text that did not parse.
#[cold]
fn diagnose(s: &str) -> IpError {
    if let Some(rest) = s.strip_prefix('[') {
        return match rest.split_once(']') {
            Some((inner, "")) => diagnose_bare(inner, true),
            Some((inner, after)) => match after.strip_prefix(':') {
                Some(port) if is_port(port) && inner.parse::<Ipv6Addr>().is_ok() => IpError::Port,
                _ => IpError::Invalid,
            },
            None => IpError::UnbalancedBracket,
        };
    }
    if s.contains(']') {
        return IpError::UnbalancedBracket;
    }
    diagnose_bare(s, false)
}

/// Diagnoses an address text without its brackets.
fn diagnose_bare(t: &str, bracketed: bool) -> IpError {
    if let Some((addr, _zone)) = t.split_once('%') {
        if addr.parse::<Ipv6Addr>().is_ok() {
            return IpError::ZoneId;
        }
    }
    if let Some((addr, _len)) = t.split_once('/') {
        let addr = addr.split_once('%').map_or(addr, |(a, _)| a);
        if is_ip(addr, bracketed) {
            return IpError::CidrSuffix;
        }
    }
    if t.parse::<Ipv4Addr>().is_ok() {
        // Only reachable with brackets: a bare dotted quad parsed in `parse`.
        return IpError::BracketedIpv4;
    }
    if !bracketed {
        if let Some((addr, port)) = t.rsplit_once(':') {
            if is_port(port) && addr.parse::<Ipv4Addr>().is_ok() {
                return IpError::Port;
            }
        }
    }
    if is_leading_zero_quad(t) {
        return IpError::Ipv4LeadingZero;
    }
    IpError::Invalid
}

fn is_ip(t: &str, bracketed: bool) -> bool {
    t.parse::<Ipv6Addr>().is_ok() || (!bracketed && t.parse::<Ipv4Addr>().is_ok())
}

fn is_port(t: &str) -> bool {
    !t.is_empty() && t.len() <= 5 && t.bytes().all(|b| b.is_ascii_digit())
}

/// A dotted quad of decimal octets (each at most 255) that only fails because an
/// octet has a leading zero, e.g. `010.0.0.1` or `1.1.1.01`.
fn is_leading_zero_quad(t: &str) -> bool {
    let mut parts = 0;
    let mut leading_zero = false;
    for part in t.split('.') {
        parts += 1;
        let digits_ok = !part.is_empty()
            && part.len() <= 3
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u16>().is_ok_and(|n| n <= 255);
        if !digits_ok {
            return false;
        }
        leading_zero |= part.len() > 1 && part.starts_with('0');
    }
    parts == 4 && leading_zero
}

// The IANA IPv4 Special-Purpose Address Registry (updated 2025), plus multicast
// (224.0.0.0/4, RFC 5771) and MCAST-TEST-NET. The longest matching prefix wins, so
// `Public` rows ("Globally Reachable: True") can sit inside `Reserved` ones.
const V4_TABLE: &[(Ipv4Net, IpClass)] = &[
    // "This network" (RFC 791); 0.0.0.0/32 itself normalizes to 127.0.0.1.
    (v4net(0, 0, 0, 0, 8), IpClass::Reserved),
    (v4net(10, 0, 0, 0, 8), IpClass::Private),
    (v4net(100, 64, 0, 0, 10), IpClass::SharedCgnat),
    (v4net(127, 0, 0, 0, 8), IpClass::Loopback),
    (v4net(169, 254, 0, 0, 16), IpClass::LinkLocal),
    (v4net(172, 16, 0, 0, 12), IpClass::Private),
    // IETF Protocol Assignments (RFC 6890) and the rows inside it.
    (v4net(192, 0, 0, 0, 24), IpClass::Reserved),
    (v4net(192, 0, 0, 0, 29), IpClass::Reserved), // IPv4 Service Continuity (RFC 7335)
    (v4net(192, 0, 0, 8, 32), IpClass::Reserved), // IPv4 dummy address (RFC 7600)
    (v4net(192, 0, 0, 9, 32), IpClass::Public),   // PCP anycast (RFC 7723)
    (v4net(192, 0, 0, 10, 32), IpClass::Public),  // TURN anycast (RFC 8155)
    (v4net(192, 0, 0, 170, 32), IpClass::Reserved), // NAT64/DNS64 discovery (RFC 8880)
    (v4net(192, 0, 0, 171, 32), IpClass::Reserved), // NAT64/DNS64 discovery (RFC 8880)
    (v4net(192, 0, 2, 0, 24), IpClass::Documentation), // TEST-NET-1 (RFC 5737)
    (v4net(192, 31, 196, 0, 24), IpClass::Public), // AS112-v4 (RFC 7535)
    (v4net(192, 52, 193, 0, 24), IpClass::Public), // AMT (RFC 7450)
    (v4net(192, 88, 99, 0, 24), IpClass::Reserved), // deprecated 6to4 relay anycast (RFC 7526)
    (v4net(192, 88, 99, 2, 32), IpClass::Reserved), // 6a44-relay anycast (RFC 6751)
    (v4net(192, 168, 0, 0, 16), IpClass::Private),
    (v4net(192, 175, 48, 0, 24), IpClass::Public), // AS112 direct delegation (RFC 7534)
    (v4net(198, 18, 0, 0, 15), IpClass::Reserved), // benchmarking (RFC 2544)
    (v4net(198, 51, 100, 0, 24), IpClass::Documentation), // TEST-NET-2
    (v4net(203, 0, 113, 0, 24), IpClass::Documentation), // TEST-NET-3
    (v4net(224, 0, 0, 0, 4), IpClass::Multicast),
    (v4net(233, 252, 0, 0, 24), IpClass::Documentation), // MCAST-TEST-NET (RFC 6676)
    (v4net(240, 0, 0, 0, 4), IpClass::Reserved),         // future use (RFC 1112)
    (v4net(255, 255, 255, 255, 32), IpClass::Reserved),  // limited broadcast (RFC 919)
];

// The IANA IPv6 Special-Purpose Address Registry (updated 2025-10), plus multicast
// (ff00::/8) from the IPv6 Address Space registry.
const V6_TABLE: &[(Ipv6Net, IpClass)] = &[
    (v6net([0, 0, 0, 0, 0, 0, 0, 1], 128), IpClass::Loopback), // normalized away
    (v6net([0, 0, 0, 0, 0, 0, 0, 0], 128), IpClass::Reserved), // unspecified, normalized away
    (v6net([0, 0, 0, 0, 0, 0xffff, 0, 0], 96), IpClass::Reserved), // mapped, normalized away
    (v6net([0x64, 0xff9b, 0, 0, 0, 0, 0, 0], 96), IpClass::Public), // NAT64 (RFC 6052)
    (
        v6net([0x64, 0xff9b, 1, 0, 0, 0, 0, 0], 48),
        IpClass::Private,
    ), // local-use NAT64 (RFC 8215)
    (v6net([0x100, 0, 0, 0, 0, 0, 0, 0], 64), IpClass::Reserved), // discard-only (RFC 6666)
    (v6net([0x100, 0, 0, 1, 0, 0, 0, 0], 64), IpClass::Reserved), // dummy prefix (RFC 9780)
    (v6net([0x2001, 0, 0, 0, 0, 0, 0, 0], 23), IpClass::Reserved), // IETF protocol assignments
    (v6net([0x2001, 0, 0, 0, 0, 0, 0, 0], 32), IpClass::Reserved), // Teredo (RFC 4380)
    (v6net([0x2001, 1, 0, 0, 0, 0, 0, 1], 128), IpClass::Public), // PCP anycast (RFC 7723)
    (v6net([0x2001, 1, 0, 0, 0, 0, 0, 2], 128), IpClass::Public), // TURN anycast (RFC 8155)
    (v6net([0x2001, 1, 0, 0, 0, 0, 0, 3], 128), IpClass::Public), // DNS-SD SRP anycast (RFC 9665)
    (v6net([0x2001, 2, 0, 0, 0, 0, 0, 0], 48), IpClass::Reserved), // benchmarking (RFC 5180)
    (v6net([0x2001, 3, 0, 0, 0, 0, 0, 0], 32), IpClass::Public), // AMT (RFC 7450)
    (
        v6net([0x2001, 4, 0x112, 0, 0, 0, 0, 0], 48),
        IpClass::Public,
    ), // AS112-v6 (RFC 7535)
    (
        v6net([0x2001, 0x10, 0, 0, 0, 0, 0, 0], 28),
        IpClass::Reserved,
    ), // deprecated ORCHID (RFC 4843)
    (v6net([0x2001, 0x20, 0, 0, 0, 0, 0, 0], 28), IpClass::Public), // ORCHIDv2 (RFC 7343)
    (v6net([0x2001, 0x30, 0, 0, 0, 0, 0, 0], 28), IpClass::Public), // drone DETs (RFC 9374)
    (
        v6net([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32),
        IpClass::Documentation,
    ), // RFC 3849
    (v6net([0x2002, 0, 0, 0, 0, 0, 0, 0], 16), IpClass::Reserved), // 6to4 (RFC 3056)
    (
        v6net([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0], 48),
        IpClass::Public,
    ), // AS112 direct delegation
    (
        v6net([0x3fff, 0, 0, 0, 0, 0, 0, 0], 20),
        IpClass::Documentation,
    ), // RFC 9637
    (v6net([0x5f00, 0, 0, 0, 0, 0, 0, 0], 16), IpClass::Reserved), // SRv6 SIDs (RFC 9602)
    (v6net([0xfc00, 0, 0, 0, 0, 0, 0, 0], 7), IpClass::Private), // unique-local (RFC 4193)
    (v6net([0xfe80, 0, 0, 0, 0, 0, 0, 0], 10), IpClass::LinkLocal), // RFC 4291
    (v6net([0xff00, 0, 0, 0, 0, 0, 0, 0], 8), IpClass::Multicast),
];

/// Global unicast `2000::/3`; the rest of the IPv6 space outside the table is
/// "Reserved by IETF".
const V6_GLOBAL_UNICAST: Ipv6Net = v6net([0x2000, 0, 0, 0, 0, 0, 0, 0], 3);

const fn v4net(a: u8, b: u8, c: u8, d: u8, len: u8) -> Ipv4Net {
    // Evaluated at compile time only (the tables are consts), so a bad row is a
    // build error, never a runtime panic.
    Ipv4Net::new_assert(Ipv4Addr::new(a, b, c, d), len)
}

const fn v6net(g: [u16; 8], len: u8) -> Ipv6Net {
    Ipv6Net::new_assert(
        Ipv6Addr::new(g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]),
        len,
    )
}

fn classify_v4(addr: Ipv4Addr) -> IpClass {
    longest_match(V4_TABLE, |net| (net.contains(&addr), net.prefix_len()))
        .unwrap_or(IpClass::Public)
}

fn classify_v6(addr: Ipv6Addr) -> IpClass {
    longest_match(V6_TABLE, |net| (net.contains(&addr), net.prefix_len())).unwrap_or(
        if V6_GLOBAL_UNICAST.contains(&addr) {
            IpClass::Public
        } else {
            IpClass::Reserved
        },
    )
}

/// The class of the longest prefix in `table` that matches.
fn longest_match<N>(table: &[(N, IpClass)], matches: impl Fn(&N) -> (bool, u8)) -> Option<IpClass> {
    table
        .iter()
        .filter_map(|(net, class)| match matches(net) {
            (true, len) => Some((len, *class)),
            (false, _) => None,
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, class)| class)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_have_no_duplicate_prefix() {
        for (i, (a, _)) in V4_TABLE.iter().enumerate() {
            for (b, _) in &V4_TABLE[i + 1..] {
                assert_ne!(a, b, "duplicate row");
            }
        }
        for (i, (a, _)) in V6_TABLE.iter().enumerate() {
            for (b, _) in &V6_TABLE[i + 1..] {
                assert_ne!(a, b, "duplicate row");
            }
        }
    }

    #[test]
    fn table_rows_are_network_addresses() {
        // A row written with host bits set would be a typo in the registry copy.
        for (net, _) in V4_TABLE {
            assert_eq!(net.addr(), net.network(), "{net}");
        }
        for (net, _) in V6_TABLE {
            assert_eq!(net.addr(), net.network(), "{net}");
        }
    }

    #[test]
    fn v6_rows_not_reachable_through_parse() {
        // `parse` turns these into IPv4; the rows still classify correctly.
        assert_eq!(classify_v6(Ipv6Addr::LOCALHOST), IpClass::Loopback);
        assert_eq!(classify_v6(Ipv6Addr::UNSPECIFIED), IpClass::Reserved);
        let mapped = Ipv4Addr::new(1, 2, 3, 4).to_ipv6_mapped();
        assert_eq!(classify_v6(mapped), IpClass::Reserved);
    }

    #[test]
    fn longest_prefix_wins() {
        assert_eq!(classify_v4(Ipv4Addr::new(192, 0, 0, 9)), IpClass::Public);
        assert_eq!(classify_v4(Ipv4Addr::new(192, 0, 0, 11)), IpClass::Reserved);
        assert_eq!(
            classify_v4(Ipv4Addr::new(233, 252, 0, 1)),
            IpClass::Documentation
        );
        assert_eq!(
            classify_v4(Ipv4Addr::new(233, 253, 0, 1)),
            IpClass::Multicast
        );
        let pcp = Ipv6Addr::new(0x2001, 1, 0, 0, 0, 0, 0, 1);
        assert_eq!(classify_v6(pcp), IpClass::Public);
        let srp_neighbour = Ipv6Addr::new(0x2001, 1, 0, 0, 0, 0, 0, 4);
        assert_eq!(classify_v6(srp_neighbour), IpClass::Reserved);
    }

    #[test]
    fn leading_zero_quad() {
        assert!(is_leading_zero_quad("010.0.0.1"));
        assert!(is_leading_zero_quad("1.1.1.01"));
        assert!(is_leading_zero_quad("00.0.0.0"));
        assert!(!is_leading_zero_quad("1.1.1.1"));
        assert!(!is_leading_zero_quad("010.0.0"));
        assert!(!is_leading_zero_quad("010.0.0.256"));
        assert!(!is_leading_zero_quad("0x10.0.0.1"));
        assert!(!is_leading_zero_quad("0010.0.0.1"));
    }

    #[test]
    fn ports() {
        assert!(is_port("80"));
        assert!(is_port("65535"));
        assert!(!is_port(""));
        assert!(!is_port("123456"));
        assert!(!is_port("8a"));
    }
}
