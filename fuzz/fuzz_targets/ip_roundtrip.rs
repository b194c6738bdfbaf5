//! `NormalizedIp::parse`: the canonical text is a fixed point, agrees with `addr()`, and
//! the classification does not depend on the spelling.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::NormalizedIp;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(ip) =
        common::text_newtype(data, text, "ip", NormalizedIp::parse, NormalizedIp::as_str)
    else {
        return;
    };
    let printed = ip.as_str();
    // std prints RFC 5952 text for IPv6; IPv4-mapped addresses were already unmapped.
    let std_text = ip.addr().to_string();
    match NormalizedIp::parse(&std_text) {
        Ok(again) => ensure!(
            again == ip && again.class() == ip.class(),
            "std's spelling of addr() parses to another address",
            (printed, &std_text, again),
            data
        ),
        Err(e) => fail(
            "std's spelling of addr() is rejected",
            &(printed, &std_text, e),
            data,
        ),
    }
    ensure!(
        ip.is_public() == (ip.class() == contactkit::IpClass::Public),
        "is_public disagrees with class",
        (printed, ip.class()),
        data
    );
    if ip.addr().is_ipv6() {
        let bracketed = format!("[{printed}]");
        match NormalizedIp::parse(&bracketed) {
            Ok(again) => ensure!(
                again == ip,
                "[v6] parses to another address",
                (printed, again),
                data
            ),
            Err(e) => fail("[v6] is rejected", &(printed, e), data),
        }
    }
});
