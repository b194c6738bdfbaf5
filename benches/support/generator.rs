//! A deterministic generator of realistic BIK `userProperties` request bodies.
//!
//! The entry mix follows the reference workload of the performance issue
//! (`benches/perf/gen_data.py`): Indian, Czech, German, US and UK contacts (weights
//! 50/15/12/13/10), about 89% valid entries, 10% invalid ones (unknown keys, missing
//! names, bad emails and phones, wrong JSON types, empty strings, bad dates) and 1%
//! deliberately borderline ones; 2% of first names are in NFD and 5% of entries are
//! written with `\u` escapes, as ASCII-only JSON encoders write them. Phone numbers are
//! drawn the way the reference draws them: a libphonenumber example number of the
//! region's common types with all but its first 1 to 3 digits randomized, kept when
//! valid for the region (checked with `contactkit::IntlPhone`, which agrees with
//! libphonenumber 9.0.43).
//!
//! No network, no files, no randomness crate: a fixed-seed SplitMix64. The same
//! `(entries, seed)` always gives the same bytes. Shared by the benches, the
//! `bulk_validate` example and the peers crate through `#[path]`.
#![allow(dead_code)]

use contactkit::IntlPhone;
use std::fmt::Write as _;

/// The reference workload's seed.
pub const SEED: u64 = 20_261_123;

/// A `{"userProperties":[...]}` body with `entries` entries, one per line.
pub fn bik_body(entries: usize, seed: u64) -> String {
    let lines = bik_entries(entries, seed);
    let mut body = String::with_capacity(lines.iter().map(|l| l.len() + 2).sum::<usize>() + 32);
    body.push_str("{\"userProperties\":[\n");
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            body.push_str(",\n");
        }
        body.push_str(line);
    }
    body.push_str("\n]}\n");
    body
}

