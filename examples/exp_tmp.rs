use contactkit::user_properties::*;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::time::Instant;
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Body<'a> {
    #[serde(borrow)]
    user_properties: Vec<&'a RawValue>,
}
fn main() {
    let body = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let opts = Options::new()
        .max_body_bytes(usize::MAX)
        .max_entries(usize::MAX);
    let b: Body = serde_json::from_slice(&body).unwrap();
    let entries: Vec<&[u8]> = b
        .user_properties
        .iter()
        .map(|r| r.get().as_bytes())
        .collect();
    for round in 0..5 {
        let t = Instant::now();
        let o = BulkOutcome::from_json_with(&body, &opts).unwrap();
        let n = o.valid().len();
        let d1 = t.elapsed();
        drop(o);
        let t = Instant::now();
        let mut k = 0;
        for e in &entries {
            if let Ok(p) = UserProperty::from_json_with(e, &opts) {
                std::hint::black_box(&p);
                k += 1;
            }
        }
        let d2 = t.elapsed();
        let t = Instant::now();
        let mut v = Vec::with_capacity(entries.len());
        for e in &entries {
            if let Ok(p) = UserProperty::from_json_with(e, &opts) {
                v.push(p);
            }
        }
        let d3 = t.elapsed();
        let k3 = v.len();
        drop(v);
        println!("round {round}: bulk {:.0}k/s ({n})  per-entry-drop {:.0}k/s ({k})  per-entry-keep {:.0}k/s ({k3})", 1e-3*entries.len() as f64/d1.as_secs_f64(), 1e-3*entries.len() as f64/d2.as_secs_f64(), 1e-3*entries.len() as f64/d3.as_secs_f64());
    }
}
