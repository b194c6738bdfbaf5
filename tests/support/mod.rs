//! Helpers shared by the integration tests: loading the case tables in `tests/data/`.

use serde_json::Value;
use std::path::PathBuf;

/// Loads `tests/data/<name>` (a JSON array of case objects).
#[track_caller]
pub fn load_cases(name: &str) -> Vec<Value> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", name]
        .iter()
        .collect();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Array(cases)) => cases,
        Ok(_) => panic!("{} is not a JSON array", path.display()),
        Err(e) => panic!("{} is not valid JSON: {e}", path.display()),
    }
}

/// The string field `key` of a case, or `None` when absent or null.
pub fn str_field<'a>(case: &'a Value, key: &str) -> Option<&'a str> {
    case.get(key).and_then(Value::as_str)
}

/// The boolean field `key` of a case; panics when it is missing (a malformed table).
#[track_caller]
pub fn bool_field(case: &Value, key: &str) -> bool {
    case.get(key)
        .and_then(Value::as_bool)
        .unwrap_or_else(|| panic!("case without boolean `{key}`: {case}"))
}

/// A source that hands out at most `step` bytes per read, to cut a streamed body anywhere.
#[cfg(feature = "models")]
#[derive(Debug)]
pub struct Trickle<'a> {
    pub bytes: &'a [u8],
    pub step: usize,
}

#[cfg(feature = "models")]
impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}
