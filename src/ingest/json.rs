//! JSON articles: `.json` (one object or an array of them) and JSON Lines.
//!
//! Field names: factdex's own (`id`, `title`, `body`, `outlet`, `date`, `url`, `author`,
//! `language`, `tags`) and the usual aliases of news archives (`text`, `content`, `maintext`;
//! `source`, `source_domain`; `published`, `date_publish`; …), plus `--map field=theirs`. A
//! record that is not a JSON object with a body is reported with its line (or array index)
//! and skipped; the others are still read.

use serde_json::{Map, Value};

use super::{InputFile, Item, Options};
use crate::error::Error;
use crate::ingest::repair::repair;
use crate::model::{stable_hash, Article};

const BODY: &[&str] = &[
    "body",
    "text",
    "content",
    "maintext",
    "article",
    "article_body",
    "articleBody",
];
const TITLE: &[&str] = &["title", "headline"];
const OUTLET: &[&str] = &[
    "outlet",
    "source",
    "source_domain",
    "publisher",
    "site_name",
    "source_name",
];
const DATE: &[&str] = &[
    "date",
    "published",
    "date_publish",
    "published_at",
    "pubdate",
    "datePublished",
    "publish_date",
];
const URL: &[&str] = &["url", "link", "source_url"];
const ID: &[&str] = &["id", "uuid", "doc_id", "article_id", "guid"];
const AUTHOR: &[&str] = &["author", "authors", "byline", "creator"];
const LANGUAGE: &[&str] = &["language", "lang"];
const TAGS: &[&str] = &["tags", "keywords", "categories"];

/// The JSON keys to try for `ours`: a `--map` entry first, then the built-in aliases.
fn keys<'a>(ours: &str, builtin: &'a [&'a str], map: &'a [(String, String)]) -> Vec<&'a str> {
    let mut out: Vec<&str> = map
        .iter()
        .filter(|(o, _)| o == ours)
        .map(|(_, theirs)| theirs.as_str())
        .collect();
    out.extend_from_slice(builtin);
    out
}

/// A string field: a string, a number, or a list of strings joined with ", ".
fn field(obj: &Map<String, Value>, names: &[&str]) -> Option<String> {
    names
        .iter()
        .filter_map(|name| obj.get(*name))
        .find_map(|v| match v {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            Value::Array(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .filter_map(|i| i.as_str().map(|s| s.trim().to_string()))
                    .filter(|s| !s.is_empty())
                    .collect();
                (!parts.is_empty()).then(|| parts.join(", "))
            }
            _ => None,
        })
}

fn list(obj: &Map<String, Value>, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .filter_map(|name| obj.get(*name))
        .find_map(|v| match v {
            Value::Array(items) => Some(
                items
                    .iter()
                    .filter_map(|i| i.as_str().map(|s| s.trim().to_string()))
                    .collect(),
            ),
            Value::String(s) => Some(
                s.split(',')
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .collect(),
            ),
            _ => None,
        })
        .unwrap_or_default()
}

/// The first of `names` holding a non-blank string, taken out of `obj` (the body of an article
/// is its largest field: it is moved, not copied, unless it needs trimming).
fn take_text(obj: &mut Map<String, Value>, names: &[&str]) -> Option<String> {
    let name = names
        .iter()
        .find(|name| matches!(obj.get(**name), Some(Value::String(s)) if !s.trim().is_empty()))?;
    match obj.remove(*name)? {
        Value::String(s) if s.trim().len() == s.len() => Some(s),
        Value::String(s) => Some(s.trim().to_string()),
        _ => None,
    }
}

/// Builds an article from one JSON object; `location` becomes its path. Without an id or
/// URL, the id is a hash of the content, so the same record gets the same id every run.
pub fn article_from_object(
    mut obj: Map<String, Value>,
    location: &str,
    map: &[(String, String)],
) -> Result<Article, String> {
    let body_keys = keys("body", BODY, map);
    let body = take_text(&mut obj, &body_keys);
    let obj = &obj;
    let body = body.or_else(|| field(obj, &body_keys)).ok_or_else(|| {
        format!(
            "no article text: expected one of the fields {}",
            body_keys.join(", ")
        )
    })?;
    let body = repair(body);
    let url = field(obj, &keys("url", URL, map));
    let title = field(obj, &keys("title", TITLE, map)).map(repair);
    let id = field(obj, &keys("id", ID, map))
        .or_else(|| url.clone())
        .unwrap_or_else(|| {
            format!(
                "h:{:016x}",
                stable_hash(&[title.as_deref().unwrap_or(""), &body])
            )
        });
    let date_raw = field(obj, &keys("date", DATE, map));
    let mut a = Article::new(id, location, body);
    a.title = title;
    a.outlet = field(obj, &keys("outlet", OUTLET, map));
    a.date = date_raw.as_deref().and_then(iso_date);
    a.date_raw = date_raw;
    a.url = url;
    a.author = field(obj, &keys("author", AUTHOR, map));
    a.language = field(obj, &keys("language", LANGUAGE, map));
    a.tags = list(obj, &keys("tags", TAGS, map));
    Ok(a)
}