/// The entries of [`bik_body`], each one JSON object's text.
pub fn bik_entries(entries: usize, seed: u64) -> Vec<String> {
    let mut g = Gen {
        rng: Rng(seed),
        phones: Rng(seed.wrapping_add(1)),
    };
    let mut style = Rng(seed.wrapping_add(2));
    (0..entries)
        .map(|_| {
            let r = g.rng.f64();
            let entry = if r < 0.10 {
                g.invalid()
            } else if r < 0.11 {
                g.edge()
            } else {
                g.valid().1
            };
            let ascii = style.f64() < 0.05;
            let mut out = String::with_capacity(320);
            write_object(&mut out, &entry, ascii);
            out
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Randomness

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn f64(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `lo..=hi`.
    fn int(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }

    fn weighted<'a, T>(&mut self, items: &'a [(T, u32)]) -> &'a T {
        let total: u32 = items.iter().map(|(_, w)| w).sum();
        let mut x = (self.next() % u64::from(total)) as u32;
        for (item, w) in items {
            if x < *w {
                return item;
            }
            x -= w;
        }
        &items[items.len() - 1].0
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + (self.next() % 10) as u8))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------
// Data (the reference generator's lists)

const CZ_FIRST_M: &[&str] = &[
    "Jiří",
    "Jan",
    "Petr",
    "Tomáš",
    "Lukáš",
    "Martin",
    "Ondřej",
    "Vojtěch",
    "Matěj",
    "Přemysl",
    "Jaroslav",
    "Radek",
    "Čeněk",
    "Zdeněk",
    "Miloš",
    "Štěpán",
];
const CZ_FIRST_F: &[&str] = &[
    "Kateřina",
    "Šárka",
    "Lucie",
    "Tereza",
    "Markéta",
    "Zuzana",
    "Věra",
    "Božena",
    "Anežka",
    "Eliška",
    "Žofie",
    "Dagmar",
    "Jiřina",
    "Růžena",
];
const CZ_LAST_M: &[&str] = &[
    "Novák",
    "Svoboda",
    "Dvořák",
    "Černý",
    "Procházka",
    "Kučera",
    "Veselý",
    "Horák",
    "Němec",
    "Pokorný",
    "Růžička",
    "Král",
    "Jelínek",
    "Šťastný",
    "Hájek",
    "Říha",
    "Čermák",
    "Kříž",
    "Žák",
    "Šimek",
];
const CZ_LAST_F: &[&str] = &[
    "Nováková",
    "Svobodová",
    "Dvořáková",
    "Černá",
    "Procházková",
    "Kučerová",
    "Veselá",
    "Horáková",
    "Němcová",
    "Pokorná",
    "Růžičková",
    "Králová",
    "Jelínková",
    "Šťastná",
    "Křížová",
    "Bílková",
    "Žáková",
];
const DE_FIRST: &[&str] = &[
    "Jürgen",
    "Günther",
    "Jörg",
    "Björn",
    "Uwe",
    "Klaus",
    "Stefan",
    "Lukas",
    "Maximilian",
    "Sören",
    "Anna",
    "Käthe",
    "Bärbel",
    "Hannelore",
    "Lea",
    "Zoë",
    "Annaliese",
    "Mareike",
    "Jürgen-Heinrich",
    "Ömer",
];
const DE_LAST: &[&str] = &[
    "Müller",
    "Schröder",
    "Weiß",
    "Groß",
    "Strauß",
    "Köhler",
    "Bäcker",
    "Schäfer",
    "Fuchs",
    "Wagner",
    "Hoffmann",
    "Jäger",
    "Krüger",
    "Böhm",
    "von Bülow",
    "Größe",
    "Schmidt",
    "Meyer",
    "Özdemir",
];
const IN_FIRST: &[&str] = &[
    "Aarav",
    "Vihaan",
    "Aditya",
    "Āditya",
    "Arjun",
    "Rohan",
    "Rahul",
    "Priya",
    "Ananya",
    "Saanvi",
    "Diya",
    "Lakshmi",
    "Lakṣmī",
    "Kṛṣṇa",
    "Śreya",
    "Sūrya",
    "Gaurav",
    "Deepika",
    "Pooja",
    "Nikhil",
    "Sanjay",
    "Sunita",
    "Rāhul",
    "Aishwarya",
];
const IN_LAST: &[&str] = &[
    "Sharma",
    "Verma",
    "Gupta",
    "Singh",
    "Kumar",
    "Patel",
    "Reddy",
    "Iyer",
    "Nāyar",
    "Chaturvedi",
    "Śrīvāstav",
    "Mukherjee",
    "Banerjee",
    "Deshpande",
    "Agarwal",
    "Sharmā",
    "Kṛṣṇamūrti",
    "Nair",
    "Menon",
];
const IN_DEVANAGARI: &[(&str, &str)] = &[
    ("राहुल", "शर्मा"),
    ("प्रिया", "गुप्ता"),
    ("अर्जुन", "सिंह"),
    ("सुनीता", "वर्मा"),
];
const EN_FIRST: &[&str] = &[
    "John", "Emily", "Oliver", "Olivia", "James", "Amelia", "Michael", "Sarah", "Siobhán", "Seán",
    "Chloé", "Renée",
];
const EN_LAST: &[&str] = &[
    "Smith", "Taylor", "O'Connor", "Brown", "Williams", "Johnson", "Davies", "García", "Nguyễn",
    "Murphy",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Region {
    In,
    Cz,
    De,
    Us,
    Gb,
}

use Region::{Cz, De, Gb, In, Us};

const REGIONS: &[(Region, u32)] = &[(In, 50), (Cz, 15), (De, 12), (Us, 13), (Gb, 10)];

impl Region {
    fn code(self) -> &'static str {
        match self {
            In => "IN",
            Cz => "CZ",
            De => "DE",
            Us => "US",
            Gb => "GB",
        }
    }

    fn calling_code(self) -> u16 {
        match self {
            In => 91,
            Cz => 420,
            De => 49,
            Us => 1,
            Gb => 44,
        }
    }

    fn places(self) -> &'static [(&'static str, &'static str)] {
        match self {
            In => &[
                ("Mumbai", "Maharashtra"),
                ("Pune", "Maharashtra"),
                ("Bengaluru", "Karnataka"),
                ("New Delhi", "Delhi"),
                ("Chennai", "Tamil Nadu"),
                ("Lucknow", "Uttar Pradesh"),
                ("Kolkata", "West Bengal"),
                ("Jaipur", "Rajasthan"),
            ],
            Cz => &[
                ("Praha", "Hlavní město Praha"),
                ("Brno", "Jihomoravský kraj"),
                ("Ostrava", "Moravskoslezský kraj"),
                ("Plzeň", "Plzeňský kraj"),
                ("České Budějovice", "Jihočeský kraj"),
                ("Ústí nad Labem", "Ústecký kraj"),
            ],
            De => &[
                ("München", "Bayern"),
                ("Köln", "Nordrhein-Westfalen"),
                ("Düsseldorf", "Nordrhein-Westfalen"),
                ("Berlin", "Berlin"),
                ("Nürnberg", "Bayern"),
                ("Stuttgart", "Baden-Württemberg"),
            ],
            Us => &[
                ("New York", "NY"),
                ("Washington", "DC"),
                ("Austin", "TX"),
                ("San Francisco", "CA"),
                ("Chicago", "IL"),
            ],
            Gb => &[
                ("London", "England"),
                ("Manchester", "England"),
                ("Edinburgh", "Scotland"),
                ("Cardiff", "Wales"),
            ],
        }
    }

    fn country_names(self) -> &'static [&'static str] {
        match self {
            In => &["India", "IN", "Bhārat"],
            Cz => &["Czech Republic", "Česko", "CZ"],
            De => &["Germany", "Deutschland", "DE"],
            Us => &["United States", "USA", "US"],
            Gb => &["United Kingdom", "UK", "GB"],
        }
    }

    fn streets(self) -> &'static [&'static str] {
        match self {
            In => &[
                "MG Road",
                "Linking Road",
                "Brigade Road",
                "Park Street",
                "Anna Salai",
                "Sector 18",
            ],
            Cz => &[
                "Václavské náměstí",
                "Národní třída",
                "Křižíkova",
                "Údolní",
                "Nádražní",
                "Žižkova",
            ],
            De => &[
                "Hauptstraße",
                "Königsallee",
                "Schloßstraße",
                "Bahnhofstraße",
                "Mühlenweg",
            ],
            Us => &[
                "Pennsylvania Ave NW",
                "Main St",
                "Congress Ave",
                "Market St",
            ],
            Gb => &[
                "Baker Street",
                "High Street",
                "Princes Street",
                "Queen Street",
            ],
        }
    }

    fn email_domains(self) -> &'static [&'static str] {
        match self {
            In => &[
                "gmail.com",
                "yahoo.co.in",
                "rediffmail.com",
                "outlook.com",
                "hotmail.com",
                "flipkart-mail.in",
            ],
            Cz => &[
                "seznam.cz",
                "email.cz",
                "centrum.cz",
                "post.cz",
                "gmail.com",
                "volny.cz",
            ],
            De => &[
                "web.de",
                "gmx.de",
                "gmx.net",
                "t-online.de",
                "gmail.com",
                "posteo.de",
            ],
            Us => &[
                "gmail.com",
                "yahoo.com",
                "icloud.com",
                "outlook.com",
                "aol.com",
            ],
            Gb => &[
                "gmail.com",
                "hotmail.co.uk",
                "btinternet.com",
                "yahoo.co.uk",
                "outlook.com",
            ],
        }
    }

    /// libphonenumber 9.0.43's example numbers of the types the reference draws from,
    /// with their weights.
    fn phone_examples(self) -> &'static [(&'static str, u32)] {
        match self {
            In => &[("8123456789", 85), ("7410410123", 15)],
            Cz => &[("601123456", 80), ("212345678", 20)],
            De => &[("15123456789", 70), ("30123456", 30)],
            Us => &[("2015550123", 100)],
            Gb => &[("7400123456", 75), ("1212345678", 25)],
        }
    }
}

