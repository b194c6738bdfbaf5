//! [`pattern`](super::pattern) against `regex-automata` on every pattern of the metadata:
//! which number-type patterns match a number whole, and where a prefix pattern's
//! leftmost-first match ends and its groups are.

use super::data::TERRITORIES;
use super::{pattern, Raw};
use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::PatternID;

/// xorshift64*: deterministic, no dependency.
fn rng(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed | 1;
    move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn reference(pattern: &str) -> Regex {
    Regex::builder()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .build(pattern)
        .unwrap_or_else(|e| panic!("{pattern}: {e}"))
}

/// Inputs around `pattern`: samples it matches, and each cut short, grown by a digit and
/// with one digit changed; plus random digit strings.
fn inputs(pattern: &str, next: &mut impl FnMut() -> u64, count: usize) -> Vec<String> {
    let mut out = Vec::new();
    for _ in 0..count {
        let sample = pattern::sample(pattern, next).unwrap_or_default();
        let digit = |n: u64| char::from(b'0' + (n % 10) as u8);
        let mut longer = sample.clone();
        longer.push(digit(next()));
        let mut changed: Vec<char> = sample.chars().collect();
        if !changed.is_empty() {
            let at = (next() % changed.len() as u64) as usize;
            changed[at] = digit(next());
        }
        let random: String = (0..next() % 18).map(|_| digit(next())).collect();
        out.push(
            sample
                .get(..sample.len().saturating_sub(1))
                .unwrap_or("")
                .to_owned(),
        );
        out.extend([sample, longer, changed.into_iter().collect(), random]);
    }
    out
}

fn types(raw: &Raw) -> Vec<&'static str> {
    [
        &raw.premium_rate,
        &raw.toll_free,
        &raw.shared_cost,
        &raw.voip,
        &raw.personal_number,
        &raw.pager,
        &raw.uan,
        &raw.voicemail,
        &raw.fixed_line,
        &raw.mobile,
    ]
    .iter()
    .filter_map(|d| Some(d.as_ref()?.pattern))
    .chain([raw.general])
    .collect()
}

#[test]
fn number_type_matches_agree_with_regex_automata() {
    let mut next = rng(0x5eed);
    let mut checked = 0;
    for raw in &TERRITORIES {
        let patterns = types(raw);
        let by_bit: Vec<(u8, &str)> = (0u8..).zip(patterns.iter().copied()).collect();
        let dfa = pattern::full_match(&by_bit).unwrap_or_else(|e| panic!("{}: {e}", raw.id));
        let whole: Vec<Regex> = patterns
            .iter()
            .map(|p| reference(&format!("^(?:{p})$")))
            .collect();
        for p in &patterns {
            for input in inputs(p, &mut next, 40) {
                let want = whole
                    .iter()
                    .enumerate()
                    .filter(|(_, re)| re.is_match(&input))
                    .fold(0u16, |bits, (i, _)| bits | 1 << i);
                assert_eq!(dfa.matches(input.as_bytes()), want, "{} {input:?}", raw.id);
                checked += 1;
            }
        }
        assert!(dfa.states() < 4096, "{}: {} states", raw.id, dfa.states());
    }
    assert!(checked > 100_000, "{checked}");
}

