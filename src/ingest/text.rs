//! Plain-text and Markdown articles: one article per file.
//!
//! The id is the file stem. The first line is taken as the title when it looks like one (short,
//! not ending like a sentence, followed by more text); otherwise the article has no title.

use std::path::Path;

use crate::error::{Error, Result};
use crate::ingest::repair::repair;
use crate::model::Article;

/// Longest first line that can still be a title, in characters.
const MAX_TITLE_CHARS: usize = 200;

/// Parses one text file.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Article> {
    let location = path.display().to_string();
    let raw = std::str::from_utf8(bytes).map_err(|e| Error::BadInput {
        location: location.clone(),
        message: format!(
            "not valid UTF-8 (byte {}); convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8`",
            e.valid_up_to()
        ),
    })?;
    let text = repair(raw);
    if text.trim().is_empty() {
        return Err(Error::BadInput {
            location,
            message: "empty file; nothing to index".into(),
        });
    }
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| location.clone());
    let (title, body) = split_title(&text);
    Ok(Article {
        id,
        title,
        outlet: None,
        date: None,
        date_raw: None,
        url: None,
        path: location,
        body,
    })
}

/// Splits a title-like first line from the body.
pub fn split_title(text: &str) -> (Option<String>, String) {
    let text = text.trim_start();
    let Some((first, rest)) = text.split_once('\n') else {
        return (None, text.trim_end().to_string());
    };
    let first = first.trim().trim_start_matches('#').trim();
    if looks_like_title(first) && !rest.trim().is_empty() {
        (Some(first.to_string()), rest.trim().to_string())
    } else {
        (None, text.trim_end().to_string())
    }
}

fn looks_like_title(line: &str) -> bool {
    let chars = line.chars().count();
    let ends_like_sentence = line.ends_with(['.', '!', ',', ';', ':']);
    chars > 0
        && chars <= MAX_TITLE_CHARS
        && !ends_like_sentence
        && line.split_whitespace().count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_line_is_split_off() {
        let (title, body) = split_title("Trump hails call\nBody text here.\n");
        assert_eq!(title.as_deref(), Some("Trump hails call"));
        assert_eq!(body, "Body text here.");
    }

    #[test]
    fn paragraph_first_line_is_not_a_title() {
        let text = "In a notable development, leaders held a call on February 4, 2026.\nMore.";
        let (title, body) = split_title(text);
        assert_eq!(title, None);
        assert!(body.starts_with("In a notable"));
    }

    #[test]
    fn invalid_utf8_names_the_file() {
        let err = parse(Path::new("bad.txt"), b"abc \xff def").unwrap_err();
        assert!(err.to_string().contains("bad.txt"), "{err}");
        assert!(err.to_string().contains("UTF-8"), "{err}");
    }
}