const ALL_REGIONS: [Region; 5] = [In, Cz, De, Us, Gb];

const SOURCES: &[&str] = &[
    "shopify",
    "woocommerce",
    "magento",
    "manual",
    "api",
    "csv-import",
    "whatsapp",
    "instagram",
];
const TAGS: &[&str] = &[
    "vip",
    "repeat-buyer",
    "newsletter",
    "cod",
    "prepaid",
    "abandoned-cart",
    "diwali-2025",
    "b2b",
    "wholesale",
    "loyalty-gold",
    "loyalty-silver",
    "returns",
    "high-aov",
    "nps-promoter",
];
const ADDRESS2: &[&str] = &[
    "Flat 4B",
    "2. patro",
    "Hinterhaus",
    "Apt 12",
    "c/o Müller",
    "Wing C, 3rd floor",
];

/// NFD decompositions of the non-ASCII letters in the name lists; the first character
/// is the ASCII fold.
const DECOMPOSED: &[(char, &str)] = &[
    ('á', "a\u{301}"),
    ('é', "e\u{301}"),
    ('í', "i\u{301}"),
    ('ó', "o\u{301}"),
    ('ú', "u\u{301}"),
    ('ý', "y\u{301}"),
    ('Ú', "U\u{301}"),
    ('Ś', "S\u{301}"),
    ('ś', "s\u{301}"),
    ('ě', "e\u{30C}"),
    ('č', "c\u{30C}"),
    ('ř', "r\u{30C}"),
    ('š', "s\u{30C}"),
    ('ž', "z\u{30C}"),
    ('ň', "n\u{30C}"),
    ('ť', "t\u{30C}"),
    ('ď', "d\u{30C}"),
    ('Č', "C\u{30C}"),
    ('Ř', "R\u{30C}"),
    ('Š', "S\u{30C}"),
    ('Ž', "Z\u{30C}"),
    ('ů', "u\u{30A}"),
    ('ä', "a\u{308}"),
    ('ë', "e\u{308}"),
    ('ö', "o\u{308}"),
    ('ü', "u\u{308}"),
    ('Ö', "O\u{308}"),
    ('ā', "a\u{304}"),
    ('ī', "i\u{304}"),
    ('ū', "u\u{304}"),
    ('Ā', "A\u{304}"),
    ('ṛ', "r\u{323}"),
    ('ṣ', "s\u{323}"),
    ('ṇ', "n\u{323}"),
    ('ễ', "e\u{302}\u{303}"),
];

