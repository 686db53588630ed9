//! The raw kb/ files: embedded defaults, optionally overlaid by a user folder.

use crate::KbError;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// kb/ files by path relative to the kb/ folder (e.g. `lexicons/boilerplate.tsv`).
#[derive(Clone, Debug, Default)]
pub struct KbFiles {
    files: BTreeMap<String, String>,
}

impl KbFiles {
    /// The files embedded in the binary at build time.
    pub fn embedded() -> KbFiles {
        let files = embedded::FILES.iter().map(|(p, c)| (p.to_string(), c.to_string())).collect();
        KbFiles { files }
    }

    /// An empty set, for tests that add their own fixture files.
    pub fn empty() -> KbFiles {
        KbFiles::default()
    }

    /// Adds or replaces one file.
    pub fn insert(&mut self, path: &str, content: impl Into<String>) {
        self.files.insert(path.to_string(), content.into());
    }

    /// Overlays a folder laid out like `kb/`: its `.tsv` files replace the
    /// files of the same relative path and add new ones.
    pub fn overlay_dir(&mut self, dir: &Path) -> Result<(), KbError> {
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let entries = fs::read_dir(&d).map_err(|e| KbError::io(&d, e))?;
            for entry in entries {
                let path = entry.map_err(|e| KbError::io(&d, e))?.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "tsv") {
                    let content = fs::read_to_string(&path).map_err(|e| KbError::io(&path, e))?;
                    let rel = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                    self.files.insert(rel, content);
                }
            }
        }
        Ok(())
    }

    /// Imports a gazetteer of the user's: a GeoNames dump, a GeoNames
    /// alternate-names file, or an OCHA P-code CSV. Its places load after the
    /// kb/ files and override rows with the same id.
    pub fn import_gazetteer(&mut self, path: &Path) -> Result<(), KbError> {
        let content = fs::read_to_string(path).map_err(|e| KbError::io(path, e))?;
        let name = path.display().to_string();
        let n = self.files.keys().filter(|k| k.starts_with("places/zz-import-")).count();
        match crate::import::import(&name, &content)? {
            crate::import::Imported::Places(tsv) => {
                self.files.insert(format!("places/zz-import-{n:03}.tsv"), tsv);
            }
            crate::import::Imported::AlternateNames(rows) => {
                let mut tsv = String::from("geonameid\tlang\tname\tpreferred\n");
                for (id, lang, alt, preferred) in rows {
                    tsv.push_str(&format!("{id}\t{lang}\t{alt}\t{}\n", u8::from(preferred)));
                }
                self.files.insert(format!("places/zz-import-{n:03}.alternates"), tsv);
            }
        }
        Ok(())
    }

    /// One file's content.
    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }

    /// Files whose path starts with `prefix` (e.g. `actors/aliases-`), in path order.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.files
            .range(prefix.to_string()..)
            .take_while(move |(p, _)| p.starts_with(prefix))
            .map(|(p, c)| (p.as_str(), c.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlay_replaces_and_adds() {
        let dir = std::env::temp_dir().join(format!("marsad-kb-overlay-{}", std::process::id()));
        fs::create_dir_all(dir.join("lexicons")).unwrap();
        fs::write(dir.join("lexicons/extra.tsv"), "phrase\tlang\tnote\nx\ten\t\n").unwrap();
        let mut files = KbFiles::empty();
        files.insert("lexicons/a.tsv", "old");
        files.overlay_dir(&dir).unwrap();
        assert_eq!(files.get("lexicons/extra.tsv").map(|c| c.lines().count()), Some(2));
        assert_eq!(files.with_prefix("lexicons/").count(), 2);
        fs::remove_dir_all(&dir).unwrap();
        assert!(files.overlay_dir(&dir).is_err());
    }

    #[test]
    fn embedded_files_are_there() {
        assert!(KbFiles::embedded().get("lexicons/boilerplate.tsv").is_some());
    }
}
