//! Streaming over inputs: files, directories (walked lazily, sorted) and stdin.

use crate::error::ReadError;
use crate::jsonl::JsonLines;
use crate::{read_bytes, Format, ReadOptions, SNIFF_BYTES};
use marsad_core::{Diagnostic, Document, Origin};
use std::collections::VecDeque;
use std::ffi::OsStr;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One command-line input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputPath {
    /// Standard input (`-`).
    Stdin,
    /// A file or a directory.
    Path(PathBuf),
}

impl From<PathBuf> for InputPath {
    /// `-` is standard input; anything else a path.
    fn from(path: PathBuf) -> InputPath {
        if path.as_os_str() == "-" {
            InputPath::Stdin
        } else {
            InputPath::Path(path)
        }
    }
}

impl From<&str> for InputPath {
    /// `-` is standard input; anything else a path.
    fn from(arg: &str) -> InputPath {
        InputPath::from(PathBuf::from(arg))
    }
}

/// Extensions of files a directory walk skips without comment.
const NOT_DOCUMENTS: [&str; 44] = [
    "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "pdf", "zip", "gz", "tgz", "bz2",
    "xz", "zst", "7z", "rar", "tar", "exe", "dll", "so", "dylib", "o", "a", "class", "jar", "pyc", "wasm", "mp3",
    "mp4", "wav", "ogg", "avi", "mkv", "mov", "webm", "woff", "woff2", "ttf", "css", "js",
];

/// True for entries a directory walk skips: hidden names and obvious non-documents.
fn skipped_in_walk(path: &Path) -> bool {
    let hidden = path.file_name().and_then(OsStr::to_str).is_some_and(|n| n.starts_with('.'));
    let not_doc = path
        .extension()
        .and_then(OsStr::to_str)
        .is_some_and(|e| NOT_DOCUMENTS.contains(&e.to_ascii_lowercase().as_str()));
    hidden || not_doc
}

/// The items of the input being read.
enum Current {
    /// Nothing open.
    Idle,
    /// A whole-document input, already read.
    Items(std::vec::IntoIter<Result<Document, Diagnostic>>),
    /// A JSON Lines stream, read line by line.
    Lines(JsonLines<Box<dyn BufRead + Send>>),
}

/// Documents and diagnostics from a list of inputs, one at a time, in order.
/// `Send`, so it can feed `rayon`'s `par_bridge`.
pub struct Inputs {
    opts: Arc<ReadOptions>,
    queue: VecDeque<InputPath>,
    /// Directory walk: per open directory, its remaining entries in sorted order.
    dirs: Vec<std::vec::IntoIter<PathBuf>>,
    current: Current,
}

/// Reads `paths` in order, directories recursively (sorted by name, hidden
/// files and obvious non-documents skipped, symlinked directories not followed).
/// Each item is a document or a [`Diagnostic`] naming the file (and line);
/// errors skip only what they name, and warnings skip nothing.
pub fn read_inputs(paths: &[InputPath], opts: &ReadOptions) -> Inputs {
    Inputs {
        opts: Arc::new(opts.clone()),
        queue: paths.iter().cloned().collect(),
        dirs: Vec::new(),
        current: Current::Idle,
    }
}

impl Iterator for Inputs {
    type Item = Result<Document, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let item = match &mut self.current {
                Current::Idle => None,
                Current::Items(items) => items.next(),
                Current::Lines(lines) => lines.next(),
            };
            if item.is_some() {
                return item;
            }
            self.current = Current::Idle;
            if let Some(path) = self.next_walked() {
                self.current = self.open(path);
                continue;
            }
            if !matches!(self.current, Current::Idle) || !self.dirs.is_empty() {
                continue; // a directory listing error to report, then more of the walk
            }
            match self.queue.pop_front()? {
                InputPath::Stdin => self.current = open_stdin(&self.opts),
                InputPath::Path(path) => match fs::metadata(&path) {
                    Ok(meta) if meta.is_dir() => self.enter(&path),
                    Ok(_) => self.current = self.open(path),
                    Err(e) => self.current = fail(ReadError::Io(e), &file_origin(&path)),
                },
            }
        }
    }
}

impl Inputs {
    /// The next file of the directory walk, descending into subdirectories.
    fn next_walked(&mut self) -> Option<PathBuf> {
        loop {
            let entries = self.dirs.last_mut()?;
            let Some(path) = entries.next() else {
                self.dirs.pop();
                continue;
            };
            if skipped_in_walk(&path) {
                continue;
            }
            let kind = match fs::symlink_metadata(&path) {
                Ok(meta) => meta.file_type(),
                Err(_) => return Some(path), // opening it reports the error
            };
            if kind.is_dir() {
                self.enter(&path);
                if !matches!(self.current, Current::Idle) {
                    return None; // a listing error to report first
                }
            } else if kind.is_symlink() {
                // Follow links to files, not to directories (no cycles).
                if fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                    continue;
                }
                return Some(path);
            } else {
                return Some(path);
            }
        }
    }

    /// Starts walking directory `path`, or queues the error listing it.
    fn enter(&mut self, path: &Path) {
        match list_dir(path) {
            Ok(entries) => self.dirs.push(entries.into_iter()),
            Err(e) => self.current = fail(ReadError::Dir(e), &file_origin(path)),
        }
    }

    /// Opens one file: JSON Lines stream; text and HTML are read whole, after
    /// checking the size from metadata so oversized files are never loaded.
    fn open(&self, path: PathBuf) -> Current {
        let origin = file_origin(&path);
        match open_file(&path, &self.opts) {
            Ok(Opened::Lines(reader)) => Current::Lines(JsonLines::new(reader, origin, self.opts.clone())),
            Ok(Opened::Whole(bytes, hint)) => Current::Items(read_bytes(&bytes, origin, hint, &self.opts).into_iter()),
            Err(e) => fail(e, &origin),
        }
    }
}