fn nfd(s: &str) -> String {
    s.chars()
        .map(|c| match DECOMPOSED.iter().find(|(k, _)| *k == c) {
            Some((_, d)) => (*d).to_owned(),
            None => c.to_string(),
        })
        .collect()
}

/// Python's `NFKD` then dropping combining marks, for the letters above (others kept).
fn ascii_fold(s: &str) -> String {
    s.chars()
        .map(|c| match DECOMPOSED.iter().find(|(k, _)| *k == c) {
            Some((_, d)) => d.chars().next().unwrap_or(c),
            None => c,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// JSON values

enum Val {
    Str(String),
    Int(i64),
    Bool(bool),
    Null,
    Arr(Vec<Val>),
}

fn s(text: impl Into<String>) -> Val {
    Val::Str(text.into())
}

type Entry = Vec<(&'static str, Val)>;

fn set(entry: &mut Entry, key: &'static str, value: Val) {
    match entry.iter_mut().find(|(k, _)| *k == key) {
        Some(slot) => slot.1 = value,
        None => entry.push((key, value)),
    }
}

fn get<'e>(entry: &'e Entry, key: &str) -> Option<&'e Val> {
    entry.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
}

fn remove(entry: &mut Entry, key: &str) {
    entry.retain(|(k, _)| *k != key);
}

/// Compact JSON, as Python's `json.dumps(separators=(",", ":"))`; `ascii` escapes
/// every non-ASCII character (`ensure_ascii=True`).
fn write_object(out: &mut String, entry: &Entry, ascii: bool) {
    out.push('{');
    for (i, (key, value)) in entry.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, key, ascii);
        out.push(':');
        write_val(out, value, ascii);
    }
    out.push('}');
}

fn write_val(out: &mut String, value: &Val, ascii: bool) {
    match value {
        Val::Str(text) => write_str(out, text, ascii),
        Val::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Val::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Val::Null => out.push_str("null"),
        Val::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_val(out, item, ascii);
            }
            out.push(']');
        }
    }
}

fn write_str(out: &mut String, text: &str, ascii: bool) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if ascii && !c.is_ascii() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

// ---------------------------------------------------------------------------------------
// Entries

struct Gen {
    rng: Rng,
    /// A separate stream for phone numbers, as the reference keeps one.
    phones: Rng,
}

