//! The indexing run: ingest → extract → index, in committed batches, incrementally.
//!
//! Each article is compared with what the index holds under its id: unchanged articles are
//! skipped, changed ones replaced (delete + add by id, in one commit), new ones added, exact
//! duplicates of another article's text reported and indexed once. Extraction runs on all
//! cores; every batch ends with a commit, so an interrupted run loses at most its current
//! batch and a re-run completes it with nothing lost or doubled.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::extract::{extract_with_hashes, median_date, resolve_dates};
use crate::index::{Backend, Upsert};
use crate::ingest::{self, Item};
use crate::model::Article;

/// Settings of an indexing run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Files and folders to read; `-` is standard input.
    pub paths: Vec<PathBuf>,
    /// How to read them.
    pub ingest: ingest::Options,
    /// Date against which yearless dates are read when the corpus gives no context.
    pub reference_date: Option<NaiveDate>,
    /// Remove articles whose source files are gone.
    pub prune: bool,
    /// Articles per committed batch.
    pub batch_articles: usize,
    /// Text bytes per committed batch.
    pub batch_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            paths: Vec::new(),
            ingest: ingest::Options::default(),
            reference_date: None,
            prune: false,
            batch_articles: 10_000,
            batch_bytes: 48 << 20,
        }
    }
}

/// What an indexing run did.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// New articles.
    pub added: usize,
    /// Articles replaced because they changed.
    pub updated: usize,
    /// Articles already indexed as they are.
    pub unchanged: usize,
    /// Articles whose text duplicates another article's; indexed once.
    pub duplicates: usize,
    /// Articles removed because their source file is gone (`--prune`).
    pub pruned: usize,
    /// Inputs skipped because of an error.
    pub skipped: usize,
    /// Passages written.
    pub passages: usize,
    /// Figures written.
    pub figures: usize,
    /// Megabytes of input read.
    pub megabytes: f64,
    /// Wall time.
    pub seconds: f64,
    /// One line per skipped input.
    pub errors: Vec<String>,
    /// One line per problem that did not stop an article.
    pub warnings: Vec<String>,
}

/// Receives what happens during a run: problems as they occur, progress per file.
pub trait Observer {
    /// An input was skipped.
    fn error(&mut self, message: &str);
    /// A problem that did not stop an article.
    fn warning(&mut self, message: &str);
    /// `bytes` more of the input were read; `articles` so far.
    fn progress(&mut self, bytes: u64, articles: usize);
}

/// Articles extracted together before they are handed to the index.
const EXTRACT_CHUNK: usize = 128;

/// Hashes of an article as read, and whether its id was already indexed.
type PendingMeta = ((u64, u64), bool);

struct Run<'a> {
    backend: &'a mut dyn Backend,
    opts: &'a Options,
    stored: HashMap<String, crate::index::StoredArticle>,
    bodies: HashMap<u64, String>,
    seen: HashSet<String>,
    batch: Vec<(Article, (u64, u64), bool)>,
    batch_bytes: usize,
    reference: Option<NaiveDate>,
    summary: Summary,
}

