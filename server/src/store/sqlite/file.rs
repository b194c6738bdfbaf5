//! The SQLite file as the operator sees it: which file the path names now, and whether
//! it may be written.
//!
//! An open descriptor outlives what happens at the path: after `rm` SQLite writes on into
//! the unlinked inode (lost at the next start), after `mv other.db` into the file no
//! longer there, after `chmod a-w` through the descriptor opened read-write (and root
//! ignores permissions anyway). So the store looks at the path itself, with one `stat`
//! (about a microsecond) before each use of the connection and before each commit.

use std::fs::Metadata;
use std::path::Path;

/// The identity of a file: device and inode on Unix. It stays when the file is renamed
/// and changes when another file takes its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FileId {
    dev: u64,
    ino: u64,
}

/// What the database path names at the moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PathState {
    /// Nothing, or nothing this process may look at.
    Missing,
    /// A file: its identity, and whether its mode has no write permission bit.
    File { id: FileId, read_only: bool },
}

/// Looks at `path` now.
pub(super) fn inspect(path: &Path) -> PathState {
    match std::fs::metadata(path) {
        Ok(meta) => PathState::File {
            id: file_id(&meta),
            // Any write bit (owner, group or other) counts: the mode is what an operator
            // sets to stop writes (`chmod a-w`), whoever the server runs as.
            read_only: meta.permissions().readonly(),
        },
        Err(_) => PathState::Missing,
    }
}

#[cfg(unix)]
fn file_id(meta: &Metadata) -> FileId {
    use std::os::unix::fs::MetadataExt as _;
    FileId {
        dev: meta.dev(),
        ino: meta.ino(),
    }
}

// Without inodes, only a missing or read-only file is noticed.
#[cfg(not(unix))]
fn file_id(_meta: &Metadata) -> FileId {
    FileId { dev: 0, ino: 0 }
}

#[cfg(test)]
mod tests {
    use super::{inspect, PathState};

    #[test]
    fn a_file_replaced_at_its_path_has_another_identity() {
        let dir = std::env::temp_dir().join(format!("contactkit-file-id-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (path, other) = (dir.join("a.db"), dir.join("b.db"));
        assert_eq!(inspect(&path), PathState::Missing);
        std::fs::write(&path, b"a").unwrap();
        std::fs::write(&other, b"b").unwrap();
        let PathState::File { id, read_only } = inspect(&path) else {
            panic!("a file")
        };
        assert!(!read_only);
        // Renamed away and back: the same file.
        std::fs::rename(&path, dir.join("c.db")).unwrap();
        std::fs::rename(dir.join("c.db"), &path).unwrap();
        assert!(matches!(inspect(&path), PathState::File { id: same, .. } if same == id));
        // Another file renamed over it: another identity.
        std::fs::rename(&other, &path).unwrap();
        assert!(matches!(inspect(&path), PathState::File { id: new, .. } if new != id));
        let mut permissions = std::fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&path, permissions).unwrap();
        assert!(matches!(
            inspect(&path),
            PathState::File {
                read_only: true,
                ..
            }
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