/// A valid number: calling code and national significant number.
struct Phone {
    cc: u16,
    nsn: String,
}

impl Gen {
    fn valid_phone(&mut self, region: Region) -> Phone {
        let rng = &mut self.phones;
        let example = *rng.weighted(region.phone_examples());
        let cc = region.calling_code();
        for _ in 0..200 {
            let keep = rng.int(1, 3) as usize;
            let nsn = format!("{}{}", &example[..keep], rng.digits(example.len() - keep));
            let valid = IntlPhone::parse(&format!("+{cc}{nsn}"))
                .is_ok_and(|p| p.region() == Some(region.code()));
            if valid {
                return Phone { cc, nsn };
            }
        }
        Phone {
            cc,
            nsn: example.to_owned(),
        }
    }

    /// A number in `+` form that is not valid (too short, too long, bad leading digits).
    fn invalid_phone(&mut self, region: Region) -> String {
        let cc = region.calling_code();
        for _ in 0..200 {
            let nsn = self.valid_phone(region).nsn;
            let rng = &mut self.phones;
            let kind = rng.f64();
            let digits = if kind < 0.35 {
                let cut = rng.int(2, 4) as usize;
                nsn[..(nsn.len().saturating_sub(cut)).max(3)].to_owned()
            } else if kind < 0.6 {
                let extra = rng.int(2, 3) as usize;
                format!("{nsn}{}", rng.digits(extra))
            } else {
                format!(
                    "{}{}",
                    rng.pick(&["0", "1", "1", "1"]),
                    rng.digits(nsn.len() - 1)
                )
            };
            if IntlPhone::parse(&format!("+{cc}{digits}")).is_err() {
                return format!("+{cc} {digits}");
            }
        }
        format!("+{cc} 12")
    }

    /// A valid number in one of the common input formats.
    fn format_phone(&mut self, phone: &Phone, region: Region) -> String {
        let Phone { cc, nsn } = phone;
        let intl = international(*cc, nsn);
        let r = self.rng.f64();
        if region == In {
            return if r < 0.30 {
                nsn.clone()
            } else if r < 0.40 {
                format!("0{nsn}")
            } else if r < 0.50 {
                format!("{} {}", &nsn[..5], &nsn[5..])
            } else if r < 0.75 {
                intl
            } else if r < 0.85 {
                format!("+91-{nsn}")
            } else {
                format!("+{cc}{nsn}")
            };
        }
        if r < 0.45 {
            intl
        } else if r < 0.75 {
            format!("+{cc}{nsn}")
        } else if r < 0.88 {
            if region == Us {
                format!("+1 ({}) {}-{}", &nsn[..3], &nsn[3..6], &nsn[6..])
            } else {
                intl.replacen(' ', "-", 1)
            }
        } else {
            format!("+{cc} {}-{}-{}", &nsn[..3], &nsn[3..6], &nsn[6..])
        }
    }

    fn person(&mut self) -> (Region, String, String) {
        let rng = &mut self.rng;
        let region = *rng.weighted(REGIONS);
        let (first, last): (&str, &str) = match region {
            Cz if rng.f64() < 0.5 => (*rng.pick(CZ_FIRST_M), *rng.pick(CZ_LAST_M)),
            Cz => (*rng.pick(CZ_FIRST_F), *rng.pick(CZ_LAST_F)),
            De => (*rng.pick(DE_FIRST), *rng.pick(DE_LAST)),
            In if rng.f64() < 0.03 => *rng.pick(IN_DEVANAGARI),
            In => (*rng.pick(IN_FIRST), *rng.pick(IN_LAST)),
            _ => (*rng.pick(EN_FIRST), *rng.pick(EN_LAST)),
        };
        // Some clients send decomposed (NFD) text.
        let first = if rng.f64() < 0.02 {
            nfd(first)
        } else {
            first.to_owned()
        };
        (region, first, last.to_owned())
    }