/// A file ready to be read.
enum Opened {
    /// JSON Lines, to stream.
    Lines(Box<dyn BufRead + Send>),
    /// A whole document's bytes, and its format if known.
    Whole(Vec<u8>, Option<Format>),
}

fn open_file(path: &Path, opts: &ReadOptions) -> Result<Opened, ReadError> {
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    let hint = Format::from_path(path);
    let file = File::open(path)?;
    if hint == Some(Format::Jsonl) {
        return Ok(Opened::Lines(Box::new(BufReader::with_capacity(1 << 16, file))));
    }
    if meta.len() == 0 {
        return Err(ReadError::Empty);
    }
    let size = meta.len();
    match hint {
        Some(format) => {
            if size > opts.max_bytes as u64 {
                return Err(ReadError::TooLarge { size, cap: opts.max_bytes });
            }
            let bytes = read_capped(file, Vec::new(), opts.max_bytes)?;
            Ok(Opened::Whole(bytes, Some(format)))
        }
        None => sniffed(file, opts.max_bytes, Some(size)),
    }
}

/// Reads the first bytes of an input of unknown format: JSON Lines are
/// streamed (the sniffed bytes chained back in front), others read whole.
fn sniffed<R: Read + Send + 'static>(mut reader: R, cap: usize, size: Option<u64>) -> Result<Opened, ReadError> {
    let mut head = Vec::new();
    (&mut reader).take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
    let format = Format::sniff(&head);
    if format == Format::Jsonl {
        let chained = io::Cursor::new(head).chain(reader);
        return Ok(Opened::Lines(Box::new(BufReader::with_capacity(1 << 16, chained))));
    }
    if let Some(size) = size.filter(|s| *s > cap as u64) {
        return Err(ReadError::TooLarge { size, cap });
    }
    Ok(Opened::Whole(read_capped(reader, head, cap)?, None))
}

/// Appends `reader`'s bytes to `bytes`, failing once the total exceeds `cap`.
fn read_capped(reader: impl Read, mut bytes: Vec<u8>, cap: usize) -> Result<Vec<u8>, ReadError> {
    let room = (cap as u64 + 1).saturating_sub(bytes.len() as u64);
    reader.take(room).read_to_end(&mut bytes)?;
    if bytes.len() > cap {
        let size = bytes.len() as u64;
        return Err(ReadError::TooLarge { size, cap });
    }
    Ok(bytes)
}

fn open_stdin(opts: &Arc<ReadOptions>) -> Current {
    match sniffed(io::stdin(), opts.max_bytes, None) {
        Ok(Opened::Lines(reader)) => Current::Lines(JsonLines::new(reader, Origin::Stdin, opts.clone())),
        Ok(Opened::Whole(bytes, hint)) => Current::Items(read_bytes(&bytes, Origin::Stdin, hint, opts).into_iter()),
        Err(ReadError::TooLarge { cap, .. }) => fail(ReadError::StdinTooLarge { cap }, &Origin::Stdin),
        Err(e) => fail(e, &Origin::Stdin),
    }
}

/// Directory entries, sorted by name (byte order) for determinism.
fn list_dir(path: &Path) -> io::Result<Vec<PathBuf>> {
    let mut entries = fs::read_dir(path)?.map(|e| e.map(|e| e.path())).collect::<io::Result<Vec<_>>>()?;
    entries.sort();
    Ok(entries)
}

fn file_origin(path: &Path) -> Origin {
    Origin::File { path: path.to_path_buf() }
}

fn fail(e: ReadError, origin: &Origin) -> Current {
    Current::Items(vec![Err(e.at(origin))].into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send<T: Send>() {}

    #[test]
    fn inputs_are_send_and_dash_is_stdin() {
        assert_send::<Inputs>();
        assert_eq!(InputPath::from("-"), InputPath::Stdin);
        assert_eq!(InputPath::from("a/-"), InputPath::Path("a/-".into()));
    }

    #[test]
    fn walk_skips_hidden_and_non_documents() {
        assert!(skipped_in_walk(Path::new("d/.DS_Store")));
        assert!(skipped_in_walk(Path::new("d/photo.JPG")));
        assert!(!skipped_in_walk(Path::new("d/news.html")));
        assert!(!skipped_in_walk(Path::new("d/README")));
    }
}
