//! JSON Lines: one article per line, read with a bounded line reader.

use crate::doc::{build, Parts};
use crate::error::ReadError;
use crate::html;
use crate::{date::parse_date, ReadOptions};
use marsad_core::{Diagnostic, Document, Metadata, Origin};
use serde::Deserialize;
use std::collections::VecDeque;
use std::io::{self, BufRead};
use std::sync::Arc;

/// One article as a JSON line. Unknown fields are ignored.
#[derive(Deserialize)]
struct Record {
    id: Option<Id>,
    url: Option<String>,
    source: Option<String>,
    published: Option<String>,
    language: Option<String>,
    lang: Option<String>,
    title: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

/// An `id` given as a string or a number.
#[derive(Deserialize)]
#[serde(untagged)]
enum Id {
    Text(String),
    Number(serde_json::Number),
}

/// What the bounded reader found.
enum Line {
    /// A complete line is in the buffer.
    Ready,
    /// The line was longer than the cap (its full length); it was skipped.
    TooLong(u64),
    /// End of input.
    End,
}

/// Streams documents out of JSON Lines, one line at a time; a bad line yields
/// an error for `path:LINE` and reading goes on.
pub(crate) struct JsonLines<R> {
    reader: R,
    origin: Origin,
    opts: Arc<ReadOptions>,
    line: usize,
    buf: Vec<u8>,
    pending: VecDeque<Result<Document, Diagnostic>>,
    saw_content: bool,
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    /// Reads `reader`; `origin` is the whole input (lines get `Line`/`StdinLine` origins).
    pub(crate) fn new(reader: R, origin: Origin, opts: Arc<ReadOptions>) -> JsonLines<R> {
        JsonLines {
            reader,
            origin,
            opts,
            line: 0,
            buf: Vec::new(),
            pending: VecDeque::new(),
            saw_content: false,
            done: false,
        }
    }

    /// The origin of line `n`.
    fn line_origin(&self, n: usize) -> Origin {
        match &self.origin {
            Origin::File { path } | Origin::Line { path, .. } => Origin::Line { path: path.clone(), line: n },
            Origin::Stdin | Origin::StdinLine { .. } => Origin::StdinLine { line: n },
        }
    }

    /// Reads the next line into `buf` (without its `\n`), keeping at most the
    /// cap in memory: a longer line is consumed and reported, not loaded.
    fn next_line(&mut self) -> io::Result<Line> {
        self.buf.clear();
        let cap = self.opts.max_bytes;
        let (mut total, mut any, mut over) = (0u64, false, false);
        loop {
            let available = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                return Ok(match (any, over) {
                    (false, _) => Line::End,
                    (true, true) => Line::TooLong(total),
                    (true, false) => Line::Ready,
                });
            }
            any = true;
            let newline = memchr::memchr(b'\n', available);
            let chunk = available.get(..newline.unwrap_or(available.len())).unwrap_or_default();
            total += chunk.len() as u64;
            if !over {
                if self.buf.len() + chunk.len() > cap {
                    over = true;
                    self.buf = Vec::new();
                } else {
                    self.buf.extend_from_slice(chunk);
                }
            }
            let used = chunk.len() + usize::from(newline.is_some());
            self.reader.consume(used);
            if newline.is_some() {
                return Ok(if over { Line::TooLong(total) } else { Line::Ready });
            }
        }
    }

    /// Turns the line in `buf` into queued items (nothing for a blank line).
    fn parse_line(&mut self, origin: Origin) {
        let mut bytes = self.buf.as_slice();
        if self.line == 1 {
            if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
                self.pending.push_back(Err(ReadError::Utf16Lines.at(&self.origin)));
                self.done = true;
                return;
            }
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        self.saw_content = true;
        let items = match std::str::from_utf8(bytes) {
            Err(e) => vec![Err(ReadError::LineNotUtf8 { offset: e.valid_up_to() }.at(&origin))],
            Ok(line) => record(line, origin, &self.opts),
        };
        self.pending.extend(items);
    }
}

