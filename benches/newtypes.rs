//! One group per newtype, each with three cases over a fixed batch of realistic inputs:
//! `canonical` (already canonical: the fast path), `needs_normalize` (valid, rewritten)
//! and `invalid` (the error path). Throughput is in elements (inputs parsed). Before
//! measuring, the email, phone and IP groups check with a counting allocator that an
//! already-canonical input costs exactly one allocation (the value's own string).
//!
//! ```text
//! cargo bench --bench newtypes -- --warm-up-time 1 --measurement-time 3
//! cargo bench --bench newtypes -- phone/          # one group
//! ```

use contactkit::{
    ApiKey, CanonicalEmail, Country, Ico, IntlPhone, Locale, NormalizedIp, PostalCode, ReferralId,
    Region, Timestamp, VatId,
};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

thread_local! {
    /// Allocations made by this thread so far.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// The system allocator, counting allocations per thread, so that the benches can check
/// the hot paths' allocation discipline before they measure them.
struct Counting;

// SAFETY: every call is forwarded unchanged to `System`; the counter is a const-initialized
// thread-local `Cell` (no lazy initialization, no destructor, so no allocation inside).
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract is `GlobalAlloc::alloc`'s, passed on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Asserts that parsing each already-canonical input makes exactly `expected`
/// allocations: the returned value's own string at most (an email's, an IP's; a phone
/// holds its text inline and makes none), nothing on the way (the `Cow` fast paths).
fn assert_allocations<T, E: std::fmt::Debug>(
    name: &str,
    parse: impl Fn(&str) -> Result<T, E>,
    inputs: &[&str],
    expected: usize,
) {
    for input in inputs {
        let before = ALLOCATIONS.with(Cell::get);
        let value = parse(input);
        let made = ALLOCATIONS.with(Cell::get) - before;
        assert!(value.is_ok(), "{name}: {input:?} rejected");
        assert_eq!(made, expected, "{name}: {input:?} made {made} allocations");
        drop(value);
    }
}

/// Benches `parse` over each case's batch, checking inside the timed loop that the
/// canonical and needs-normalize inputs are accepted and the invalid ones rejected.
fn group<T, E>(
    c: &mut Criterion,
    name: &str,
    parse: impl Fn(&str) -> Result<T, E>,
    canonical: &[&str],
    needs_normalize: &[&str],
    invalid: &[&str],
) {
    group_with(c, name, &parse, &parse, canonical, needs_normalize, invalid);
}

/// [`group`] with a different entry point for the needs-normalize case (an API key has
/// no other spelling than itself, but arrives wrapped in an `Authorization` header).
fn group_with<T, E>(
    c: &mut Criterion,
    name: &str,
    parse: &dyn Fn(&str) -> Result<T, E>,
    normalize: &dyn Fn(&str) -> Result<T, E>,
    canonical: &[&str],
    needs_normalize: &[&str],
    invalid: &[&str],
) {
    let mut g = c.benchmark_group(name);
    for (case, batch, valid, parse) in [
        ("canonical", canonical, true, parse),
        ("needs_normalize", needs_normalize, true, normalize),
        ("invalid", invalid, false, parse),
    ] {
        // A bad table is a bug in this file; say which input before measuring anything.
        for input in batch {
            assert_eq!(parse(input).is_ok(), valid, "{name}/{case}: {input:?}");
        }
        g.throughput(Throughput::Elements(batch.len() as u64));
        g.bench_function(case, |b| {
            b.iter(|| {
                let accepted = batch
                    .iter()
                    .filter(|input| parse(black_box(input)).is_ok())
                    .count();
                assert_eq!(accepted, if valid { batch.len() } else { 0 });
            })
        });
    }
    g.finish();
}

fn email(c: &mut Criterion) {
    assert_allocations(
        "email",
        CanonicalEmail::parse,
        &[
            "jan.novak@seznam.cz",
            "mark@bik.ai",
            "olivia_smith@outlook.com",
        ],
        1,
    );
    group(
        c,
        "email",
        CanonicalEmail::parse,
        &[
            "jan.novak@seznam.cz",
            "priya.sharma@gmail.com",
            "j.mueller@web.de",
            "olivia_smith@outlook.com",
            "aarav1999@yahoo.co.in",
            "mark@bik.ai",
            "kateřina.dvořáková@seznam.cz",
            "info@bücher.de",
        ],
        &[
            "Jan.Novak@Seznam.CZ",
            " priya.sharma@GMAIL.COM",
            "J.Mueller@Web.De  ",
            "\tOLIVIA_SMITH@OUTLOOK.COM ",
            "Aarav1999@Yahoo.co.in",
            "Mark@BIK.ai",
            "Kateřina.Dvořáková@Seznam.cz",
            "info@xn--bcher-kva.de",
        ],
        &[
            "jan.novak@",
            "@seznam.cz",
            "jan novak@seznam.cz",
            "jan.novak.seznam.cz",
            "jan@@seznam.cz",
            "jan@seznam.cz..",
            "<jan@seznam.cz>",
            "jan..novak@seznam.cz",
        ],
    );
}

fn phone(c: &mut Criterion) {
    // Warm the plans first: a territory's first use compiles it.
    let india = Region::parse("IN").unwrap();
    let warm = |s: &str| IntlPhone::parse_with_region(s, india);
    for input in ["+91 9090909090", "+420 777123456", "+1 2015550123"] {
        let _ = warm(input);
    }
    assert_allocations(
        "phone",
        warm,
        &[
            "+91 9090909090",
            "+420 777123456",
            "+1 2015550123",
            "9090909090",
        ],
        0,
    );
    // The BIK path: read with the default region IN.
    group(
        c,
        "phone",
        |s| IntlPhone::parse_with_region(s, india),
        &[
            "+91 9090909090",
            "+91 8123456789",
            "+420 777123456",
            "+49 15123456789",
            "+1 2015550123",
            "+44 7400123456",
            "+44 1212345678",
            "+420 212345678",
        ],
        &[
            "9090909090",
            "09090909090",
            "+91 90909 09090",
            "+420 777 123 456",
            "+49 1512 3456789",
            "+1 (201) 555-0123",
            "+44 (0)20 7946 0000",
            "+420777123456",
        ],
        &[
            "+91 12345",
            "+420 77712345678",
            "+44 7700 900123",
            "n/a",
            "12345",
            "+999 123456789",
            "+1 650 253 0000 ext. 12",
            "777123456",
        ],
    );
}

fn ip(c: &mut Criterion) {
    assert_allocations("ip", NormalizedIp::parse, &["1.1.1.1", "203.0.113.7"], 1);
    group(
        c,
        "ip",
        NormalizedIp::parse,
        &[
            "1.1.1.1",
            "203.0.113.7",
            "192.168.1.20",
            "8.8.8.8",
            "2001:db8::1",
            "2a00:1450:4001:80b::200e",
            "127.0.0.1",
            "10.0.0.1",
        ],
        &[
            " 1.1.1.1",
            "2001:DB8::1",
            "2001:4860:4860:0:0:0:0:8888",
            "::ffff:192.0.2.1",
            "[::1]",
            "localhost",
            "0.0.0.0",
            "2A00:1450:4001:080B:0000:0000:0000:200E",
        ],
        &[
            "256.1.1.1",
            "010.0.0.1",
            "1.1.1",
            "1.1.1.1.1",
            "2001:db8:::1",
            "example.com",
            "1.1.1.1/24",
            "1.2.3.4:80",
        ],
    );
}

fn api_key(c: &mut Criterion) {
    group_with(
        c,
        "api_key",
        &ApiKey::parse,
        &ApiKey::from_authorization,
        &[
            "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE",
            "DEV_PGrFxpGEtrOZfuWhnoJohUYBXuOE",
            "ROOTa1b2c3d4e5f6g7h8i9j0k1l2m3n4",
            "PRODzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
        ],
        &[
            "Bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE",
            "bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE",
            "Bearer DEV_PGrFxpGEtrOZfuWhnoJohUYBXuOE ",
            "BEARER ROOTa1b2c3d4e5f6g7h8i9j0k1l2m3n4",
        ],
        &[
            "PRODPGrFxpGEtrOZfuWhnoJohUYBXuO",
            "TESTPGrFxpGEtrOZfuWhnoJohUYBXuOE",
            "PROD-GrFxpGEtrOZfuWhnoJohUYBXuOE",
            "",
        ],
    );
}

fn referral(c: &mut Criterion) {
    group(
        c,
        "referral",
        ReferralId::parse,
        &["1cGIHvFoQDGLAbcA", "DSrPDijrqadenTGc", "a1b2c3d4e5f6g7h8"],
        &[
            " 1cGIHvFoQDGLAbcA\n",
            "\tDSrPDijrqadenTGc ",
            "  a1b2c3d4e5f6g7h8",
        ],
        &["1cGIHvFoQDGLAbc", "1cGIHvFo-DGLAbcA", ""],
    );
}

fn vat(c: &mut Criterion) {
    group(
        c,
        "vat",
        VatId::parse,
        &["CZ9609040727", "DE136695976", "CZ05103118"],
        &["cz 960 904 0727", "de136.695.976", "CZ 05103118"],
        &["CZ123", "DE136695977", "XX123456789"],
    );
}

fn country(c: &mut Criterion) {
    group(
        c,
        "country",
        Country::parse,
        &["CZ", "IN", "DE", "US", "GB"],
        &["cz", " in", "Czechia", "India", "germany"],
        &["XX", "Deutschland", "Česko", "", "C"],
    );
}

fn locale(c: &mut Criterion) {
    group(
        c,
        "locale",
        Locale::parse,
        &["cs", "en-US", "de-DE", "hi-IN", "zh-Hant-TW"],
        &["en-us", "EN-us", "ZH-hant-tw", " de-de", "hi-in"],
        &["xx-yy-zz", "", "en-", "e", "english"],
    );
}

fn ico(c: &mut Criterion) {
    group(
        c,
        "ico",
        Ico::parse,
        &["05103118", "25596641", "00006947"],
        &[" 05103118", "25596641 ", "\t00006947"],
        &["5103118", "12345678", "0510311x"],
    );
}

fn postal_code(c: &mut Criterion) {
    group(
        c,
        "postal_code",
        PostalCode::parse,
        &["27201", "110001", "SW1A 1AA", "10115"],
        &[" 272 01", "sw1a 1aa", " 110001 ", "10115\n"],
        &[
            "",
            "   ",
            "12345678901234567890123456789012345678901",
            "27\u{0}01",
        ],
    );
}

fn timestamp(c: &mut Criterion) {
    group(
        c,
        "timestamp",
        Timestamp::parse,
        &[
            "2024-03-15T10:00:00.000Z",
            "2023-11-14T22:13:20.000Z",
            "2019-01-01T00:00:00.000Z",
        ],
        &[
            "2024-03-15T10:00:00Z",
            "2024-03-15T15:30:00.123+05:30",
            "2024-03-15",
        ],
        &["2024-02-30T10:00:00Z", "15/03/2024", "March 5, 2024"],
    );
}

criterion_group!(
    benches,
    email,
    phone,
    ip,
    api_key,
    referral,
    vat,
    country,
    locale,
    ico,
    postal_code,
    timestamp
);
criterion_main!(benches);
