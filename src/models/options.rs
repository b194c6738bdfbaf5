//! The settings every request model has: Joi's `abortEarly` and the limits on the JSON
//! text and on free text. Each model's public `Options` holds one of these and adds its
//! own (the BIK model's region and entry limit, update-profile's groups).

/// The largest nesting depth any model accepts: the reader recurses once per level, and
/// this keeps it far from any thread's stack limit.
pub(crate) const DEPTH_CAP: usize = 512;

/// Settings shared by both models.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Common {
    /// Stop at the first error (Joi's `abortEarly: true`).
    pub(crate) abort_early: bool,
    /// The longest JSON text accepted, in bytes.
    pub(crate) max_body_bytes: usize,
    /// The deepest nesting accepted (at most [`DEPTH_CAP`]).
    pub(crate) max_depth: usize,
    /// The longest free-text field after the free-text rule, in UTF-16 code units.
    pub(crate) max_text_length: usize,
}

impl Common {
    /// `abortEarly`, 32 levels of nesting, and the given size limits.
    pub(crate) const fn new(max_body_bytes: usize, max_text_length: usize) -> Common {
        Common {
            abort_early: true,
            max_body_bytes,
            max_depth: 32,
            max_text_length,
        }
    }

    /// `max_depth`, lowered to [`DEPTH_CAP`].
    pub(crate) fn with_max_depth(mut self, max_depth: usize) -> Common {
        self.max_depth = max_depth.min(DEPTH_CAP);
        self
    }
}