/// Parses one non-blank line into a document (plus a warning for an unreadable date).
fn record(line: &str, origin: Origin, opts: &ReadOptions) -> Vec<Result<Document, Diagnostic>> {
    if !line.trim_start().starts_with('{') {
        return vec![Err(ReadError::NotObject.at(&origin))];
    }
    let rec: Record = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => return vec![Err(ReadError::Json(e).at(&origin))],
    };
    let mut items = Vec::new();
    let published = rec.published.as_deref().map(str::trim).filter(|p| !p.is_empty());
    let published_date = published.and_then(parse_date);
    if let (Some(p), None) = (published, published_date) {
        items.push(Err(Diagnostic::warning(
            origin.to_string(),
            format!("`published` value {p:?} is not a date (YYYY-MM-DD or RFC 3339); left empty"),
        )));
    }
    let mut meta = Metadata {
        url: rec.url.filter(|u| !u.trim().is_empty()),
        source: rec.source.filter(|s| !s.trim().is_empty()),
        published: published_date,
        declared_language: rec.language.or(rec.lang).filter(|l| !l.trim().is_empty()),
        encoding: "UTF-8".to_string(),
        format: "jsonl".to_string(),
    };
    let id = rec.id.map(|id| match id {
        Id::Text(s) => s,
        Id::Number(n) => n.to_string(),
    });
    let (title, body) = match (rec.text.filter(|t| !t.trim().is_empty()), rec.html) {
        (Some(text), _) => (rec.title, crate::text::normalise_newlines(text)),
        (None, Some(page)) => {
            let site = meta.source.as_deref().or(opts.source.as_deref());
            let x = html::extract(&page, site);
            if x.flattened {
                items.push(Err(html::flattened_warning(&origin)));
            }
            meta.published = meta.published.or(x.published);
            meta.source = meta.source.or(x.site_name);
            meta.url = meta.url.or(x.url);
            meta.declared_language = meta.declared_language.or(x.lang);
            (rec.title.or(x.title), x.body)
        }
        (None, None) => return vec![Err(ReadError::MissingText.at(&origin))],
    };
    if body.trim().is_empty() && title.as_deref().is_none_or(|t| t.trim().is_empty()) {
        items.push(Err(ReadError::MissingText.at(&origin)));
        return items;
    }
    items.push(Ok(build(Parts { id, title, body, meta }, origin, opts)));
    items
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Document, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            let next = self.next_line();
            self.line += 1;
            let origin = self.line_origin(self.line);
            match next {
                Ok(Line::Ready) => self.parse_line(origin),
                Ok(Line::TooLong(size)) => {
                    self.saw_content = true;
                    let cap = self.opts.max_bytes;
                    return Some(Err(ReadError::LineTooLarge { size, cap }.at(&origin)));
                }
                Ok(Line::End) => {
                    self.done = true;
                    if !self.saw_content {
                        return Some(Err(ReadError::NoLines.at(&self.origin)));
                    }
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(ReadError::Io(e).at(&origin)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str, opts: ReadOptions) -> Vec<Result<Document, Diagnostic>> {
        JsonLines::new(input.as_bytes(), Origin::File { path: "n.jsonl".into() }, Arc::new(opts)).collect()
    }

    #[test]
    fn lines_become_documents_and_bad_lines_errors() {
        let input = concat!(
            "{\"id\": 7, \"title\": \"عنوان\", \"text\": \"متن الخبر\", \"published\": \"2024-02-01T08:00:00Z\", \"lang\": \"ar\"}\n",
            "\n",
            "{\"text\": \"broken\"\n",
            "[1, 2]\n",
            "{\"title\": \"no body\"}\r\n",
            "{\"html\": \"<html lang=fa><head><meta property=og:site_name content=Tasnim></head><body><nav>منو</nav><p>خبر</p></body></html>\", \"published\": \"soon\"}",
        );
        let items = read(input, ReadOptions::default());
        assert_eq!(items.len(), 6, "{items:?}");
        let first = items[0].as_ref().expect("line 1 reads");
        assert_eq!(first.id, "7");
        assert_eq!(first.text, "عنوان\n\nمتن الخبر");
        assert_eq!(first.origin.to_string(), "n.jsonl:1");
        assert_eq!(first.meta.published, chrono::NaiveDate::from_ymd_opt(2024, 2, 1));
        assert_eq!(first.meta.declared_language.as_deref(), Some("ar"));
        let errs: Vec<&Diagnostic> = items.iter().filter_map(|i| i.as_ref().err()).collect();
        assert_eq!(errs[0].origin, "n.jsonl:3");
        assert!(errs[0].message.contains("not valid JSON"), "{}", errs[0].message);
        assert_eq!(errs[1].origin, "n.jsonl:4");
        assert!(errs[1].message.contains("not a JSON object"));
        assert_eq!(errs[2].origin, "n.jsonl:5");
        assert!(errs[2].message.contains("neither"));
        assert_eq!(errs[3].severity, marsad_core::Severity::Warning);
        assert_eq!(errs[3].origin, "n.jsonl:6");
        let last = items[5].as_ref().expect("html line reads");
        assert_eq!(last.text, "خبر");
        assert_eq!(last.meta.source.as_deref(), Some("Tasnim"));
        assert_eq!(last.meta.declared_language.as_deref(), Some("fa"));
        assert_eq!(last.meta.published, None);
        assert!(last.id.starts_with("doc-"));
    }

    #[test]
    fn long_lines_are_skipped_without_loading() {
        let long = format!("{{\"text\": \"{}\"}}", "x".repeat(100));
        let input = format!("{long}\n{{\"text\": \"ok\"}}\n");
        let items = read(&input, ReadOptions { max_bytes: 50, ..ReadOptions::default() });
        let err = items[0].as_ref().expect_err("long line fails");
        assert!(err.message.contains(&format!("{} bytes", long.len())), "{}", err.message);
        assert!(err.message.contains("--max-bytes"));
        assert_eq!(items[1].as_ref().map(|d| d.text.as_str()).ok(), Some("ok"));
    }

    #[test]
    fn blank_input_is_an_error() {
        let items = read("\n  \n", ReadOptions::default());
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].as_ref().err().map(|d| d.origin.as_str()), Some("n.jsonl"));
    }
}