    fn email(&mut self, region: Region, first: &str, last: &str) -> String {
        let rng = &mut self.rng;
        let clean = |s: &str| ascii_fold(s).to_lowercase().replace([' ', '\''], "");
        let (mut f, mut l) = (clean(first), clean(last));
        if !f.is_ascii() || f.is_empty() {
            f = "user".to_owned();
            l = rng.int(100, 99_999).to_string();
        }
        let style = rng.f64();
        let capitalize = |s: &str| {
            let mut c = s.chars();
            c.next()
                .map(|h| h.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        };
        let mut local = if style < 0.35 {
            format!("{f}.{l}")
        } else if style < 0.55 {
            let initial: String = f.chars().take(1).collect();
            format!("{initial}{l}{}", rng.int(1, 99))
        } else if style < 0.70 {
            format!("{f}{}", rng.int(1960, 2007))
        } else if style < 0.80 {
            format!("{f}_{l}")
        } else if style < 0.88 {
            format!("{f}.{l}+{}", rng.pick(&["shop", "news", "promo"]))
        } else {
            format!("{}.{}", capitalize(&f), capitalize(&l))
        };
        let mut domain = (*rng.pick(region.email_domains())).to_owned();
        let c = rng.f64();
        if c < 0.15 {
            domain = domain.to_uppercase();
        } else if c < 0.25 {
            domain = capitalize(&domain);
        }
        if rng.f64() < 0.08 {
            local = local.to_uppercase();
        }
        let email = format!("{local}@{domain}");
        let pad = rng.f64();
        if pad < 0.05 {
            format!(" {email}")
        } else if pad < 0.10 {
            format!("{email}  ")
        } else if pad < 0.12 {
            format!("\t{email} ")
        } else {
            email
        }
    }

    fn date(&mut self) -> String {
        let rng = &mut self.rng;
        let (y, mo, d) = (rng.int(2019, 2026), rng.int(1, 12), rng.int(1, 28));
        let (h, mi, sec) = (rng.int(0, 23), rng.int(0, 59), rng.int(0, 59));
        let r = rng.f64();
        if r < 0.5 {
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{sec:02}Z")
        } else if r < 0.8 {
            let ms = rng.int(0, 999);
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{sec:02}.{ms:03}+05:30")
        } else {
            format!("{y:04}-{mo:02}-{d:02}")
        }
    }

    fn valid(&mut self) -> (Region, Entry) {
        let (region, first, last) = self.person();
        let mut e: Entry = vec![
            ("firstName", s(first.clone())),
            ("lastName", s(last.clone())),
        ];
        if self.rng.f64() < 0.70 {
            e.push(("source", s(*self.rng.pick(SOURCES))));
        }
        if self.rng.f64() < 0.88 {
            let phone = self.valid_phone(region);
            e.push(("phoneNumber", s(self.format_phone(&phone, region))));
        }
        if self.rng.f64() < 0.18 {
            let other = if self.rng.f64() < 0.8 {
                region
            } else {
                *self.rng.pick(&ALL_REGIONS)
            };
            let phone = self.valid_phone(other);
            e.push(("alternatePhoneNumber", s(self.format_phone(&phone, other))));
        }
        if self.rng.f64() < 0.85 {
            e.push(("email", s(self.email(region, &first, &last))));
        }
        let (city, state) = *self.rng.pick(region.places());
        if self.rng.f64() < 0.55 {
            let street = format!(
                "{} {}",
                self.rng.int(1, 250),
                self.rng.pick(region.streets())
            );
            e.push(("address1", s(street)));
            if self.rng.f64() < 0.3 {
                e.push(("address2", s(*self.rng.pick(ADDRESS2))));
            }
            e.push(("city", s(city)));
            if self.rng.f64() < 0.8 {
                e.push(("state", s(state)));
            }
            if self.rng.f64() < 0.8 {
                e.push(("country", s(*self.rng.pick(region.country_names()))));
            }
        }
        if self.rng.f64() < 0.5 {
            let date = self.date();
            e.push(("createdAt", s(date)));
            if self.rng.f64() < 0.5 {
                let date = self.date();
                e.push(("updatedAt", s(date)));
            }
        }
        if self.rng.f64() < 0.5 {
            let consent = self.rng.f64() < 0.6;
            e.push(("emailMarketingConsent", Val::Bool(consent)));
        }
        if self.rng.f64() < 0.4 {
            let consent = self.rng.f64() < 0.5;
            e.push(("smsMarketingConsent", Val::Bool(consent)));
        }
        if self.rng.f64() < 0.35 {
            let n = self.rng.int(1, 4) as usize;
            e.push(("tags", Val::Arr(self.sample_tags(n))));
        }
        if self.rng.f64() < 0.5 {
            let prefix = *self.rng.pick(&["SHOP-", "cust_", "", "WC"]);
            let id = format!("{prefix}{}", self.rng.int(1, 9_999_999));
            e.push(("partnerCustomerId", s(id)));
        }
        (region, e)
    }

    fn sample_tags(&mut self, n: usize) -> Vec<Val> {
        let mut pool: Vec<&str> = TAGS.to_vec();
        (0..n.min(pool.len()))
            .map(|_| {
                let i = (self.rng.next() % pool.len() as u64) as usize;
                s(pool.swap_remove(i))
            })
            .collect()
    }

    fn invalid(&mut self) -> Entry {
        const REASONS: &[(&str, u32)] = &[
            ("unknown-key", 18),
            ("missing-lastName", 12),
            ("missing-firstName", 3),
            ("invalid-email", 20),
            ("invalid-phone", 20),
            ("wrong-type-bool", 8),
            ("wrong-type-tag", 6),
            ("wrong-type-phone-number", 4),
            ("wrong-type-partnerCustomerId", 4),
            ("empty-string", 3),
            ("invalid-date", 2),
        ];
        const BAD_EMAILS: &[&str] = &[
            "{l}@",
            "@{d}",
            "{l} {l}@{d}",
            "{l}.{d}",
            "{l}@@{d}",
            "{l}@{d}..",
            "{l}@-{d}",
            "{l},x@{d}",
            "{l}@{d} x",
            "<{l}@{d}>",
            ".{l}@{d}",
            "{l}.@{d}",
            "{l}@.{d}",
        ];
        let (region, mut e) = self.valid();
        match *self.rng.weighted(REASONS) {
            "unknown-key" => {
                let key =
                    *self
                        .rng
                        .pick(&["emial", "emial", "phone", "first_name", "zip", "mobile"]);
                let value = match get(&e, "email") {
                    Some(Val::Str(email)) => email.clone(),
                    _ => "x@gmail.com".to_owned(),
                };
                set(&mut e, key, s(value));
            }
            "missing-lastName" => remove(&mut e, "lastName"),
            "missing-firstName" => remove(&mut e, "firstName"),
            "invalid-email" => {
                let first = match get(&e, "firstName") {
                    Some(Val::Str(f)) => ascii_fold(f).to_lowercase().replace(' ', ""),
                    _ => String::new(),
                };
                let l = if first.is_empty() {
                    "user".into()
                } else {
                    first
                };
                let d = *self.rng.pick(region.email_domains());
                let template = *self.rng.pick(BAD_EMAILS);
                set(
                    &mut e,
                    "email",
                    s(template.replace("{l}", &l).replace("{d}", d)),
                );
            }
            "invalid-phone" => {
                let r = self.rng.f64();
                let field = if self.rng.f64() < 0.85 {
                    "phoneNumber"
                } else {
                    "alternatePhoneNumber"
                };
                let value = if r < 0.55 {
                    self.invalid_phone(region)
                } else if r < 0.75 {
                    // A non-IN national number read with the IN default region.
                    let other = *self.rng.pick(&[Cz, De, Gb]);
                    let mut nsn = self.valid_phone(other).nsn;
                    if contactkit::Region::parse("IN")
                        .is_ok_and(|r| IntlPhone::parse_with_region(&nsn, r).is_ok())
                    {
                        nsn.pop();
                    }
                    nsn
                } else {
                    (*self.rng.pick(&[
                        "n/a", "call me", "-", "12345", "+", "000000", "+91 ", "phone",
                    ]))
                    .to_owned()
                };
                set(&mut e, field, s(value));
            }
            "wrong-type-bool" => {
                let key = *self
                    .rng
                    .pick(&["emailMarketingConsent", "smsMarketingConsent"]);
                let value = match self.rng.int(0, 4) {
                    0 => s("yes"),
                    1 => s("no"),
                    2 => s("Y"),
                    3 => Val::Int(1),
                    _ => Val::Int(0),
                };
                set(&mut e, key, value);
            }
            "wrong-type-tag" => {
                let n = self.rng.int(0, 2) as usize;
                let mut tags = self.sample_tags(n);
                tags.push(match self.rng.int(0, 3) {
                    0 => Val::Int(42),
                    1 => Val::Int(2025),
                    2 => Val::Bool(true),
                    _ => Val::Null,
                });
                set(&mut e, "tags", Val::Arr(tags));
            }
            "wrong-type-phone-number" => {
                let nsn = self.valid_phone(In).nsn;
                set(&mut e, "phoneNumber", Val::Int(nsn.parse().unwrap_or(0)));
            }
            "wrong-type-partnerCustomerId" => {
                let id = self.rng.int(1, 9_999_999);
                set(&mut e, "partnerCustomerId", Val::Int(id));
            }
            "empty-string" => {
                let key = *self.rng.pick(&["address2", "city", "source"]);
                set(&mut e, key, s(""));
            }
            _ => {
                let bad = *self.rng.pick(&[
                    "15/03/2024",
                    "2024-13-01T00:00:00Z",
                    "yesterday",
                    "2024-03-15T25:00:00Z",
                ]);
                set(&mut e, "createdAt", s(bad));
            }
        }
        e
    }

    fn edge(&mut self) -> Entry {
        const EMAILS: &[&str] = &[
            "jiří.dvořák@seznam.cz",
            "jir\u{30c}i.dvor\u{30c}a\u{301}k@seznam.cz",
            "info@příklad.cz",
            "kontakt@müller-bäckerei.de",
            "admin@localhost",
            "info@firma.notatld",
            "\"jan novak\"@seznam.cz",
            "jan@[192.168.1.1]",
            "jan..novak@seznam.cz",
            "jan@seznam.cz.",
            "jan@shop.local",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@gmail.com",
            "Jan Novák <jan@seznam.cz>",
        ];
        let (_, mut e) = self.valid();
        let r = self.rng.f64();
        if r < 0.45 {
            let email = *self.rng.pick(EMAILS);
            set(&mut e, "email", s(email));
        } else if r < 0.8 {
            let region = *self.rng.pick(&ALL_REGIONS);
            let Phone { cc, nsn } = self.valid_phone(region);
            let value = match self.rng.int(0, 4) {
                0 => format!("+{cc} (0){nsn}"),
                1 => format!("{cc}{nsn}"),
                2 => format!("00{cc} {nsn}"),
                3 => format!("+{cc}.{nsn}"),
                _ => format!("+{cc} {nsn} ext. 12"),
            };
            set(&mut e, "phoneNumber", s(value));
        } else {
            match self.rng.int(0, 4) {
                0 => set(&mut e, "createdAt", s("2024-02-30T10:00:00Z")),
                1 => set(&mut e, "createdAt", s("March 5, 2024")),
                2 => set(&mut e, "emailMarketingConsent", s("true")),
                3 => set(&mut e, "address2", Val::Null),
                _ => set(&mut e, "tags", Val::Arr(Vec::new())),
            }
        }
        e
    }
}

/// libphonenumber-like international format for the five regions (digit grouping only
/// matters for realism: separators are ignored by every validator here).
fn international(cc: u16, nsn: &str) -> String {
    let split = |at: &[usize]| {
        let mut parts = Vec::new();
        let mut from = 0;
        for &to in at {
            if to < nsn.len() {
                parts.push(&nsn[from..to]);
                from = to;
            }
        }
        parts.push(&nsn[from..]);
        parts.join(" ")
    };
    let grouped = match cc {
        91 => split(&[5]),
        420 => split(&[3, 6]),
        49 if nsn.starts_with('1') => split(&[4]),
        49 => split(&[2]),
        1 => format!("{}-{}-{}", &nsn[..3], &nsn[3..6], &nsn[6..]),
        44 if nsn.starts_with('7') => split(&[4]),
        44 if nsn.starts_with('2') => split(&[2, 6]),
        44 => split(&[3, 6]),
        _ => nsn.to_owned(),
    };
    format!("+{cc} {grouped}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn deterministic() {
        assert_eq!(super::bik_body(200, 7), super::bik_body(200, 7));
    }
}