/// The date of an ISO 8601 date or timestamp (`2016-09-20`, `1987-02-26T15:01:01Z`).
pub fn iso_date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn emit(value: Value, location: String, opts: &Options, sink: &mut dyn FnMut(Item)) {
    let result = match value {
        Value::Object(obj) => article_from_object(obj, &location, &opts.map),
        _ => Err("expected a JSON object (an article)".into()),
    };
    sink(match result {
        Ok(a) => Item::Article(Box::new(a)),
        Err(message) => Item::Error(Error::BadInput { location, message }),
    });
}

/// Parses one line of a JSON Lines file.
pub fn parse_line(
    file: &InputFile,
    n: usize,
    line: &[u8],
    opts: &Options,
    sink: &mut dyn FnMut(Item),
) {
    if line.iter().all(u8::is_ascii_whitespace) {
        return;
    }
    let location = format!("{}:{n}", file.display());
    let parsed = std::str::from_utf8(line)
        .map_err(|e| format!("not valid UTF-8 at byte {}", e.valid_up_to()))
        .and_then(|text| {
            serde_json::from_str::<Value>(text).map_err(|e| format!("not valid JSON: {e}"))
        });
    match parsed {
        Ok(value) => emit(value, location, opts, sink),
        Err(message) => sink(Item::Error(Error::BadInput { location, message })),
    }
}

/// Parses a `.json` file: one article, or an array of articles.
pub fn parse_document(file: &InputFile, bytes: &[u8], opts: &Options, sink: &mut dyn FnMut(Item)) {
    let name = file.display();
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            let location = format!("{name}:{}", e.line());
            return sink(Item::Error(Error::BadInput {
                location,
                message: format!("not valid JSON: {e}"),
            }));
        }
    };
    match value {
        Value::Array(items) => {
            for (i, item) in items.into_iter().enumerate() {
                emit(item, format!("{name}[{i}]"), opts, sink);
            }
        }
        other => emit(other, name, opts, sink),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Compression, Format};
    use std::path::PathBuf;

    fn file(name: &str) -> InputFile {
        InputFile {
            path: PathBuf::from(name),
            root: PathBuf::from("."),
            format: Format::JsonLines,
            compression: Compression::None,
            size: 0,
        }
    }

    fn collect(f: impl FnOnce(&mut dyn FnMut(Item))) -> (Vec<Article>, Vec<String>) {
        let (mut arts, mut errs) = (Vec::new(), Vec::new());
        f(&mut |item| match item {
            Item::Article(a) => arts.push(*a),
            Item::Error(e) => errs.push(e.to_string()),
            Item::Warning(w) => errs.push(w),
            Item::FileDone(_) => {}
        });
        (arts, errs)
    }

    #[test]
    fn aliases_and_bad_lines() {
        let opts = Options::default();
        let f = file("x.jsonl");
        let lines: [&[u8]; 4] = [
            b"{\"maintext\": \"Body one.\", \"source_domain\": \"example.com\", \"date_publish\": \"2020-01-02 10:00:00\"}",
            b"not json",
            b"{\"title\": \"no body\"}",
            b"{\"id\": 7, \"text\": \"Body two.\", \"tags\": \"a, b\"}",
        ];
        let (arts, errs) = collect(|sink| {
            for (i, l) in lines.iter().enumerate() {
                parse_line(&f, i + 1, l, &opts, sink);
            }
        });
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].outlet.as_deref(), Some("example.com"));
        assert_eq!(arts[0].date, chrono::NaiveDate::from_ymd_opt(2020, 1, 2));
        assert!(
            arts[0].id.starts_with("h:"),
            "content-hash id: {}",
            arts[0].id
        );
        assert_eq!(arts[1].id, "7");
        assert_eq!(arts[1].tags, vec!["a", "b"]);
        assert_eq!(errs.len(), 2);
        assert!(errs[0].starts_with("x.jsonl:2: not valid JSON"), "{errs:?}");
        assert!(
            errs[1].starts_with("x.jsonl:3: no article text"),
            "{errs:?}"
        );
    }

    #[test]
    fn arrays_and_field_maps() {
        let opts = Options {
            map: vec![("body".into(), "content_original".into())],
            ..Options::default()
        };
        let doc =
            br#"[{"content_original": "Mapped body.", "url": "https://www.foxnews.com/a"}, 5]"#;
        let (arts, errs) = collect(|sink| parse_document(&file("d.json"), doc, &opts, sink));
        assert_eq!(arts.len(), 1);
        assert_eq!(arts[0].body, "Mapped body.");
        assert_eq!(arts[0].id, "https://www.foxnews.com/a");
        assert_eq!(errs, vec!["d.json[1]: expected a JSON object (an article)"]);
    }
}
