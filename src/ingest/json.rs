//! JSON Lines articles: one JSON object per line.
//!
//! Field names: factdex's own (`id`, `title`, `body`, `outlet`, `date`, `url`) and the usual
//! aliases of news archives (`text`, `content`, `maintext`; `source`, `source_domain`;
//! `published`, `date_publish`). A line that is not a JSON object with a body is reported with
//! its line number and skipped; the other lines are still read.

use std::path::Path;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::error::Error;
use crate::ingest::repair::repair;
use crate::ingest::Ingested;
use crate::model::Article;

const BODY: &[&str] = &["body", "text", "content", "maintext", "article"];
const TITLE: &[&str] = &["title", "headline"];
const OUTLET: &[&str] = &["outlet", "source", "source_domain", "publisher"];
const DATE: &[&str] = &[
    "date",
    "published",
    "date_publish",
    "published_at",
    "pubdate",
];
const URL: &[&str] = &["url", "link"];
const ID: &[&str] = &["id", "uuid", "doc_id"];

/// Parses every line of a JSON Lines file into `out`.
pub fn parse_lines(path: &Path, bytes: &[u8], out: &mut Ingested) {
    let file = path.display().to_string();
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let location = format!("{file}:{}", n + 1);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(line, &location) {
            Ok(article) => out.articles.push(article),
            Err(message) => out.errors.push(Error::BadInput { location, message }),
        }
    }
}

fn parse_line(line: &[u8], location: &str) -> Result<Article, String> {
    let text = std::str::from_utf8(line)
        .map_err(|e| format!("not valid UTF-8 at byte {}", e.valid_up_to()))?;
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(obj) = value else {
        return Err("expected a JSON object per line".into());
    };
    article_from_object(&obj, location)
}

fn field<'a>(obj: &'a Map<String, Value>, names: &[&str]) -> Option<&'a str> {
    names
        .iter()
        .filter_map(|name| obj.get(*name))
        .find_map(|v| v.as_str().map(str::trim).filter(|s| !s.is_empty()))
}

/// Builds an article from one JSON object; `location` becomes its path (and id if none).
pub fn article_from_object(obj: &Map<String, Value>, location: &str) -> Result<Article, String> {
    let body = field(obj, BODY).ok_or_else(|| {
        format!(
            "no article text: expected one of the fields {}",
            BODY.join(", ")
        )
    })?;
    let id = match obj.get("id") {
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => field(obj, ID).map(str::to_string),
    };
    let url = field(obj, URL).map(str::to_string);
    let date_raw = field(obj, DATE).map(str::to_string);
    Ok(Article {
        id: id
            .or_else(|| url.clone())
            .unwrap_or_else(|| location.to_string()),
        title: field(obj, TITLE).map(repair),
        outlet: field(obj, OUTLET).map(str::to_string),
        date: date_raw.as_deref().and_then(iso_date),
        date_raw,
        url,
        path: location.to_string(),
        body: repair(body),
    })
}

/// The date of an ISO 8601 date or timestamp (`2016-09-20`, `1987-02-26T15:01:01Z`).
pub fn iso_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_bad_lines() {
        let data = b"{\"maintext\": \"Body one.\", \"source_domain\": \"example.com\", \"date_publish\": \"2020-01-02 10:00:00\"}\nnot json\n{\"title\": \"no body\"}\n\n{\"id\": 7, \"text\": \"Body two.\"}\n";
        let mut out = Ingested::default();
        parse_lines(Path::new("x.jsonl"), data, &mut out);
        assert_eq!(out.articles.len(), 2);
        assert_eq!(out.articles[0].outlet.as_deref(), Some("example.com"));
        assert_eq!(out.articles[0].date, NaiveDate::from_ymd_opt(2020, 1, 2));
        assert_eq!(out.articles[0].id, "x.jsonl:1");
        assert_eq!(out.articles[1].id, "7");
        let errors: Vec<String> = out.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 2);
        assert!(
            errors[0].starts_with("x.jsonl:2: not valid JSON"),
            "{errors:?}"
        );
        assert!(
            errors[1].starts_with("x.jsonl:3: no article text"),
            "{errors:?}"
        );
    }
}
