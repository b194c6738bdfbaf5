//! `VatId`: the `taxIdentificationNumber` cases of `update_profile.json`,
//! python-stdnum's real-world numbers, constructed cases for every branch of
//! every state, error texts, and properties.
//!
//! Expected values were computed with python-stdnum 2.2 (`stdnum.eu.vat.validate`,
//! whose result is the canonical form), plus the project's prefix rule (only
//! the 28 VAT prefixes: no `GB`, `GR`, `EU`, `IM`). stdnum's exception classes
//! map to the variants: `InvalidFormat` → `InvalidFormat`, `InvalidLength` →
//! `InvalidLength`, `InvalidComponent` → `InvalidComponent`, `InvalidChecksum`
//! → `InvalidCheckDigit`.

use crate::support::{bool_field, load_cases, str_field};
use contactkit::{VatError, VatId};
use proptest::prelude::*;
use serde_json::Value;
use VatError as E;

type Expected = Result<&'static str, VatError>;

#[track_caller]
fn check(input: &str, expected: Expected, note: &str) {
    let got = VatId::parse(input);
    assert_eq!(
        got.as_ref().map(VatId::as_str).map_err(|e| *e),
        expected,
        "input {input:?} ({note})"
    );
}

#[test]
fn conformance_update_profile() {
    let mut seen = 0;
    let mut failures = Vec::new();
    for case in load_cases("update_profile.json") {
        if str_field(&case, "field") != Some("taxIdentificationNumber") {
            continue;
        }
        seen += 1;
        let id = case.get("id").map(ToString::to_string).unwrap_or_default();
        let body: Value = serde_json::from_str(str_field(&case, "body").unwrap_or("null"))
            .unwrap_or_else(|e| panic!("case {id}: body is not JSON: {e}"));
        let valid = bool_field(&case, "valid");
        // A non-string value can only be a rejection.
        let verdict = match body.get("taxIdentificationNumber").and_then(Value::as_str) {
            Some(text) => VatId::parse(text).map(|v| v.to_string()),
            None => Err(E::Empty),
        };
        if verdict.is_ok() != valid {
            let value = body.get("taxIdentificationNumber");
            let note = str_field(&case, "note").unwrap_or("");
            failures.push(format!(
                "case {id}: {value:?} expected valid={valid}, got {verdict:?} ({note})"
            ));
        }
    }
    assert!(
        seen >= 51,
        "only {seen} taxIdentificationNumber cases found"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Real numbers "found online" from python-stdnum's `tests/test_eu_vat.doctest`
/// (about ten per state, plus every unusual form), spelled as listed there,
/// with stdnum's canonical output.
#[rustfmt::skip]
const STDNUM_VALID: &[(&str, &str)] = &[
    ("ATU 142 43 102", "ATU14243102"),
    ("ATU 28560205", "ATU28560205"),
    ("ATU 40698107", "ATU40698107"),
    ("ATU 49362201", "ATU49362201"),
    ("ATU 54300000", "ATU54300000"),
    ("ATU 57194903", "ATU57194903"),
    ("ATU 64762368", "ATU64762368"),
    ("ATU 65020906", "ATU65020906"),
    ("ATU 65034704", "ATU65034704"),
    ("ATU13585627", "ATU13585627"),
    ("BE (0)468.561.072", "BE0468561072"),
    ("BE 0202.239.951", "BE0202239951"),
    ("BE 0220.764.971", "BE0220764971"),
    ("BE 0248.015.142", "BE0248015142"),
    ("BE 0402 918 402", "BE0402918402"),
    ("BE 0407.139.583", "BE0407139583"),
    ("BE 0408 299 922", "BE0408299922"),
    ("BE 0441.928.931", "BE0441928931"),
    ("BE 0450 118 996", "BE0450118996"),
    ("BE 0462423150", "BE0462423150"),
    ("BE413562567", "BE0413562567"),
    ("BG 103873594", "BG103873594"),
    ("BG 124 551 319", "BG124551319"),
    ("BG 130 358 310", "BG130358310"),
    ("BG 131 272 009", "BG131272009"),
    ("BG 131202360", "BG131202360"),
    ("BG 147137471", "BG147137471"),
    ("BG 175074752", "BG175074752"),
    ("BG 175186242", "BG175186242"),
    ("BG 200182590", "BG200182590"),
    ("BG 200950556", "BG200950556"),
    ("BG7111042925", "BG7111042925"),
    ("BG7523169263", "BG7523169263"),
    ("BG8032056031", "BG8032056031"),
    ("CY 10246672X", "CY10246672X"),
    ("CY 10263870R", "CY10263870R"),
    ("CY 10274231F", "CY10274231F"),
    ("CY 10285193Z", "CY10285193Z"),
    ("CY- 10277198H", "CY10277198H"),
    ("CY-10008489 A", "CY10008489A"),
    ("CY-10189098G", "CY10189098G"),
    ("CY-10258074Y", "CY10258074Y"),
    ("CY-10259033P", "CY10259033P"),
    ("CY00632993 F", "CY00632993F"),
    ("CZ 25123891", "CZ25123891"),
    ("CZ 26852357", "CZ26852357"),
    ("CZ 61467839", "CZ61467839"),
    ("CZ 640229/4448", "CZ6402294448"),
    ("CZ 640903926", "CZ640903926"),
    ("CZ 654123789", "CZ654123789"),
    ("CZ 6956220612", "CZ6956220612"),
    ("CZ 736028/5163", "CZ7360285163"),
    ("CZ 8058012314", "CZ8058012314"),
    ("CZ24158313", "CZ24158313"),
    ("CZ450 33 145", "CZ45033145"),
    ("CZ49620819", "CZ49620819"),
    ("DE - 113866163", "DE113866163"),
    ("DE - 265265318", "DE265265318"),
    ("DE 118619592", "DE118619592"),
    ("DE 129304291", "DE129304291"),
    ("DE 181 207 708", "DE181207708"),
    ("DE 204 760 908", "DE204760908"),
    ("DE 221.304.969", "DE221304969"),
    ("DE 811 363 057", "DE811363057"),
    ("DE 811305931", "DE811305931"),
    ("DE 813 184868", "DE813184868"),
    ("DK 10 50 32 80", "DK10503280"),
    ("DK 13 20 24 35", "DK13202435"),
    ("DK 25 18 63 11", "DK25186311"),
    ("DK 2566 2202", "DK25662202"),
    ("DK 28 01 76 34", "DK28017634"),
    ("DK 30 06 09 46", "DK30060946"),
    ("DK 65 07 04 13", "DK65070413"),
    ("DK-20 64 64 46", "DK20646446"),
    ("DK-28840926", "DK28840926"),
    ("DK10150817", "DK10150817"),
    ("DK: 21599336", "DK21599336"),
    ("EE 100 931 558", "EE100931558"),
    ("EE 100523487", "EE100523487"),
    ("EE 100572933", "EE100572933"),
    ("EE 100578209", "EE100578209"),
    ("EE 100594102", "EE100594102"),
    ("EE 100594403", "EE100594403"),
    ("EE 100832107", "EE100832107"),
    ("EE 100834066", "EE100834066"),
    ("EE 101031389", "EE101031389"),
    ("EE 101286639", "EE101286639"),
    ("EL 039868210", "EL039868210"),
    ("EL 072130053", "EL072130053"),
    ("EL 094012834", "EL094012834"),
    ("EL 094068633", "EL094068633"),
    ("EL 094263543", "EL094263543"),
    ("EL 095304080", "EL095304080"),
    ("EL 94051189", "EL094051189"),
    ("EL 998408192", "EL998408192"),
    ("EL 999038150", "EL999038150"),
    ("EL 999533911", "EL999533911"),
    ("El 800 179 925", "EL800179925"),
    ("ES - Q0818001J", "ESQ0818001J"),
    ("ES 54362315K", "ES54362315K"),
    ("ES A-60631835", "ESA60631835"),
    ("ES A17028366", "ESA17028366"),
    ("ES B64717838", "ESB64717838"),
    ("ES F13005293", "ESF13005293"),
    ("ES Q-2818015-F", "ESQ2818015F"),
    ("ES R9600075G", "ESR9600075G"),
    ("ES V99218067", "ESV99218067"),
    ("ES X5277343Q", "ESX5277343Q"),
    ("ES Y5277343F", "ESY5277343F"),
    ("ES- A84409408", "ESA84409408"),
    ("ES-B18889204", "ESB18889204"),
    ("ES-x-2482300w", "ESX2482300W"),
    ("FI 02459042", "FI02459042"),
    ("FI 0982651-1", "FI09826511"),
    ("FI 10320534", "FI10320534"),
    ("FI 18949388", "FI18949388"),
    ("FI 20194885", "FI20194885"),
    ("FI 20774740", "FI20774740"),
    ("FI 2094606-3", "FI20946063"),
    ("FI 24416318", "FI24416318"),
    ("FI- 01968312", "FI01968312"),
    ("FI- 22291259", "FI22291259"),
    ("FR 04409414364", "FR04409414364"),
    ("FR 19552143273", "FR19552143273"),
    ("FR 28337893168", "FR28337893168"),
    ("FR 60391548955", "FR60391548955"),
    ("FR 734 836 491 66", "FR73483649166"),
    ("FR 83 404 833 048", "FR83404833048"),
    ("FR K 7399859412", "FRK7399859412"),
    ("FR01712030113", "FR01712030113"),
    ("Fr 96 631 620 572", "FR96631620572"),
    ("FR32000000330", "FR32000000330"),
    ("FR65000100833", "FR65000100833"),
    ("HU -12509403", "HU12509403"),
    ("HU 10672101", "HU10672101"),
    ("HU 10766172", "HU10766172"),
    ("HU 11444923", "HU11444923"),
    ("HU 12723650", "HU12723650"),
    ("HU 12840937", "HU12840937"),
    ("HU 13851909", "HU13851909"),
    ("HU 18206373", "HU18206373"),
    ("HU 23157653", "HU23157653"),
    ("HU 64241281", "HU64241281"),
    ("IE 0005306C", "IE0005306C"),
    ("IE 4693875V", "IE4693875V"),
    ("IE 632 3420 C", "IE6323420C"),
    ("IE 6339273F", "IE6339273F"),
    ("IE 6388047V", "IE6388047V"),
    ("IE 6433435F", "IE6433435F"),
    ("IE 6791517I", "IE6791517I"),
    ("IE 9502346O", "IE9502346O"),
    ("IE 9679477V", "IE9679477V"),
    ("IE 9741812E", "IE9741812E"),
    ("IE6433435OA", "IE6433435OA"),
    ("IE8D79739I", "IE8D79739I"),
    ("IE9Y71814N", "IE9Y71814N"),
    ("IT - 01404480202", "IT01404480202"),
    ("IT 0 0 6 1 8 2 8 0 4 9 9", "IT00618280499"),
    ("IT 00193180932", "IT00193180932"),
    ("IT 01189820689", "IT01189820689"),
    ("IT 01606120226", "IT01606120226"),
    ("IT 02100550264", "IT02100550264"),
    ("IT 02408660211", "IT02408660211"),
    ("IT 04894530635", "IT04894530635"),
    ("IT 06075960010", "IT06075960010"),
    ("IT 12920760159", "IT12920760159"),
    ("IT-09159800011", "IT09159800011"),
    ("IT: 02331250163", "IT02331250163"),
    ("LT 100001354118", "LT100001354118"),
    ("LT 100001799517", "LT100001799517"),
    ("LT 100001906711", "LT100001906711"),
    ("LT 100002645517", "LT100002645517"),
    ("LT 100003619917", "LT100003619917"),
    ("LT 100005929611", "LT100005929611"),
    ("LT 119511515", "LT119511515"),
    ("LT 235449811", "LT235449811"),
    ("LT 258596610", "LT258596610"),
    ("LT 616414610", "LT616414610"),
    ("LT-100000979812", "LT100000979812"),
    ("LU 10059929", "LU10059929"),
    ("LU 10590281", "LU10590281"),
    ("LU 109 676 28", "LU10967628"),
    ("LU 11082217", "LU11082217"),
    ("LU 13178262", "LU13178262"),
    ("LU 150 274 42", "LU15027442"),
    ("LU 1871 0830", "LU18710830"),
    ("LU 19184853", "LU19184853"),
    ("LU 19406747", "LU19406747"),
    ("LU 19979983", "LU19979983"),
    ("LU.248.70.640", "LU24870640"),
    ("LV 4000 3521 600", "LV40003521600"),
    ("LV 40003282138", "LV40003282138"),
    ("LV 40003655379", "LV40003655379"),
    ("LV 40003754957", "LV40003754957"),
    ("LV 40003939038", "LV40003939038"),
    ("LV 40103077610", "LV40103077610"),
    ("LV 40103179665", "LV40103179665"),
    ("LV 43603009384", "LV43603009384"),
    ("LV 5000 399 3021", "LV50003993021"),
    ("LV 90000528023", "LV90000528023"),
    ("MT 1039-6417", "MT10396417"),
    ("MT 1167-9112", "MT11679112"),
    ("MT 1465 8213", "MT14658213"),
    ("MT 1613-4207", "MT16134207"),
    ("MT 17025737", "MT17025737"),
    ("MT 18740407", "MT18740407"),
    ("MT 1894 0705", "MT18940705"),
    ("MT 1966 1023", "MT19661023"),
    ("MT 19784818", "MT19784818"),
    ("MT 2029 1423", "MT20291423"),
    ("NL 001241 643 B01", "NL001241643B01"),
    ("NL 820605876B01", "NL820605876B01"),
    ("NL-8197.38.116.B.01", "NL819738116B01"),
    ("NL.8186.43.778.B.01", "NL818643778B01"),
    ("NL001452330B47", "NL001452330B47"),
    ("NL002455799B11", "NL002455799B11"),
    ("NL00449544B01", "NL000449544B01"),
    ("NL006375054B01", "NL006375054B01"),
    ("NL009093503B01", "NL009093503B01"),
    ("NL068357370B01", "NL068357370B01"),
    ("NL4495445B01", "NL004495445B01"),
    ("PL 5211355116", "PL5211355116"),
    ("PL 584-030-44-72", "PL5840304472"),
    ("PL 645-000-67-50", "PL6450006750"),
    ("PL 6831810615", "PL6831810615"),
    ("PL 764-23-05-489", "PL7642305489"),
    ("PL 764-23-05-555", "PL7642305555"),
    ("PL 767-14-47-329", "PL7671447329"),
    ("PL 7881154591", "PL7881154591"),
    ("PL 8722342429", "PL8722342429"),
    ("PL 9452174677", "PL9452174677"),
    ("PT 500 019 720", "PT500019720"),
    ("PT 500135.495", "PT500135495"),
    ("PT 501 507 930", "PT501507930"),
    ("PT 501 519 246", "PT501519246"),
    ("PT 501 964 843", "PT501964843"),
    ("PT 502448911", "PT502448911"),
    ("PT 502971142", "PT502971142"),
    ("PT 504141066", "PT504141066"),
    ("PT 506 030 636", "PT506030636"),
    ("PT 506835669", "PT506835669"),
    ("RO 11358544", "RO11358544"),
    ("RO 14840784", "RO14840784"),
    ("RO 1630615123457", "RO1630615123457"),
    ("RO 16621241", "RO16621241"),
    ("RO 1822964", "RO1822964"),
    ("RO 185 472 90", "RO18547290"),
    ("RO 20950021", "RO20950021"),
    ("RO 21996566", "RO21996566"),
    ("RO 24736200", "RO24736200"),
    ("RO 4003786", "RO4003786"),
    ("RO 4257679", "RO4257679"),
    ("RO 573768", "RO573768"),
    ("SE 202 100-5000 01", "SE202100500001"),
    ("SE 55 62 00-0777 01", "SE556200077701"),
    ("SE 556.383.740.901", "SE556383740901"),
    ("SE 556126249301", "SE556126249301"),
    ("SE 556700 3552 01", "SE556700355201"),
    ("SE 556728341001", "SE556728341001"),
    ("SE 720 522 241 201", "SE720522241201"),
    ("SE-556 644 662 001", "SE556644662001"),
    ("SE-5562245190-01", "SE556224519001"),
    ("SE-556666-4438-01", "SE556666443801"),
    ("SI 26808498", "SI26808498"),
    ("SI 29664373", "SI29664373"),
    ("SI 3609 7152", "SI36097152"),
    ("SI 48673820", "SI48673820"),
    ("SI 50223054", "SI50223054"),
    ("SI 56633360", "SI56633360"),
    ("SI 56951442", "SI56951442"),
    ("SI 68297530", "SI68297530"),
    ("SI 70310815", "SI70310815"),
    ("SI 73567906", "SI73567906"),
    ("SK 1078449064", "SK1078449064"),
    ("SK 202 274 96 19", "SK2022749619"),
    ("SK 2020 237 945", "SK2020237945"),
    ("SK 2020257679", "SK2020257679"),
    ("SK 2021 6858 20", "SK2021685820"),
    ("SK 2021853504", "SK2021853504"),
    ("SK 2021998528", "SK2021998528"),
    ("SK 2022193459", "SK2022193459"),
    ("SK2022193459", "SK2022193459"),
];

#[test]
fn stdnum_real_numbers() {
    for &(input, canonical) in STDNUM_VALID {
        check(input, Ok(canonical), "stdnum test_eu_vat.doctest");
    }
}

/// The mangled numbers of `tests/test_eu_vat.doctest` (check digit, format,
/// component and length groups), with the exception stdnum raises.
#[rustfmt::skip]
const STDNUM_INVALID: &[(&str, Expected)] = &[
    ("ATU 143 43 102", Err(E::InvalidCheckDigit { prefix: "AT" })),
    ("ATU 15169209", Err(E::InvalidCheckDigit { prefix: "AT" })),
    ("ATU46080904", Err(E::InvalidCheckDigit { prefix: "AT" })),
    ("ATU61191628", Err(E::InvalidCheckDigit { prefix: "AT" })),
    ("BE 0406.139.583", Err(E::InvalidCheckDigit { prefix: "BE" })),
    ("BE 0793 013 186", Err(E::InvalidCheckDigit { prefix: "BE" })),
    ("BE 456.973.432", Err(E::InvalidCheckDigit { prefix: "BE" })),
    ("BE697449982", Err(E::InvalidCheckDigit { prefix: "BE" })),
    ("BG 1037735942", Err(E::InvalidCheckDigit { prefix: "BG" })),
    ("BG 131 172 009", Err(E::InvalidCheckDigit { prefix: "BG" })),
    ("BG 147147471", Err(E::InvalidCheckDigit { prefix: "BG" })),
    ("BG 200940556", Err(E::InvalidCheckDigit { prefix: "BG" })),
    ("CY 10246672F", Err(E::InvalidCheckDigit { prefix: "CY" })),
    ("CY-10009489 A", Err(E::InvalidCheckDigit { prefix: "CY" })),
    ("CY-10257074Y", Err(E::InvalidCheckDigit { prefix: "CY" })),
    ("CY00632893 F", Err(E::InvalidCheckDigit { prefix: "CY" })),
    ("CZ 25557481", Err(E::InvalidCheckDigit { prefix: "CZ" })),
    ("CZ 48207726", Err(E::InvalidCheckDigit { prefix: "CZ" })),
    ("CZ 640913926", Err(E::InvalidCheckDigit { prefix: "CZ" })),
    ("CZ 8058018314", Err(E::InvalidCheckDigit { prefix: "CZ" })),
    ("DE 125014855", Err(E::InvalidCheckDigit { prefix: "DE" })),
    ("DE 246 495 415", Err(E::InvalidCheckDigit { prefix: "DE" })),
    ("DE 813 91 38 75", Err(E::InvalidCheckDigit { prefix: "DE" })),
    ("DE - 266297673", Err(E::InvalidCheckDigit { prefix: "DE" })),
    ("DK 11 96 56 58", Err(E::InvalidCheckDigit { prefix: "DK" })),
    ("DK 2565 2202", Err(E::InvalidCheckDigit { prefix: "DK" })),
    ("DK-27996592", Err(E::InvalidCheckDigit { prefix: "DK" })),
    ("DK10159817", Err(E::InvalidCheckDigit { prefix: "DK" })),
    ("EE 100 941 558", Err(E::InvalidCheckDigit { prefix: "EE" })),
    ("EE 100525487", Err(E::InvalidCheckDigit { prefix: "EE" })),
    ("EE 101586639", Err(E::InvalidCheckDigit { prefix: "EE" })),
    ("EE101256754", Err(E::InvalidCheckDigit { prefix: "EE" })),
    ("ES 54362415K", Err(E::InvalidCheckDigit { prefix: "ES" })),
    ("ES K-2814015-F", Err(E::InvalidCheckDigit { prefix: "ES" })),
    ("ES-x-2322300w", Err(E::InvalidCheckDigit { prefix: "ES" })),
    ("Es-a48951310", Err(E::InvalidCheckDigit { prefix: "ES" })),
    ("EL 094013834", Err(E::InvalidCheckDigit { prefix: "EL" })),
    ("EL 094068733", Err(E::InvalidCheckDigit { prefix: "EL" })),
    ("EL094501140", Err(E::InvalidCheckDigit { prefix: "EL" })),
    ("EL: 094269805", Err(E::InvalidCheckDigit { prefix: "EL" })),
    ("FR 04409414264", Err(E::InvalidCheckDigit { prefix: "FR" })),
    ("FR 21 326 565 603", Err(E::InvalidCheckDigit { prefix: "FR" })),
    ("FR K 7399859312", Err(E::InvalidCheckDigit { prefix: "FR" })),
    ("FR L 7399859412", Err(E::InvalidCheckDigit { prefix: "FR" })),
    ("IE 4731823H", Err(E::InvalidCheckDigit { prefix: "IE" })),
    ("IE 632 3421 C", Err(E::InvalidCheckDigit { prefix: "IE" })),
    ("IE 5339273F", Err(E::InvalidCheckDigit { prefix: "IE" })),
    ("IE8D79729I", Err(E::InvalidCheckDigit { prefix: "IE" })),
    ("LV 40003189715", Err(E::InvalidCheckDigit { prefix: "LV" })),
    ("LV 90000528022", Err(E::InvalidCheckDigit { prefix: "LV" })),
    ("LV-10103241337", Err(E::InvalidCheckDigit { prefix: "LV" })),
    ("LV-42103048181", Err(E::InvalidCheckDigit { prefix: "LV" })),
    ("SK 1078449164", Err(E::InvalidCheckDigit { prefix: "SK" })),
    ("SK 302 274 96 19", Err(E::InvalidCheckDigit { prefix: "SK" })),
    ("SK 2030 237 945", Err(E::InvalidCheckDigit { prefix: "SK" })),
    ("SK 2020457679", Err(E::InvalidCheckDigit { prefix: "SK" })),
    ("AT1 142 43 102", Err(E::InvalidFormat { prefix: "AT" })),
    ("ATU 1515B209", Err(E::InvalidFormat { prefix: "AT" })),
    ("BE 02A2.239.951", Err(E::InvalidFormat { prefix: "BE" })),
    ("BE 0220,764.971", Err(E::InvalidFormat { prefix: "BE" })),
    ("BG 10X8735941", Err(E::InvalidFormat { prefix: "BG" })),
    ("CY-102590Z3P", Err(E::InvalidFormat { prefix: "CY" })),
    ("DE 246X595 415", Err(E::InvalidFormat { prefix: "DE" })),
    ("DE 011125440", Err(E::InvalidFormat { prefix: "DE" })),
    ("IE 4550C59S", Err(E::InvalidFormat { prefix: "IE" })),
    ("IE 069385V8", Err(E::InvalidFormat { prefix: "IE" })),
    ("NL 001241643801", Err(E::InvalidFormat { prefix: "NL" })),
    ("NL 009122746B00", Err(E::InvalidFormat { prefix: "NL" })),
    ("NL B06753742B01", Err(E::InvalidFormat { prefix: "NL" })),
    ("NL 82X569759b01", Err(E::InvalidFormat { prefix: "NL" })),
    ("SK A078449064", Err(E::InvalidFormat { prefix: "SK" })),
    ("SK 012 274 96 19", Err(E::InvalidFormat { prefix: "SK" })),
    ("SK 2010 237 945", Err(E::InvalidFormat { prefix: "SK" })),
    ("CY-12259033P", Err(E::InvalidComponent { prefix: "CY" })),
    ("CZ 95123891", Err(E::InvalidComponent { prefix: "CZ" })),
    ("IT 00687129980", Err(E::InvalidComponent { prefix: "IT" })),
    ("LT 100001354", Err(E::InvalidComponent { prefix: "LT" })),
    ("LT 100001509922", Err(E::InvalidComponent { prefix: "LT" })),
    ("QQ 124567", Err(E::UnknownPrefix { prefix: *b"QQ" })),
    ("ATU 151592092", Err(E::InvalidLength { prefix: "AT" })),
    ("CY-1225903322", Err(E::InvalidLength { prefix: "CY" })),
    ("ES B-583784312", Err(E::InvalidLength { prefix: "ES" })),
    ("FR000076090", Err(E::InvalidLength { prefix: "FR" })),
    ("NL006866304B021", Err(E::InvalidLength { prefix: "NL" })),
    ("SE 55643359201", Err(E::InvalidLength { prefix: "SE" })),
    ("SE 5567003255201", Err(E::InvalidLength { prefix: "SE" })),
];

#[test]
fn stdnum_mangled_numbers() {
    for &(input, expected) in STDNUM_INVALID {
        check(input, expected, "stdnum test_eu_vat.doctest");
    }
}

/// One number per branch of every state's rules, constructed (random digits,
/// kept when python-stdnum 2.2 accepts them), each followed by its check
/// character changed and a digit inserted where stdnum then rejects it.
#[rustfmt::skip]
const CONSTRUCTED: &[(&str, Expected, &str)] = &[
    ("ATU72943648", Ok("ATU72943648"), "AT: U + 8 digits"),
    ("ATU72943649", Err(E::InvalidCheckDigit { prefix: "AT" }), "AT: U + 8 digits; check character changed"),
    ("ATU729436481", Err(E::InvalidLength { prefix: "AT" }), "AT: U + 8 digits; a digit inserted"),
    ("BE469764070", Ok("BE0469764070"), "BE: legacy 9 digits, 0 prepended"),
    ("BE469764071", Err(E::InvalidCheckDigit { prefix: "BE" }), "BE: legacy 9 digits, 0 prepended; check character changed"),
    ("BE4697640701", Err(E::InvalidComponent { prefix: "BE" }), "BE: legacy 9 digits, 0 prepended; a digit inserted"),
    ("BE1738150324", Ok("BE1738150324"), "BE: 10 digits starting 1"),
    ("BE1738150325", Err(E::InvalidCheckDigit { prefix: "BE" }), "BE: 10 digits starting 1; check character changed"),
    ("BE17381503241", Err(E::InvalidLength { prefix: "BE" }), "BE: 10 digits starting 1; a digit inserted"),
    ("BG114469941", Ok("BG114469941"), "BG: 9-digit legal entity"),
    ("BG114469942", Err(E::InvalidCheckDigit { prefix: "BG" }), "BG: 9-digit legal entity; check character changed"),
    ("BG1144699411", Err(E::InvalidCheckDigit { prefix: "BG" }), "BG: 9-digit legal entity; a digit inserted"),
    ("BG6249130823", Ok("BG6249130823"), "BG: 10-digit EGN (born 2000s: month+40)"),
    ("BG62491308231", Err(E::InvalidLength { prefix: "BG" }), "BG: 10-digit EGN (born 2000s: month+40); a digit inserted"),
    ("BG3200774641", Ok("BG3200774641"), "BG: 10 digits, not an EGN (PNF or other weighted check)"),
    ("BG3200774642", Err(E::InvalidCheckDigit { prefix: "BG" }), "BG: 10 digits, not an EGN (PNF or other weighted check); check character changed"),
    ("BG32007746411", Err(E::InvalidLength { prefix: "BG" }), "BG: 10 digits, not an EGN (PNF or other weighted check); a digit inserted"),
    ("CY56051476A", Ok("CY56051476A"), "CY: 8 digits + check letter"),
    ("CY56051476B", Err(E::InvalidCheckDigit { prefix: "CY" }), "CY: 8 digits + check letter; check character changed"),
    ("CY560514761A", Err(E::InvalidLength { prefix: "CY" }), "CY: 8 digits + check letter; a digit inserted"),
    ("CZ87730928", Ok("CZ87730928"), "CZ: 8-digit legal entity (I\u{10C}O)"),
    ("CZ87730929", Err(E::InvalidCheckDigit { prefix: "CZ" }), "CZ: 8-digit legal entity (I\u{10C}O); check character changed"),
    ("CZ697393081", Ok("CZ697393081"), "CZ: 9-digit special number starting 6"),
    ("CZ697393082", Err(E::InvalidCheckDigit { prefix: "CZ" }), "CZ: 9-digit special number starting 6; check character changed"),
    ("CZ6973930811", Err(E::InvalidComponent { prefix: "CZ" }), "CZ: 9-digit special number starting 6; a digit inserted"),
    ("CZ390317881", Ok("CZ390317881"), "CZ: 9-digit birth number before 1954"),
    ("CZ3903178811", Err(E::InvalidCheckDigit { prefix: "CZ" }), "CZ: 9-digit birth number before 1954; a digit inserted"),
    ("CZ8651150937", Ok("CZ8651150937"), "CZ: 10-digit birth number, woman (month+50)"),
    ("CZ8651150938", Err(E::InvalidCheckDigit { prefix: "CZ" }), "CZ: 10-digit birth number, woman (month+50); check character changed"),
    ("CZ86511509371", Err(E::InvalidLength { prefix: "CZ" }), "CZ: 10-digit birth number, woman (month+50); a digit inserted"),
    ("CZ0727129580", Ok("CZ0727129580"), "CZ: 10-digit birth number, month+20 serial overflow"),
    ("CZ0727129581", Err(E::InvalidCheckDigit { prefix: "CZ" }), "CZ: 10-digit birth number, month+20 serial overflow; check character changed"),
    ("CZ07271295801", Err(E::InvalidLength { prefix: "CZ" }), "CZ: 10-digit birth number, month+20 serial overflow; a digit inserted"),
    ("DE332028035", Ok("DE332028035"), "DE: 9 digits, ISO 7064 MOD 11,10"),
    ("DE332028036", Err(E::InvalidCheckDigit { prefix: "DE" }), "DE: 9 digits, ISO 7064 MOD 11,10; check character changed"),
    ("DE3320280351", Err(E::InvalidLength { prefix: "DE" }), "DE: 9 digits, ISO 7064 MOD 11,10; a digit inserted"),
    ("DK81428654", Ok("DK81428654"), "DK: 8 digits, mod 11"),
    ("DK81428655", Err(E::InvalidCheckDigit { prefix: "DK" }), "DK: 8 digits, mod 11; check character changed"),
    ("DK814286541", Err(E::InvalidLength { prefix: "DK" }), "DK: 8 digits, mod 11; a digit inserted"),
    ("EE447323133", Ok("EE447323133"), "EE: 9 digits"),
    ("EE447323134", Err(E::InvalidCheckDigit { prefix: "EE" }), "EE: 9 digits; check character changed"),
    ("EE4473231331", Err(E::InvalidLength { prefix: "EE" }), "EE: 9 digits; a digit inserted"),
    ("EL023122534", Ok("EL023122534"), "EL: 9 digits"),
    ("EL023122535", Err(E::InvalidCheckDigit { prefix: "EL" }), "EL: 9 digits; check character changed"),
    ("EL0231225341", Err(E::InvalidLength { prefix: "EL" }), "EL: 9 digits; a digit inserted"),
    ("EL45004983", Ok("EL045004983"), "EL: legacy 8 digits, 0 prepended"),
    ("EL45004984", Err(E::InvalidCheckDigit { prefix: "EL" }), "EL: legacy 8 digits, 0 prepended; check character changed"),
    ("ES71749351T", Ok("ES71749351T"), "ES: DNI, 8 digits + letter"),
    ("ES71749351U", Err(E::InvalidCheckDigit { prefix: "ES" }), "ES: DNI, 8 digits + letter; check character changed"),
    ("ES717493511T", Err(E::InvalidLength { prefix: "ES" }), "ES: DNI, 8 digits + letter; a digit inserted"),
    ("ESK3528877X", Ok("ESK3528877X"), "ES: K number, DNI letter"),
    ("ESK3528877Y", Err(E::InvalidCheckDigit { prefix: "ES" }), "ES: K number, DNI letter; check character changed"),
    ("ESK35288771X", Err(E::InvalidLength { prefix: "ES" }), "ES: K number, DNI letter; a digit inserted"),
    ("ESY2457771M", Ok("ESY2457771M"), "ES: NIE Y"),
    ("ESY2457771N", Err(E::InvalidCheckDigit { prefix: "ES" }), "ES: NIE Y; check character changed"),
    ("ESY24577711M", Err(E::InvalidLength { prefix: "ES" }), "ES: NIE Y; a digit inserted"),
    ("ESB27066109", Ok("ESB27066109"), "ES: CIF, numeric check"),
    ("ESB27066100", Err(E::InvalidCheckDigit { prefix: "ES" }), "ES: CIF, numeric check; check character changed"),
    ("ESB270661091", Err(E::InvalidLength { prefix: "ES" }), "ES: CIF, numeric check; a digit inserted"),
    ("ESP9313061E", Ok("ESP9313061E"), "ES: CIF, letter check"),
    ("ESP9313061F", Err(E::InvalidCheckDigit { prefix: "ES" }), "ES: CIF, letter check; check character changed"),
    ("ESP93130611E", Err(E::InvalidLength { prefix: "ES" }), "ES: CIF, letter check; a digit inserted"),
    ("FR46734302201", Ok("FR46734302201"), "FR: numeric key"),
    ("FR46734302202", Err(E::InvalidCheckDigit { prefix: "FR" }), "FR: numeric key; check character changed"),
    ("FR467343022011", Err(E::InvalidLength { prefix: "FR" }), "FR: numeric key; a digit inserted"),
    ("FR0U095941290", Ok("FR0U095941290"), "FR: alphanumeric key, digit first"),
    ("FR0U095941291", Err(E::InvalidCheckDigit { prefix: "FR" }), "FR: alphanumeric key, digit first; check character changed"),
    ("FR0U0959412901", Err(E::InvalidLength { prefix: "FR" }), "FR: alphanumeric key, digit first; a digit inserted"),
    ("FREG425857315", Ok("FREG425857315"), "FR: alphanumeric key, letter first"),
    ("FREG425857316", Err(E::InvalidCheckDigit { prefix: "FR" }), "FR: alphanumeric key, letter first; check character changed"),
    ("FREG4258573151", Err(E::InvalidLength { prefix: "FR" }), "FR: alphanumeric key, letter first; a digit inserted"),
    ("FR84000435554", Ok("FR84000435554"), "FR: Monaco, SIREN 000..."),
    ("FR84000435555", Err(E::InvalidCheckDigit { prefix: "FR" }), "FR: Monaco, SIREN 000...; check character changed"),
    ("FR840004355541", Err(E::InvalidLength { prefix: "FR" }), "FR: Monaco, SIREN 000...; a digit inserted"),
    ("HR98121287807", Ok("HR98121287807"), "HR: 11 digits, ISO 7064 MOD 11,10"),
    ("HR98121287808", Err(E::InvalidCheckDigit { prefix: "HR" }), "HR: 11 digits, ISO 7064 MOD 11,10; check character changed"),
    ("HR981212878071", Err(E::InvalidLength { prefix: "HR" }), "HR: 11 digits, ISO 7064 MOD 11,10; a digit inserted"),
    ("HU87902695", Ok("HU87902695"), "HU: 8 digits"),
    ("HU87902696", Err(E::InvalidCheckDigit { prefix: "HU" }), "HU: 8 digits; check character changed"),
    ("HU879026951", Err(E::InvalidLength { prefix: "HU" }), "HU: 8 digits; a digit inserted"),
    ("IE3678315L", Ok("IE3678315L"), "IE: new style 7 digits + letter"),
    ("IE3678315M", Err(E::InvalidCheckDigit { prefix: "IE" }), "IE: new style 7 digits + letter; check character changed"),
    ("IE36783151L", Err(E::InvalidFormat { prefix: "IE" }), "IE: new style 7 digits + letter; a digit inserted"),
    ("IE9506923DH", Ok("IE9506923DH"), "IE: 2013 style 7 digits + 2 letters"),
    ("IE9506923DI", Err(E::InvalidCheckDigit { prefix: "IE" }), "IE: 2013 style 7 digits + 2 letters; check character changed"),
    ("IE9506923D1H", Err(E::InvalidFormat { prefix: "IE" }), "IE: 2013 style 7 digits + 2 letters; a digit inserted"),
    ("IE3O13351W", Ok("IE3O13351W"), "IE: old style digit, letter, 5 digits, letter"),
    ("IE3O13351X", Err(E::InvalidFormat { prefix: "IE" }), "IE: old style digit, letter, 5 digits, letter; check character changed"),
    ("IE3O133511W", Err(E::InvalidFormat { prefix: "IE" }), "IE: old style digit, letter, 5 digits, letter; a digit inserted"),
    ("IE4+90597O", Ok("IE4+90597O"), "IE: old style with +"),
    ("IE4+90597P", Err(E::InvalidCheckDigit { prefix: "IE" }), "IE: old style with +; check character changed"),
    ("IE4+905971O", Err(E::InvalidFormat { prefix: "IE" }), "IE: old style with +; a digit inserted"),
    ("IT63958461202", Ok("IT63958461202"), "IT: office code 120"),
    ("IT63958461203", Err(E::InvalidCheckDigit { prefix: "IT" }), "IT: office code 120; check character changed"),
    ("IT639584612021", Err(E::InvalidLength { prefix: "IT" }), "IT: office code 120; a digit inserted"),
    ("IT98866069994", Ok("IT98866069994"), "IT: office code 999"),
    ("IT98866069995", Err(E::InvalidCheckDigit { prefix: "IT" }), "IT: office code 999; check character changed"),
    ("IT988660699941", Err(E::InvalidLength { prefix: "IT" }), "IT: office code 999; a digit inserted"),
    ("LT511604512", Ok("LT511604512"), "LT: 9-digit legal entity"),
    ("LT511604513", Err(E::InvalidCheckDigit { prefix: "LT" }), "LT: 9-digit legal entity; check character changed"),
    ("LT5116045121", Err(E::InvalidLength { prefix: "LT" }), "LT: 9-digit legal entity; a digit inserted"),
    ("LT180792562814", Ok("LT180792562814"), "LT: 12-digit temporary taxpayer"),
    ("LT180792562815", Err(E::InvalidCheckDigit { prefix: "LT" }), "LT: 12-digit temporary taxpayer; check character changed"),
    ("LT1807925628141", Err(E::InvalidLength { prefix: "LT" }), "LT: 12-digit temporary taxpayer; a digit inserted"),
    ("LU19996975", Ok("LU19996975"), "LU: 8 digits, mod 89"),
    ("LU19996976", Err(E::InvalidCheckDigit { prefix: "LU" }), "LU: 8 digits, mod 89; check character changed"),
    ("LU199969751", Err(E::InvalidLength { prefix: "LU" }), "LU: 8 digits, mod 89; a digit inserted"),
    ("LV48328182605", Ok("LV48328182605"), "LV: legal entity"),
    ("LV48328182606", Err(E::InvalidCheckDigit { prefix: "LV" }), "LV: legal entity; check character changed"),
    ("LV483281826051", Err(E::InvalidLength { prefix: "LV" }), "LV: legal entity; a digit inserted"),
    ("LV18018814631", Ok("LV18018814631"), "LV: personal code with birth date"),
    ("LV18018814632", Err(E::InvalidCheckDigit { prefix: "LV" }), "LV: personal code with birth date; check character changed"),
    ("LV180188146311", Err(E::InvalidLength { prefix: "LV" }), "LV: personal code with birth date; a digit inserted"),
    ("LV32823083713", Ok("LV32823083713"), "LV: personal code 32... without date"),
    ("LV32823083714", Err(E::InvalidCheckDigit { prefix: "LV" }), "LV: personal code 32... without date; check character changed"),
    ("LV328230837131", Err(E::InvalidLength { prefix: "LV" }), "LV: personal code 32... without date; a digit inserted"),
    ("MT13183394", Ok("MT13183394"), "MT: 8 digits, mod 37"),
    ("MT13183395", Err(E::InvalidCheckDigit { prefix: "MT" }), "MT: 8 digits, mod 37; check character changed"),
    ("MT131833941", Err(E::InvalidLength { prefix: "MT" }), "MT: 8 digits, mod 37; a digit inserted"),
    ("NL078782752B01", Ok("NL078782752B01"), "NL: BSN eleven-test"),
    ("NL078782752B011", Err(E::InvalidLength { prefix: "NL" }), "NL: BSN eleven-test; a digit inserted"),
    ("NL356037573B74", Ok("NL356037573B74"), "NL: sole proprietor, ISO 7064 MOD 97-10 (since 2020)"),
    ("NL356037573B75", Err(E::InvalidCheckDigit { prefix: "NL" }), "NL: sole proprietor, ISO 7064 MOD 97-10 (since 2020); check character changed"),
    ("NL356037573B741", Err(E::InvalidLength { prefix: "NL" }), "NL: sole proprietor, ISO 7064 MOD 97-10 (since 2020); a digit inserted"),
    ("NL3917010B01", Ok("NL003917010B01"), "NL: 7 digits, zero-filled"),
    ("NL3917010B011", Err(E::InvalidFormat { prefix: "NL" }), "NL: 7 digits, zero-filled; a digit inserted"),
    ("PL9948508342", Ok("PL9948508342"), "PL: 10 digits"),
    ("PL9948508343", Err(E::InvalidCheckDigit { prefix: "PL" }), "PL: 10 digits; check character changed"),
    ("PL99485083421", Err(E::InvalidLength { prefix: "PL" }), "PL: 10 digits; a digit inserted"),
    ("PT528236113", Ok("PT528236113"), "PT: 9 digits"),
    ("PT528236114", Err(E::InvalidCheckDigit { prefix: "PT" }), "PT: 9 digits; check character changed"),
    ("PT5282361131", Err(E::InvalidLength { prefix: "PT" }), "PT: 9 digits; a digit inserted"),
    ("RO27", Ok("RO27"), "RO: 2-digit CUI"),
    ("RO28", Err(E::InvalidCheckDigit { prefix: "RO" }), "RO: 2-digit CUI; check character changed"),
    ("RO271", Err(E::InvalidCheckDigit { prefix: "RO" }), "RO: 2-digit CUI; a digit inserted"),
    ("RO1905870355", Ok("RO1905870355"), "RO: 10-digit CUI"),
    ("RO1905870356", Err(E::InvalidCheckDigit { prefix: "RO" }), "RO: 10-digit CUI; check character changed"),
    ("RO19058703551", Err(E::InvalidLength { prefix: "RO" }), "RO: 10-digit CUI; a digit inserted"),
    ("RO2101124331055", Ok("RO2101124331055"), "RO: 13-digit CNP"),
    ("RO2101124331056", Err(E::InvalidCheckDigit { prefix: "RO" }), "RO: 13-digit CNP; check character changed"),
    ("RO21011243310551", Err(E::InvalidLength { prefix: "RO" }), "RO: 13-digit CNP; a digit inserted"),
    ("SE255527318001", Ok("SE255527318001"), "SE: org number + 01"),
    ("SE255527318002", Err(E::InvalidFormat { prefix: "SE" }), "SE: org number + 01; check character changed"),
    ("SE2555273180011", Err(E::InvalidFormat { prefix: "SE" }), "SE: org number + 01; a digit inserted"),
    ("SI89506286", Ok("SI89506286"), "SI: 8 digits"),
    ("SI89506287", Err(E::InvalidCheckDigit { prefix: "SI" }), "SI: 8 digits; check character changed"),
    ("SI895062861", Err(E::InvalidLength { prefix: "SI" }), "SI: 8 digits; a digit inserted"),
    ("SK6978353327", Ok("SK6978353327"), "SK: 10 digits, third digit 2-4/7-9, mod 11"),
    ("SK6978353328", Err(E::InvalidCheckDigit { prefix: "SK" }), "SK: 10 digits, third digit 2-4/7-9, mod 11; check character changed"),
    ("SK69783533271", Err(E::InvalidLength { prefix: "SK" }), "SK: 10 digits, third digit 2-4/7-9, mod 11; a digit inserted"),
    ("SK8658175670", Ok("SK8658175670"), "SK: birth number"),
    ("SK8658175671", Err(E::InvalidFormat { prefix: "SK" }), "SK: birth number; check character changed"),
    ("SK86581756701", Err(E::InvalidLength { prefix: "SK" }), "SK: birth number; a digit inserted"),
    ("XI006929568", Ok("XI006929568"), "XI: 9 digits, mod 97"),
    ("XI006929569", Err(E::InvalidCheckDigit { prefix: "XI" }), "XI: 9 digits, mod 97; check character changed"),
    ("XI0069295681", Err(E::InvalidLength { prefix: "XI" }), "XI: 9 digits, mod 97; a digit inserted"),
    ("XI634624303", Ok("XI634624303"), "XI: 9 digits, block 100+ with the 55 rule"),
    ("XI634624304", Err(E::InvalidCheckDigit { prefix: "XI" }), "XI: 9 digits, block 100+ with the 55 rule; check character changed"),
    ("XI6346243031", Err(E::InvalidLength { prefix: "XI" }), "XI: 9 digits, block 100+ with the 55 rule; a digit inserted"),
    ("XI424443667510", Ok("XI424443667510"), "XI: 12 digits with branch"),
    ("XI4244436675101", Err(E::InvalidLength { prefix: "XI" }), "XI: 12 digits with branch; a digit inserted"),
    ("XIGD475", Ok("XIGD475"), "XI: government department"),
    ("XIGD4751", Err(E::InvalidLength { prefix: "XI" }), "XI: government department; a digit inserted"),
    ("XIHA536", Ok("XIHA536"), "XI: health authority"),
    ("XIHA5361", Err(E::InvalidLength { prefix: "XI" }), "XI: health authority; a digit inserted"),
    ("XIGD888807474", Ok("XIGD888807474"), "XI: GD8888 form"),
    ("XIGD888807475", Err(E::InvalidCheckDigit { prefix: "XI" }), "XI: GD8888 form; check character changed"),
    ("XIGD8888074741", Err(E::InvalidFormat { prefix: "XI" }), "XI: GD8888 form; a digit inserted"),
    ("XIHA888884973", Ok("XIHA888884973"), "XI: HA8888 form"),
    ("XIHA888884974", Err(E::InvalidCheckDigit { prefix: "XI" }), "XI: HA8888 form; check character changed"),
    ("XIHA8888849731", Err(E::InvalidFormat { prefix: "XI" }), "XI: HA8888 form; a digit inserted"),
];

#[test]
fn constructed_per_state_branch() {
    for &(input, expected, note) in CONSTRUCTED {
        check(input, expected, note);
    }
}

/// Prefix rules, per-state separators, the Unicode clean-up stdnum applies,
/// and impossible components; verdicts checked against python-stdnum 2.2.
#[rustfmt::skip]
const EDGES: &[(&str, Expected, &str)] = &[
    ("", Err(E::Empty), "empty"),
    ("   ", Err(E::Empty), "only spaces"),
    ("\u{3000}", Err(E::Empty), "only an ideographic space (read as a space)"),
    ("25123891", Err(E::MissingPrefix), "no prefix"),
    ("C", Err(E::MissingPrefix), "one letter"),
    ("C-Z25123891", Err(E::MissingPrefix), "separator inside the prefix"),
    ("1A123", Err(E::MissingPrefix), "digit first"),
    ("\u{C4}T U57194903", Err(E::MissingPrefix), "non-ASCII letter in the prefix"),
    ("GB980780684", Err(E::UnknownPrefix { prefix: *b"GB" }), "the UK left the EU VAT area; Northern Ireland uses XI (stdnum also rejects GB)"),
    ("XI980780684", Ok("XI980780684"), "the same number under XI (stdnum.gb.vat docstring)"),
    ("GR094259216", Err(E::UnknownPrefix { prefix: *b"GR" }), "Greece's VAT prefix is EL (project rule: stdnum also takes GR)"),
    ("EL094259216", Ok("EL094259216"), "the same number under EL (stdnum.gr.vat docstring)"),
    ("EU372022452", Err(E::UnknownPrefix { prefix: *b"EU" }), "OSS scheme, not a member state (project rule: stdnum takes EU)"),
    ("QQ 124567", Err(E::UnknownPrefix { prefix: *b"QQ" }), "stdnum test_eu_vat.doctest: unknown prefix"),
    ("CZ-25123891", Err(E::InvalidFormat { prefix: "CZ" }), "CZ allows only space and '/' as separators"),
    ("EE 100-931-558", Err(E::InvalidFormat { prefix: "EE" }), "EE allows only space"),
    ("CZ 640229/4448", Ok("CZ6402294448"), "CZ birth number written with its slash"),
    ("de 136,695 976", Ok("DE136695976"), "DE allows ','"),
    ("DK: 21599336", Ok("DK21599336"), "DK allows ':'"),
    ("IT: 02331250163", Ok("IT02331250163"), "IT allows ':'"),
    ("LU.248.70.640", Ok("LU24870640"), "LU allows '.'"),
    ("PL 584.030.44.72", Err(E::InvalidFormat { prefix: "PL" }), "PL does not allow '.'"),
    ("BE (0)468.561.072", Ok("BE0468561072"), "BE '(0)' for the leading zero"),
    ("\u{A0}cz\u{A0}25123891\u{A0}", Ok("CZ25123891"), "no-break spaces read as spaces (stdnum.util.clean)"),
    ("CZ\u{FF12}\u{FF15}\u{FF11}\u{FF12}\u{FF13}\u{FF18}\u{FF19}\u{FF11}", Ok("CZ25123891"), "full-width digits read as ASCII (stdnum.util.clean)"),
    ("DE 136\u{2013}695\u{2013}976", Ok("DE136695976"), "en dashes read as '-' (stdnum.util.clean)"),
    ("CZ 25\u{2013}123\u{2013}891", Err(E::InvalidFormat { prefix: "CZ" }), "an en dash is '-', which CZ does not allow"),
    ("\u{131}e 6433435f", Ok("IE6433435F"), "dotless i upper-cases to I, as Python's str.upper does"),
    ("NL\t4495445\tB01", Ok("NL004495445B01"), "NL strips white space before the B suffix (stdnum.nl.bsn.compact)"),
    ("CZ25123891\u{1C}", Ok("CZ25123891"), "Python's strip removes U+001C"),
    ("ATU57194903\u{2028}", Ok("ATU57194903"), "trailing line separator stripped"),
    ("at u 571 949 03", Ok("ATU57194903"), "lower case, spaced"),
    ("FRFR000702118", Ok("FRFR000702118"), "key 'FR': stdnum prints FR000702118, dropping the key; we keep prefix + number"),
    ("CZ", Err(E::InvalidFormat { prefix: "CZ" }), "prefix only"),
    ("BE 0000000000", Err(E::InvalidFormat { prefix: "BE" }), "all zeros"),
    ("NL000000000B01", Err(E::InvalidFormat { prefix: "NL" }), "NL number zero"),
    ("XIGD500", Err(E::InvalidComponent { prefix: "XI" }), "GD codes are below 500"),
    ("XIHA499", Err(E::InvalidComponent { prefix: "XI" }), "HA codes are 500 and up"),
    ("RO0123456789", Err(E::InvalidFormat { prefix: "RO" }), "RO CUI cannot start with 0"),
    ("RO1", Err(E::InvalidLength { prefix: "RO" }), "RO CUI of one digit"),
    ("RO0630615123457", Err(E::InvalidComponent { prefix: "RO" }), "CNP first digit 0"),
    ("RO1630615993454", Err(E::InvalidComponent { prefix: "RO" }), "CNP county 99 unknown (stdnum.ro.cnp docstring)"),
    ("LV31137519997", Err(E::InvalidComponent { prefix: "LV" }), "LV personal code with month 13"),
    ("CZ 5402311234", Err(E::InvalidComponent { prefix: "CZ" }), "CZ birth number on 31 April"),
    ("SK 0123456789", Err(E::InvalidFormat { prefix: "SK" }), "SK starting 0 and not a birth number"),
];

#[test]
fn edge_cases() {
    for &(input, expected, note) in EDGES {
        check(input, expected, note);
    }
}

#[test]
fn error_messages() {
    let cases = [
        ("", "vat: empty"),
        ("25123891", "vat: missing two-letter country prefix"),
        ("GB980780684", "vat: unknown country prefix 'GB'"),
        ("CZ10008489A", "vat: invalid format for prefix 'CZ'"),
        ("DK861608073", "vat: wrong length for prefix 'DK'"),
        ("IT00687129980", "vat: invalid date or code for prefix 'IT'"),
        ("CZ25123892", "vat: invalid check digit for prefix 'CZ'"),
    ];
    for (input, message) in cases {
        let err = VatId::parse(input).expect_err(input);
        assert_eq!(err.to_string(), message, "input {input:?}");
    }
}

#[test]
fn errors_never_echo_the_number() {
    for input in [
        "CZ25123892",
        "XI98078068",
        "NL 006 375 055 b01",
        "ESB9569144",
    ] {
        let err = VatId::parse(input).expect_err(input);
        let national = &input[2..];
        assert!(!err.to_string().contains(national), "{err}");
        assert!(!format!("{err:?}").contains(national), "{err:?}");
    }
}

#[test]
fn accessors() -> Result<(), VatError> {
    let cases = [
        ("CZ 9609040727", "CZ9609040727", "CZ", "9609040727"),
        ("el 94051189", "EL094051189", "EL", "094051189"),
        ("xi gd 475", "XIGD475", "XI", "GD475"),
        ("BE 428759497", "BE0428759497", "BE", "0428759497"),
        ("nl 4495445 b01", "NL004495445B01", "NL", "004495445B01"),
        ("ATU 57194903", "ATU57194903", "AT", "U57194903"),
    ];
    for (input, canonical, prefix, number) in cases {
        let vat = VatId::parse(input)?;
        assert_eq!(vat.as_str(), canonical);
        assert_eq!(vat.country_prefix(), prefix);
        assert_eq!(vat.number(), number);
    }
    Ok(())
}

#[test]
fn conversions_agree_with_parse() -> Result<(), VatError> {
    let vat = VatId::parse("de136.695.976")?;
    assert_eq!("de136.695.976".parse::<VatId>()?, vat);
    assert_eq!(VatId::try_from("de136.695.976")?, vat);
    assert_eq!(VatId::try_from(String::from("de136.695.976"))?, vat);
    assert_eq!(VatId::try_from(&String::from("de136.695.976"))?, vat);
    assert_eq!(vat.to_string(), "DE136695976");
    assert_eq!(AsRef::<str>::as_ref(&vat), "DE136695976");
    assert_eq!(String::from(vat), "DE136695976");
    assert_eq!(
        "GB1".parse::<VatId>(),
        Err(E::UnknownPrefix { prefix: *b"GB" })
    );
    Ok(())
}

#[test]
fn auto_traits() {
    fn assert_send_sync<T: Send + Sync + Unpin + 'static>() {}
    assert_send_sync::<VatId>();
    assert_send_sync::<VatError>();
}

/// The separators each state's stdnum `compact` removes (space everywhere).
fn separators(prefix: &str) -> &'static str {
    match prefix {
        "AT" | "BE" => " -./",
        "BG" | "FR" | "NL" | "PT" | "SE" | "XI" => " -.",
        "CZ" => " /",
        "DE" => " -./,",
        "DK" => " -.,/:",
        "EE" => " ",
        "EL" => " -./:",
        "IT" => " -:",
        "LU" => " :.-",
        _ => " -",
    }
}

/// Canonical forms known to be valid: the stdnum table and the constructed ones.
fn canonical_forms() -> Vec<&'static str> {
    let constructed = CONSTRUCTED
        .iter()
        .filter_map(|(_, expected, _)| expected.ok());
    STDNUM_VALID
        .iter()
        .map(|&(_, c)| c)
        .chain(constructed)
        .collect()
}

