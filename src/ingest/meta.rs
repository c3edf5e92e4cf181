//! Article metadata resolution: outlet (metadata → `--outlet` → `corpus.toml` → URL domain),
//! dates kept as written, and the per-folder `corpus.toml`.
//!
//! The outlet is never guessed from the text: a dateline or a cited agency ("Xinhua
//! reported") is not the publisher.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;

use super::{Item, Options};
use crate::model::Article;

const OUTLETS_TOML: &str = include_str!("../../schema/outlets.toml");

#[derive(Debug, Deserialize, Default)]
struct OutletsFile {
    domains: HashMap<String, String>,
}

fn outlets() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        toml::from_str::<OutletsFile>(OUTLETS_TOML)
            .map(|f| f.domains)
            .unwrap_or_default()
    })
}

/// The host of a URL, lower-cased, without `www.`.
pub fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .rsplit('@')
        .next()?
        .split(':')
        .next()?;
    let host = host.trim().to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (host.contains('.') && !host.contains(' ')).then_some(host)
}

/// The outlet of a URL: the outlets table, trying parent domains, else the domain itself.
pub fn outlet_of_url(url: &str) -> Option<String> {
    let host = domain(url)?;
    let mut h = host.as_str();
    loop {
        if let Some(name) = outlets().get(h) {
            return Some(name.clone());
        }
        match h.split_once('.') {
            Some((_, parent)) if parent.contains('.') => h = parent,
            _ => return Some(host),
        }
    }
}

/// Metadata of a folder, from its `corpus.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Folder {
    /// Outlet of the folder's articles.
    pub outlet: Option<String>,
    /// Language of the folder's articles.
    pub language: Option<String>,
}

/// Cache of `corpus.toml` files by folder.
#[derive(Debug, Default)]
pub struct FolderMeta {
    cache: HashMap<PathBuf, Folder>,
}

impl FolderMeta {
    /// The metadata that applies to `file`: the nearest `corpus.toml` in its folder or above.
    pub fn for_file(&mut self, file: &Path, sink: &mut dyn FnMut(Item)) -> Folder {
        let mut dir = file.parent();
        while let Some(d) = dir {
            if let Some(f) = self.cache.get(d) {
                return f.clone();
            }
            let path = d.join("corpus.toml");
            if path.is_file() {
                let folder = match std::fs::read_to_string(&path)
                    .map_err(|e| e.to_string())
                    .and_then(|t| toml::from_str::<Folder>(&t).map_err(|e| e.to_string()))
                {
                    Ok(f) => f,
                    Err(e) => {
                        sink(Item::Warning(format!("{}: ignored: {e}", path.display())));
                        Folder::default()
                    }
                };
                self.cache.insert(d.to_path_buf(), folder.clone());
                return folder;
            }
            dir = d.parent();
        }
        Folder::default()
    }
}

/// Completes an article's metadata: outlet by precedence, language from the folder. (Dates
/// other than ISO are parsed by extraction, which also finds dates in the text.)
pub fn finish(a: &mut Article, opts: &Options, folder: &Folder, _sink: &mut dyn FnMut(Item)) {
    if a.outlet.is_none() {
        a.outlet = opts
            .outlet
            .clone()
            .or_else(|| folder.outlet.clone())
            .or_else(|| a.url.as_deref().and_then(outlet_of_url));
    }
    if a.language.is_none() {
        a.language = folder.language.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_from_urls() {
        assert_eq!(
            outlet_of_url("https://www.nytimes.com/2010/07/03/us/x.html").as_deref(),
            Some("The New York Times")
        );
        assert_eq!(
            outlet_of_url("http://edition.cnn.com/a").as_deref(),
            Some("CNN")
        );
        assert_eq!(
            outlet_of_url("https://news.example.org/a?b").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(outlet_of_url("not a url"), None);
    }
}