impl Run<'_> {
    fn accept(&mut self, mut a: Article, obs: &mut dyn Observer) -> Result<()> {
        if self.seen.contains(&a.id) {
            // two different articles under one id: keep both, the later one under its location
            let unique = format!("{}@{}", a.id, a.path);
            let w = format!(
                "{}: id {:?} was already used in this run; indexed as {unique:?}",
                a.path, a.id
            );
            obs.warning(&w);
            self.summary.warnings.push(w);
            a.id = unique;
        }
        self.seen.insert(a.id.clone());
        let hashes = (a.body_hash(), a.meta_hash());
        if let Some(first) = self.bodies.get(&hashes.0).filter(|first| **first != a.id) {
            let w = format!("{}: same text as article {first:?}; indexed once", a.path);
            obs.warning(&w);
            self.summary.warnings.push(w);
            self.summary.duplicates += 1;
            return Ok(());
        }
        self.bodies.insert(hashes.0, a.id.clone());
        let existed = match self.stored.get(&a.id) {
            Some(s) if (s.body_hash, s.meta_hash) == hashes => {
                self.summary.unchanged += 1;
                return Ok(());
            }
            Some(_) => true,
            None => false,
        };
        self.batch_bytes += a.body.len();
        self.batch.push((a, hashes, existed));
        if self.batch.len() >= self.opts.batch_articles || self.batch_bytes >= self.opts.batch_bytes
        {
            self.flush(obs)?;
        }
        Ok(())
    }

    fn flush(&mut self, obs: &mut dyn Observer) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.batch);
        self.batch_bytes = 0;
        let mut articles = Vec::with_capacity(batch.len());
        let mut rest: Vec<PendingMeta> = Vec::with_capacity(batch.len());
        for (a, hashes, existed) in batch {
            articles.push(a);
            rest.push((hashes, existed));
        }
        let fallback = self
            .reference
            .or(self.opts.reference_date)
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        for w in resolve_dates(&mut articles, fallback) {
            obs.warning(&w);
            self.summary.warnings.push(w);
        }
        if self.reference.is_none() {
            self.reference = median_date(&articles);
        }
        for (_, existed) in &rest {
            if *existed {
                self.summary.updated += 1;
            } else {
                self.summary.added += 1;
            }
        }
        // extract in small chunks; the engine indexes one chunk while the next is extracted
        let mut pending = articles.into_iter().zip(rest);
        let mut extracted_before: Option<Vec<Upsert>> = None;
        loop {
            let chunk: Vec<(Article, PendingMeta)> = pending.by_ref().take(EXTRACT_CHUNK).collect();
            if chunk.is_empty() {
                break;
            }
            let backend = &mut *self.backend;
            let (indexed, extracted) = rayon::join(
                || {
                    extracted_before
                        .take()
                        .map_or(Ok(()), |e| backend.upsert(e))
                },
                || -> Vec<_> {
                    chunk
                        .into_par_iter()
                        .map(|(a, (hashes, existed))| Upsert {
                            extracted: extract_with_hashes(a, hashes),
                            replaces: existed,
                        })
                        .collect()
                },
            );
            indexed?;
            self.summary.passages += extracted
                .iter()
                .map(|u| u.extracted.passages.len())
                .sum::<usize>();
            self.summary.figures += extracted
                .iter()
                .flat_map(|u| &u.extracted.passages)
                .map(|p| p.figures.len())
                .sum::<usize>();
            extracted_before = Some(extracted);
        }
        if let Some(e) = extracted_before {
            self.backend.upsert(e)?;
        }
        self.backend.commit()
    }
}

/// Runs an indexing job into `backend`.
pub fn run(backend: &mut dyn Backend, opts: &Options, obs: &mut dyn Observer) -> Result<Summary> {
    let start = Instant::now();
    let mut errors = Vec::new();
    let files = ingest::discover(&opts.paths, &mut errors);
    let stored = backend.stored_articles()?;
    let bodies = HashMap::with_capacity(stored.len());
    let mut run = Run {
        backend,
        opts,
        stored,
        bodies,
        seen: HashSet::new(),
        batch: Vec::new(),
        batch_bytes: 0,
        reference: opts.reference_date,
        summary: Summary::default(),
    };
    let mut skipped = Vec::new();
    for e in errors {
        let line = e.to_string();
        obs.error(&line);
        skipped.push(line);
    }
    let mut failure: Option<Error> = None;
    let mut articles_read = 0usize;
    let read_stdin = opts.paths.iter().any(|p| p.as_os_str() == "-");
    // reading and parsing run on their own thread, up to two batches of text ahead of
    // extraction and indexing, so that the next batch is ready when one is committed
    let (tx, rx) = std::sync::mpsc::channel::<Item>();
    let ahead = ReadAhead::new(opts.batch_bytes.saturating_mul(2));
    std::thread::scope(|scope| {
        let files = &files;
        let ahead = &ahead;
        scope.spawn(move || {
            let mut send = |item: Item| {
                ahead.reserve(item_bytes(&item));
                let _ = tx.send(item);
            };
            if read_stdin {
                ingest::read_stdin(&opts.ingest, &mut send);
            }
            ingest::read_all(files, &opts.ingest, &mut send);
        });
        // however this loop ends, a reader waiting for room must not wait forever
        let _open = ahead.closes_on_drop();
        for item in rx {
            ahead.release(item_bytes(&item));
            if failure.is_some() {
                continue; // drain, so that the reader finishes
            }
            match item {
                Item::Article(a) => {
                    articles_read += 1;
                    if let Err(e) = run.accept(*a, obs) {
                        failure = Some(e);
                    }
                }
                Item::Error(e) => {
                    let line = e.to_string();
                    obs.error(&line);
                    skipped.push(line);
                }
                Item::Warning(w) => {
                    obs.warning(&w);
                    run.summary.warnings.push(w);
                }
                Item::FileDone(bytes) => obs.progress(bytes, articles_read),
            }
        }
    });
    if let Some(e) = failure {
        return Err(e);
    }
    run.flush(obs)?;
    if opts.prune {
        let gone: Vec<String> = run
            .stored
            .iter()
            .filter(|(id, s)| {
                !run.seen.contains(*id)
                    && s.source != "-"
                    && !s.source.is_empty()
                    && !Path::new(&s.source).exists()
            })
            .map(|(id, _)| id.clone())
            .collect();
        if !gone.is_empty() {
            run.backend.delete(&gone)?;
            run.backend.commit()?;
        }
        run.summary.pruned = gone.len();
    }
    let mut summary = run.summary;
    summary.skipped = skipped.len();
    summary.errors = skipped;
    summary.megabytes = files.iter().map(|f| f.size).sum::<u64>() as f64 / 1e6;
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}

