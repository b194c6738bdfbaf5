//! The files a run writes: refused when they would overwrite what is read, and written
//! through a temporary file that takes the final name only when the run ends.
//!
//! Two rules keep a run from destroying its own input (issue #15):
//!
//! - **No output is the input, nor another output.** Files are compared by identity
//!   (device and inode), not by name, so a hard link, a symbolic link, `./x` and standard
//!   input redirected from the file (`check - --out f < f`) are all caught, before any
//!   file is opened for writing. Character devices (`/dev/null`, a terminal) may be shared.
//! - **An output appears whole or not at all.** A regular file (or a new name) is written
//!   to `.NAME.contactkit-PID-N.tmp` in the same directory, then renamed over `NAME` when
//!   the run ends; a run that fails to write, or is interrupted, leaves `NAME` as it was
//!   (an interrupted run may leave the hidden temporary file, never a half-written
//!   `NAME`). A symbolic link stays a link: the file it points to is replaced. Other
//!   existing files (FIFOs, devices, and anything under `/dev` or `/proc`, such as
//!   `/dev/stderr`) are written in place.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::bail;

use crate::input::is_stdio;

/// How many temporary names are tried before giving up (another run may hold one).
const TEMP_ATTEMPTS: u32 = 64;

/// What makes two open files the same file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
    /// Character devices (`/dev/null`, a terminal) may be input and outputs at once.
    shareable: bool,
}

#[cfg(unix)]
fn file_id(meta: &Metadata) -> Option<FileId> {
    use std::os::unix::fs::{FileTypeExt as _, MetadataExt as _};
    Some(FileId {
        dev: meta.dev(),
        ino: meta.ino(),
        shareable: meta.file_type().is_char_device(),
    })
}

#[cfg(not(unix))]
fn file_id(_meta: &Metadata) -> Option<FileId> {
    None
}

/// The identity of standard input or output, if it is a file.
#[cfg(unix)]
fn stdio_id(stdout: bool) -> Option<FileId> {
    use std::os::fd::AsFd as _;
    let fd = if stdout {
        io::stdout().as_fd().try_clone_to_owned()
    } else {
        io::stdin().as_fd().try_clone_to_owned()
    };
    file_id(&File::from(fd.ok()?).metadata().ok()?)
}

#[cfg(not(unix))]
fn stdio_id(_stdout: bool) -> Option<FileId> {
    None
}

/// A path as compared when the file does not exist yet: its canonical folder and name.
fn future_name(path: &Path) -> PathBuf {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match (parent.canonicalize(), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}

/// Refuses a run whose outputs (`(flag, path)`, `-` for standard output) include the
/// input (`-` for standard input) or name one file twice, before anything is written.
///
/// # Errors
///
/// The message names the flag and the file, e.g. `--summary-json v.csv is the input
/// file`.
pub fn refuse_overlaps(input: &Path, outputs: &[(&str, &Path)]) -> anyhow::Result<()> {
    let input_id = if is_stdio(input) {
        stdio_id(false)
    } else {
        fs::metadata(input).ok().as_ref().and_then(file_id)
    }
    .filter(|id| !id.shareable);
    let how = if is_stdio(input) {
        " (standard input is read from it)"
    } else {
        ""
    };
    let mut seen: Vec<(&str, &Path, Result<FileId, PathBuf>)> = Vec::new();
    for &(flag, path) in outputs {
        let id = if is_stdio(path) {
            stdio_id(true).filter(|id| !id.shareable)
        } else {
            fs::metadata(path).ok().as_ref().and_then(file_id)
        };
        if id.is_some() && id == input_id {
            let name = if is_stdio(path) {
                "standard output".to_owned()
            } else {
                path.display().to_string()
            };
            bail!("{flag} {name} is the input file{how}; refusing to overwrite it");
        }
        if is_stdio(path) {
            continue;
        }
        let key = match id {
            Some(id) if id.shareable => continue,
            Some(id) => Ok(id),
            None => Err(future_name(path)),
        };
        if let Some((other, _, _)) = seen.iter().find(|(_, _, k)| *k == key) {
            bail!(
                "{other} and {flag} are the same file ({}); each output needs its own",
                path.display()
            );
        }
        seen.push((flag, path, key));
    }
    Ok(())
}

/// An output being written: standard output, a file written in place, or a temporary
/// file renamed over the final name by [`Target::commit`] (removed if never committed).
#[derive(Debug)]
pub enum Target {
    /// Standard output.
    Stdout(io::Stdout),
    /// An existing file that is not a regular file (a FIFO, `/dev/null`).
    InPlace(File),
    /// A temporary file next to `path`.
    Temp(TempFile),
}

/// A temporary file that replaces `path` when committed.
#[derive(Debug)]
pub struct TempFile {
    file: File,
    temp: PathBuf,
    path: PathBuf,
    committed: bool,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

impl Target {
    /// Opens `path` for writing as the module docs say (`-` is standard output).
    ///
    /// # Errors
    ///
    /// The file (or its temporary file) cannot be created.
    pub fn create(path: &Path) -> io::Result<Target> {
        if is_stdio(path) {
            return Ok(Target::Stdout(io::stdout()));
        }
        let existing = fs::metadata(path).ok();
        if existing.as_ref().is_some_and(Metadata::is_dir) {
            return Err(io::Error::other("it is a directory"));
        }
        // `/dev/stderr` and `/proc/self/fd/2` name files open in another process (the
        // shell's redirect): replacing the file would detach it, so they are written in
        // place, as are FIFOs and devices.
        let open_file = path.starts_with("/dev") || path.starts_with("/proc");
        if existing.is_some() && (open_file || existing.as_ref().is_some_and(|m| !m.is_file())) {
            return OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(path)
                .map(Target::InPlace);
        }
        // A symbolic link stays a link: the file it points to is replaced.
        let resolved;
        let path = match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                resolved = path.canonicalize()?;
                resolved.as_path()
            }
            _ => path,
        };
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let mut last = io::Error::other("no temporary name is free");
        for n in 0..TEMP_ATTEMPTS {
            let temp = dir.join(format!(".{name}.contactkit-{}-{n}.tmp", std::process::id()));
            match OpenOptions::new().write(true).create_new(true).open(&temp) {
                Ok(file) => {
                    let temp = TempFile {
                        file,
                        temp,
                        path: path.to_path_buf(),
                        committed: false,
                    };
                    if let Some(meta) = &existing {
                        // The replacement keeps the permissions of the file it replaces.
                        fs::set_permissions(&temp.temp, meta.permissions())?;
                    }
                    return Ok(Target::Temp(temp));
                }
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => last = err,
                Err(err) => return Err(err),
            }
        }
        Err(last)
    }

    /// Gives the output its final name (a no-op but for temporary files).
    ///
    /// # Errors
    ///
    /// The rename fails.
    pub fn commit(self) -> io::Result<()> {
        match self {
            Target::Temp(mut temp) => {
                fs::rename(&temp.temp, &temp.path)?;
                temp.committed = true;
                Ok(())
            }
            Target::Stdout(_) | Target::InPlace(_) => Ok(()),
        }
    }
}

impl Write for Target {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Target::Stdout(out) => out.write(buf),
            Target::InPlace(file) => file.write(buf),
            Target::Temp(temp) => temp.file.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Target::Stdout(out) => out.write_all(buf),
            Target::InPlace(file) => file.write_all(buf),
            Target::Temp(temp) => temp.file.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Target::Stdout(out) => out.flush(),
            Target::InPlace(file) => file.flush(),
            Target::Temp(temp) => temp.file.flush(),
        }
    }
}
