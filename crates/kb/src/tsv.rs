//! Reading kb/ TSV files: a header line naming the columns, then one row per line.

use std::fmt;
use std::path::Path;

/// A problem in a kb/ file, with the file and line.
#[derive(Debug)]
pub struct KbError {
    /// The kb/ file (relative path) or folder.
    pub file: String,
    /// 1-based line, 0 when the problem is not on one line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl KbError {
    pub(crate) fn at(file: &str, line: usize, message: impl Into<String>) -> KbError {
        KbError { file: file.to_string(), line, message: message.into() }
    }

    pub(crate) fn io(path: &Path, err: std::io::Error) -> KbError {
        KbError { file: path.display().to_string(), line: 0, message: err.to_string() }
    }
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

impl std::error::Error for KbError {}

/// One data row: its line number and fields addressed by column name.
pub(crate) struct Row<'a> {
    pub line: usize,
    /// Fields in the order the columns were requested.
    fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The field of the `i`-th requested column (trimmed; empty when absent).
    pub fn get(&self, i: usize) -> &'a str {
        self.fields.get(i).map_or("", |s| s.trim())
    }
}

/// Parses `content` of `file`, checking that the header has every column in
/// `wanted`; rows are handed to `each` with fields in `wanted` order.
pub(crate) fn read<'a>(
    file: &str,
    content: &'a str,
    wanted: &[&str],
    mut each: impl FnMut(Row<'a>) -> Result<(), KbError>,
) -> Result<(), KbError> {
    let mut lines = content.lines().enumerate();
    let Some((_, header)) = lines.next() else {
        return Err(KbError::at(file, 1, "empty file: a header line is required"));
    };
    let names: Vec<&str> = header.trim_start_matches('\u{feff}').split('\t').map(str::trim).collect();
    let mut columns = Vec::with_capacity(wanted.len());
    for w in wanted {
        match names.iter().position(|n| n == w) {
            Some(i) => columns.push(i),
            None => return Err(KbError::at(file, 1, format!("missing column {w:?} (header has {names:?})"))),
        }
    }
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let all: Vec<&str> = line.split('\t').collect();
        let fields = columns.iter().map(|&c| all.get(c).copied().unwrap_or("")).collect();
        each(Row { line: i + 1, fields })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_found_by_name_in_any_order() {
        let mut seen = Vec::new();
        read("t.tsv", "b\ta\n1\t2\n\n3\t4\n", &["a", "b"], |r| {
            seen.push((r.line, r.get(0).to_string(), r.get(1).to_string()));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, vec![(2, "2".into(), "1".into()), (4, "4".into(), "3".into())]);
    }

    #[test]
    fn missing_column_names_file_and_line() {
        let err = read("t.tsv", "a\n1\n", &["a", "z"], |_| Ok(())).unwrap_err();
        assert_eq!(err.to_string().split(':').take(2).collect::<Vec<_>>(), ["t.tsv", "1"]);
        assert!(read("e.tsv", "", &["a"], |_| Ok(())).is_err());
    }
}