/// Bytes an item holds while it waits between the reader and the run: its text, plus a
/// little for the item itself.
fn item_bytes(item: &Item) -> usize {
    const ITEM: usize = 256;
    match item {
        Item::Article(a) => ITEM + a.body.len(),
        _ => ITEM,
    }
}

/// A bound on the bytes read ahead of the run: the reader reserves room for each item before
/// sending it and waits while the bound is reached; the run releases it on receipt. One item
/// larger than the bound still passes when nothing else is waiting.
struct ReadAhead {
    /// Bytes in flight, and whether the receiving side is gone.
    state: std::sync::Mutex<(usize, bool)>,
    room: std::sync::Condvar,
    limit: usize,
}

impl ReadAhead {
    fn new(limit: usize) -> ReadAhead {
        ReadAhead {
            state: std::sync::Mutex::new((0, false)),
            room: std::sync::Condvar::new(),
            limit,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (usize, bool)> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn reserve(&self, bytes: usize) {
        let mut state = self.lock();
        while !state.1 && state.0 > 0 && state.0.saturating_add(bytes) > self.limit {
            state = self
                .room
                .wait(state)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        state.0 = state.0.saturating_add(bytes);
    }

    fn release(&self, bytes: usize) {
        let mut state = self.lock();
        state.0 = state.0.saturating_sub(bytes);
        self.room.notify_all();
    }

    /// A guard that, when dropped, lets every waiting and future reservation through.
    fn closes_on_drop(&self) -> impl Drop + '_ {
        struct Close<'a>(&'a ReadAhead);
        impl Drop for Close<'_> {
            fn drop(&mut self) {
                self.0.lock().1 = true;
                self.0.room.notify_all();
            }
        }
        Close(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_ahead_bounds_the_bytes_in_flight() {
        let ahead = ReadAhead::new(100);
        let (tx, rx) = std::sync::mpsc::channel::<usize>();
        std::thread::scope(|scope| {
            scope.spawn(|| {
                // one item over the bound passes alone
                for bytes in [30, 30, 30, 30, 250, 10, 60, 60] {
                    ahead.reserve(bytes);
                    let held = ahead.lock().0;
                    assert!(held <= 100 || held == bytes, "{held} in flight");
                    tx.send(bytes).expect("receiver alive");
                }
            });
            let mut got = Vec::new();
            for bytes in rx.iter().take(8) {
                std::thread::sleep(std::time::Duration::from_millis(2));
                ahead.release(bytes);
                got.push(bytes);
            }
            assert_eq!(got, vec![30, 30, 30, 30, 250, 10, 60, 60]);
        });
        assert_eq!(ahead.lock().0, 0);
    }

    #[test]
    fn a_closed_read_ahead_never_blocks_the_reader() {
        let ahead = ReadAhead::new(10);
        ahead.reserve(10);
        drop(ahead.closes_on_drop());
        ahead.reserve(1000); // would wait forever if the run had not closed it
        assert_eq!(ahead.lock().0, 1010);
    }
}
