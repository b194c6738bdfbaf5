use contactkit::*;
use std::time::Instant;
fn main() {
    let which = std::env::args().nth(1).unwrap();
    let n: usize = std::env::args()
        .nth(2)
        .map(|s| s.parse().unwrap())
        .unwrap_or(1_000_000);
    let india = Region::parse("IN").unwrap();
    let emails = [
        "jan.novak@seznam.cz",
        "priya.sharma@gmail.com",
        "j.mueller@web.de",
        "olivia_smith@outlook.com",
        "aarav1999@yahoo.co.in",
        "mark@bik.ai",
        "kateřina.dvořáková@seznam.cz",
        "info@bücher.de",
    ];
    let phones = [
        "+91 9090909090",
        "+91 8123456789",
        "+420 777123456",
        "+49 15123456789",
        "+1 2015550123",
        "+44 7400123456",
        "+44 1212345678",
        "+420 212345678",
    ];
    for p in phones {
        IntlPhone::parse_with_region(p, india).unwrap();
    }
    let t = Instant::now();
    let mut ok = 0;
    for i in 0..n {
        match which.as_str() {
            "email" => {
                ok += CanonicalEmail::parse(std::hint::black_box(emails[i % 8])).is_ok() as usize
            }
            "email-ascii" => {
                ok += CanonicalEmail::parse(std::hint::black_box(emails[i % 6])).is_ok() as usize
            }
            "email-uni" => {
                ok +=
                    CanonicalEmail::parse(std::hint::black_box(emails[6 + i % 2])).is_ok() as usize
            }
            _ => {
                ok += IntlPhone::parse_with_region(std::hint::black_box(phones[i % 8]), india)
                    .is_ok() as usize
            }
        }
    }
    let d = t.elapsed();
    println!("{which}: {:.2}M/s ({ok})", n as f64 / d.as_secs_f64() / 1e6);
}