#[test]
fn prefix_matches_agree_with_regex_automata() {
    let mut next = rng(0xface);
    let mut checked = 0;
    for raw in &TERRITORIES {
        let prefixes = [
            raw.international_prefix,
            raw.national_prefix_for_parsing,
            raw.national_prefix,
            raw.leading_digits,
        ];
        for p in prefixes.into_iter().flatten().filter(|p| !p.is_empty()) {
            let ours = pattern::Prefix::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            let theirs = reference(&format!("^(?:{p})"));
            let mut caps = theirs.create_captures();
            for mut input in inputs(p, &mut next, 60) {
                // What follows a prefix: the rest of a number.
                input.extend((0..next() % 8).map(|_| char::from(b'0' + (next() % 10) as u8)));
                theirs.captures(input.as_str(), &mut caps);
                let got = ours.captures(&input);
                assert_eq!(
                    got.as_ref().and_then(|c| c.get(0)),
                    caps.get_match().map(|m| m.range()),
                    "{} {p} {input:?}",
                    raw.id
                );
                if let Some(got) = got {
                    assert_eq!(got.group_len(), caps.group_len(), "{p}");
                    for group in 0..got.group_len() {
                        assert_eq!(
                            got.get(group),
                            caps.get_group(group).map(|s| s.range()),
                            "{} {p} {input:?} group {group}",
                            raw.id
                        );
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 20_000, "{checked}");
}

/// Our leftmost-first match of `p` at the start of `input` (every group's span, and
/// `find`'s end) is the reference's.
fn assert_same_groups(ours: &pattern::Prefix, theirs: &Regex, p: &str, input: &str) {
    let mut caps = theirs.create_captures();
    theirs.captures(input, &mut caps);
    let got = ours.captures(input);
    let groups = caps.group_info().group_len(PatternID::ZERO);
    let got: Vec<_> = (0..groups)
        .map(|g| got.as_ref().and_then(|c| c.get(g)))
        .collect();
    let want: Vec<_> = (0..groups)
        .map(|g| caps.get_group(g).map(|s| s.range()))
        .collect();
    assert_eq!(got, want, "{p} {input:?}");
    let end = caps.get_match().map(|m| m.end());
    assert_eq!(ours.find(input), end, "{p} {input:?}");
}

/// The lazy quantifier and `$`, which the metadata barely uses, against the reference.
#[test]
fn dialect_corners_agree_with_regex_automata() {
    for p in [
        r"1??(1\d)",
        r"(1{1,3}?)(1*)",
        r"(0|00)(\d)",
        r"([2-9]\d{2})$|1",
        r"(?:1|12)(3)?",
        r"((1)|1(2))+",
    ] {
        let Ok(ours) = pattern::Prefix::new(p) else {
            // Outside the dialect: `*` and `+` are not supported.
            assert!(p.contains(['*', '+']), "{p}");
            continue;
        };
        let theirs = reference(&format!("^(?:{p})"));
        for input in [
            "", "1", "11", "112", "1123", "0", "00", "001", "234", "2345", "123",
        ] {
            assert_same_groups(&ours, &theirs, p, input);
        }
    }
}

/// Random patterns of the whole dialect (nested groups, empty alternatives, lazy counts,
/// `$`), not only the shapes today's metadata uses, against the reference.
#[test]
fn random_dialect_patterns_agree_with_regex_automata() {
    fn pattern(next: &mut impl FnMut() -> u64, depth: u32) -> String {
        let mut out = String::new();
        for _ in 0..1 + next() % 3 {
            let atom = match next() % if depth > 2 { 4 } else { 7 } {
                0 | 1 => char::from(b'0' + (next() % 3) as u8).to_string(),
                2 => r"\d".to_owned(),
                3 => {
                    let low = next() % 3;
                    format!("[{low}-{}{}]", low + next() % 3, next() % 10)
                }
                4 => format!("({})", pattern(next, depth + 1)),
                5 => format!("(?:{})", pattern(next, depth + 1)),
                _ => format!(
                    "({}|{})",
                    pattern(next, depth + 1),
                    pattern(next, depth + 1)
                ),
            };
            // Counts only on single digits, as in the metadata: counts of counted groups
            // can outgrow the DFA's state bound (a clean error, tested in dfa.rs).
            let group = atom.starts_with('(');
            out.push_str(&atom);
            match next() % if group { 2 } else { 8 } {
                0 => out.push('?'),
                1 => out.push_str("??"),
                2 => {
                    let min = next() % 3;
                    out.push_str(&format!("{{{min},{}}}", min + next() % 3));
                }
                3 => out.push_str(&format!("{{{}}}?", next() % 3)),
                _ => {}
            }
        }
        match next() % 10 {
            0 => format!("{out}|{}", pattern(next, depth + 1)),
            1 => format!("{out}$"),
            2 => format!("{out}|"),
            _ => out,
        }
    }
    let mut next = rng(0xd1a1ec7);
    for _ in 0..3_000 {
        let p = pattern(&mut next, 0);
        let ours = pattern::Prefix::new(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
        let theirs = reference(&format!("^(?:{p})"));
        let whole = reference(&format!("^(?:{p})$"));
        let dfa = pattern::full_match(&[(3, p.as_str())]).unwrap_or_else(|e| panic!("{p}: {e}"));
        for _ in 0..20 {
            let input: String = (0..next() % 7)
                .map(|_| char::from(b'0' + (next() % 4) as u8))
                .collect();
            assert_same_groups(&ours, &theirs, &p, &input);
            let full = if whole.is_match(&input) { 1 << 3 } else { 0 };
            assert_eq!(dfa.matches(input.as_bytes()), full, "{p} {input:?}");
        }
    }
}