/// A valid id spelled differently: separators allowed for its state inserted
/// after the prefix, random letter case, white space around.
fn respelled() -> impl Strategy<Value = (&'static str, String)> {
    let forms = canonical_forms();
    (
        prop::sample::select(forms),
        prop::collection::vec(
            (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
            0..6,
        ),
        prop::collection::vec(any::<bool>(), 16),
        "[ \t\u{A0}]{0,2}",
        "[ \t\u{3000}]{0,2}",
    )
        .prop_map(|(canonical, inserts, lower, lead, trail)| {
            let (prefix, number) = canonical.split_at(2);
            let seps: Vec<char> = separators(prefix).chars().collect();
            let mut number: Vec<char> = number.chars().collect();
            for (at, sep) in inserts {
                number.insert(at.index(number.len() + 1), *sep.get(&seps));
            }
            let body: String = prefix.chars().chain(number).collect();
            let cased: String = body
                .chars()
                .zip(lower.iter().cycle())
                .map(|(c, &l)| if l { c.to_ascii_lowercase() } else { c })
                .collect();
            (canonical, format!("{lead}{cased}{trail}"))
        })
}

proptest! {
    #[test]
    fn prop_never_panics(input in any::<String>()) {
        let _ = VatId::parse(&input);
    }

    #[test]
    fn prop_vat_shaped_roundtrip(input in "[A-Za-z]{2}[0-9A-Za-z .\\-/,:()+*]{0,16}") {
        if let Ok(vat) = VatId::parse(&input) {
            let shown = format!("{vat}");
            prop_assert_eq!(VatId::parse(&shown), Ok(vat.clone()));
            prop_assert_eq!(VatId::parse(vat.as_str()).map(|v| v.to_string()), Ok(vat.to_string()));
        }
    }

    #[test]
    fn prop_accepted_roundtrip(input in any::<String>()) {
        if let Ok(vat) = VatId::parse(&input) {
            let shown = format!("{vat}");
            prop_assert_eq!(VatId::parse(&shown), Ok(vat));
        }
    }

    #[test]
    fn prop_respelled_valid_ids_normalize((canonical, input) in respelled()) {
        let vat = VatId::parse(&input);
        prop_assert_eq!(vat.as_ref().map(VatId::as_str), Ok(canonical), "input {:?}", input);
        // Idempotent: the canonical form parses to itself, and so does Display.
        let vat = vat.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(VatId::parse(canonical), Ok(vat.clone()));
        let shown = format!("{vat}");
        prop_assert_eq!(VatId::parse(&shown), Ok(vat));
    }
}
