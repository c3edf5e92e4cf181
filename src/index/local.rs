//! The local index: a tantivy index in a folder on disk, the first [`Backend`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tantivy::collector::{Count, TopDocs};

use tantivy::query::AllQuery;
use tantivy::schema::{Field as TField, Schema, Value};
use tantivy::{DateTime, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use super::translate::Translator;
use super::{Annotations, Backend, Field, Hit, LazyAnnotations, Query, StoredArticle, Upsert};
use crate::analysis::{index_terms, TermsTokenizer, TERMS_TOKENIZER};
use crate::error::{Error, Result};
use crate::extract::Extracted;
use crate::model::{Article, EntityKind, Figure, Passage};

/// Memory budget of the index writer (shared by its threads).
const WRITER_BUDGET: usize = 256_000_000;
/// Indexing threads of the writer.
const WRITER_THREADS: usize = 2;
/// Segments with more passages than this are never merged again. A full build writes one
/// segment per writer thread and batch (about 100,000 passages of allsides each); rewriting
/// them in merges cost 10-15% of the build's CPU, and ten such segments search as fast as six
/// merged ones (`factdex eval latency`, p50 and p99 within noise). Small segments (a daily
/// run's new coverage) are still merged together up to this size.
const MERGE_MAX_DOCS: usize = 40_000;

/// Field handles of the schema.
#[derive(Clone, Copy)]
pub(super) struct Fields {
    pub(super) article_id: TField,
    ordinal: TField,
    text: TField,
    terms: TField,
    title: TField,
    article_title: TField,
    outlet: TField,
    pub(super) date: TField,
    date_raw: TField,
    url: TField,
    path: TField,
    figures: TField,
    source: TField,
    body_hash: TField,
    meta_hash: TField,
    author: TField,
    language: TField,
    tags: TField,
    dims: TField,
    outlet_key: TField,
    topics: TField,
    person: TField,
    org: TField,
    place: TField,
    phrases: TField,
    annotations: TField,
}

impl Fields {
    fn of(schema: &Schema) -> Result<Fields> {
        let f = |name: &str| {
            schema.get_field(name).map_err(|_| Error::Schema {
                file: "fields.toml",
                message: format!("field {name} is missing"),
            })
        };
        Ok(Fields {
            article_id: f("article_id")?,
            ordinal: f("ordinal")?,
            text: f("text")?,
            terms: f("terms")?,
            title: f("title")?,
            article_title: f("article_title")?,
            outlet: f("outlet")?,
            date: f("date")?,
            date_raw: f("date_raw")?,
            url: f("url")?,
            path: f("path")?,
            figures: f("figures")?,
            source: f("source")?,
            body_hash: f("body_hash")?,
            meta_hash: f("meta_hash")?,
            author: f("author")?,
            language: f("language")?,
            tags: f("tags")?,
            dims: f("dims")?,
            outlet_key: f("outlet_key")?,
            topics: f("topics")?,
            person: f("person")?,
            org: f("org")?,
            place: f("place")?,
            phrases: f("phrases")?,
            annotations: f("annotations")?,
        })
    }

    pub(super) fn get(&self, field: Field) -> TField {
        match field {
            Field::Text => self.terms,
            Field::Title => self.title,
            Field::Outlet => self.outlet,
            Field::ArticleId => self.article_id,
            Field::Dims => self.dims,
            Field::OutletKey => self.outlet_key,
            Field::Topics => self.topics,
            Field::Person => self.person,
            Field::Org => self.org,
            Field::Place => self.place,
            Field::Phrases => self.phrases,
        }
    }
}

/// A tantivy index in a folder.
pub struct LocalIndex {
    path: PathBuf,
    index: Index,
    fields: Fields,
    reader: IndexReader,
    writer: Option<IndexWriter>,
}

impl LocalIndex {
    /// Opens the index at `path`, creating it if the folder has none.
    pub fn open_or_create(path: &Path) -> Result<LocalIndex> {
        std::fs::create_dir_all(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let schema = super::fields::schema()?;
        let dir =
            tantivy::directory::MmapDirectory::open(path).map_err(|e| Error::index(path, e))?;
        let index = Index::open_or_create(dir, schema).map_err(|e| {
            Error::index(path, format!("{e}; if this folder holds an index of another factdex version, delete it and re-index"))
        })?;
        Self::wrap(path, index)
    }

    /// Opens an existing index at `path`.
    pub fn open(path: &Path) -> Result<LocalIndex> {
        let index = Index::open_in_dir(path).map_err(|e| Error::index(path, e))?;
        Self::wrap(path, index)
    }

    /// Is there an index at `path`?
    pub fn exists(path: &Path) -> bool {
        path.join("meta.json").is_file()
    }

    fn wrap(path: &Path, index: Index) -> Result<LocalIndex> {
        index.tokenizers().register(TERMS_TOKENIZER, TermsTokenizer);
        let fields = Fields::of(&index.schema()).map_err(|e| {
            Error::index(path, format!("{e}: it was built by another factdex version; delete the folder and index again"))
        })?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| Error::index(path, e))?;
        Ok(LocalIndex {
            path: path.to_path_buf(),
            index,
            fields,
            reader,
            writer: None,
        })
    }

    fn writer(&mut self) -> Result<&mut IndexWriter> {
        if self.writer.is_none() {
            let writer = self
                .index
                .writer_with_num_threads(WRITER_THREADS, WRITER_BUDGET)
                .map_err(|e| match e {
                    tantivy::TantivyError::LockFailure(..) => Error::index(
                        &self.path,
                        "index is locked by another factdex process; wait for it to finish",
                    ),
                    e => Error::index(&self.path, e),
                })?;
            let mut policy = tantivy::indexer::LogMergePolicy::default();
            policy.set_max_docs_before_merge(MERGE_MAX_DOCS);
            writer.set_merge_policy(Box::new(policy));
            self.writer = Some(writer);
        }
        self.writer
            .as_mut()
            .ok_or_else(|| Error::index(&self.path, "no writer"))
    }

    fn document(&self, e: &Extracted, p: &Passage, terms: &str) -> Result<TantivyDocument> {
        let f = self.fields;
        let a = &e.article;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.article_id, &a.id);
        doc.add_u64(f.ordinal, u64::from(p.ordinal));
        doc.add_text(f.text, &p.text);
        doc.add_text(f.terms, terms);
        if let Some(t) = &a.title {
            if p.ordinal == 0 {
                let mut title_terms = String::new();
                index_terms(t, &mut title_terms);
                doc.add_text(f.title, title_terms);
            }
            doc.add_text(f.article_title, t);
        }
        if let Some(o) = &a.outlet {
            doc.add_text(f.outlet, o);
            doc.add_text(f.outlet_key, o.to_lowercase());
        }
        let mut dims: Vec<&str> = p
            .figures
            .iter()
            .filter_map(|f| f.dimension.as_deref())
            .collect();
        dims.sort_unstable();
        dims.dedup();
        for d in dims {
            doc.add_text(f.dims, d);
        }
        if !p.figures.is_empty() {
            doc.add_text(f.dims, "any");
        }
        // article-level facets go on the lead passage only (see index/translate.rs)
        if p.ordinal == 0 {
            self.add_article_facets(&mut doc, e);
        }
        let annotations = Annotations {
            topics: p.topics.clone(),
            entities: p.entities.clone(),
            speakers: p.speakers.clone(),
            article_topics: e.topics.iter().map(|t| t.name.clone()).collect(),
            key_phrases: if p.ordinal == 0 {
                e.key_phrases.clone()
            } else {
                Vec::new()
            },
        };
        doc.add_text(
            f.annotations,
            serde_json::to_string(&annotations).map_err(|err| Error::index(&self.path, err))?,
        );
        if let Some(d) = a.date {
            let secs = d
                .and_hms_opt(0, 0, 0)
                .map_or(0, |dt| dt.and_utc().timestamp());
            doc.add_date(f.date, DateTime::from_timestamp_secs(secs));
        }
        if let Some(r) = &a.date_raw {
            doc.add_text(f.date_raw, r);
        }
        if let Some(u) = &a.url {
            doc.add_text(f.url, u);
        }
        doc.add_text(f.path, &a.path);
        doc.add_text(f.source, &a.source);
        doc.add_u64(f.body_hash, e.hashes.0);
        doc.add_u64(f.meta_hash, e.hashes.1);
        if let Some(v) = &a.author {
            doc.add_text(f.author, v);
        }
        if let Some(v) = &a.language {
            doc.add_text(f.language, v);
        }
        if !a.tags.is_empty() {
            doc.add_text(f.tags, a.tags.join(", "));
        }
        let figures = serde_json::to_string(&p.figures).map_err(|e| Error::index(&self.path, e))?;
        doc.add_text(f.figures, figures);
        Ok(doc)
    }

    fn add_article_facets(&self, doc: &mut TantivyDocument, e: &Extracted) {
        let f = self.fields;
        for t in &e.topics {
            doc.add_text(f.topics, t.name.to_lowercase());
        }
        for ent in &e.entities {
            let field = match ent.kind {
                EntityKind::Person => f.person,
                EntityKind::Org => f.org,
                EntityKind::Place => f.place,
            };
            doc.add_text(field, ent.name.to_lowercase());
        }
        for p in &e.key_phrases {
            doc.add_text(f.phrases, p);
        }
    }

    fn translator<'a>(&'a self, searcher: &'a tantivy::Searcher) -> Translator<'a> {
        Translator {
            fields: self.fields,
            searcher,
            path: &self.path,
        }
    }

    fn hit(&self, score: f32, doc: &TantivyDocument) -> Hit {
        let f = self.fields;
        let text = |field: TField| {
            doc.get_first(field)
                .and_then(|v| v.as_str().map(str::to_string))
        };
        let date = doc
            .get_first(f.date)
            .and_then(|v| v.as_datetime())
            .and_then(|d| chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0))
            .map(|d| d.date_naive());
        let annotations = LazyAnnotations(text(f.annotations).unwrap_or_default());
        let figures: Vec<Figure> = text(f.figures)
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        Hit {
            score,
            article: {
                let mut a = Article::new(
                    text(f.article_id).unwrap_or_default(),
                    text(f.path).unwrap_or_default(),
                    "",
                );
                a.title = text(f.article_title);
                a.outlet = text(f.outlet);
                a.date = date;
                a.date_raw = text(f.date_raw);
                a.url = text(f.url);
                a.source = text(f.source).unwrap_or_default();
                a.author = text(f.author);
                a.language = text(f.language);
                a.tags = text(f.tags)
                    .map(|t| t.split(", ").map(str::to_string).collect())
                    .unwrap_or_default();
                a
            },
            annotations,
            passage: Passage {
                topics: Vec::new(),
                entities: Vec::new(),
                speakers: Vec::new(),
                ordinal: doc
                    .get_first(f.ordinal)
                    .and_then(|v| v.as_u64())
                    .unwrap_or(0) as u32,
                text: text(f.text).unwrap_or_default(),
                figures,
            },
        }
    }
}

impl Backend for LocalIndex {
    fn upsert(&mut self, articles: Vec<Upsert>) -> Result<()> {
        let docs = articles
            .iter()
            .map(|Upsert { extracted: e, .. }| {
                e.passages
                    .iter()
                    .zip(&e.terms)
                    .map(|(p, terms)| self.document(e, p, terms))
                    .collect::<Result<Vec<_>>>()
            })
            .collect::<Result<Vec<_>>>()?;
        let id_field = self.fields.article_id;
        let path = self.path.clone();
        let writer = self.writer()?;
        for (u, docs) in articles.iter().zip(docs) {
            if u.replaces {
                writer.delete_term(Term::from_field_text(id_field, &u.extracted.article.id));
            }
            for doc in docs {
                writer
                    .add_document(doc)
                    .map_err(|err| Error::index(&path, err))?;
            }
        }
        Ok(())
    }

    fn commit(&mut self) -> Result<()> {
        let path = self.path.clone();
        if let Some(writer) = self.writer.as_mut() {
            writer.commit().map_err(|e| Error::index(&path, e))?;
        }
        self.reader.reload().map_err(|e| Error::index(&path, e))
    }

    fn search(&self, query: &Query, limit: usize) -> Result<Vec<Hit>> {
        let searcher = self.reader.searcher();
        let q = self.translator(&searcher).query(query)?;
        let top = searcher
            .search(&*q, &TopDocs::with_limit(limit.max(1)).order_by_score())
            .map_err(|e| Error::index(&self.path, e))?;
        top.into_iter()
            .map(|(score, addr)| {
                let doc: TantivyDocument = searcher
                    .doc(addr)
                    .map_err(|e| Error::index(&self.path, e))?;
                Ok(self.hit(score, &doc))
            })
            .collect()
    }

    fn stored_articles(&self) -> Result<HashMap<String, StoredArticle>> {
        let searcher = self.reader.searcher();
        let err = |e: tantivy::TantivyError| Error::index(&self.path, e);
        let io = |e: std::io::Error| Error::index(&self.path, e);
        let mut out = HashMap::new();
        for segment in searcher.segment_readers() {
            let fast = segment.fast_fields();
            let (Some(ids), Some(sources)) = (
                fast.str("article_id").map_err(err)?,
                fast.str("source").map_err(err)?,
            ) else {
                continue;
            };
            let body = fast.u64("body_hash").map_err(err)?;
            let meta = fast.u64("meta_hash").map_err(err)?;
            // decode each dictionary once, in order (looking terms up one by one decompresses
            // a block per document)
            let terms = |col: &tantivy::columnar::StrColumn| -> std::io::Result<Vec<String>> {
                let mut all = Vec::with_capacity(col.num_terms());
                let mut stream = col.dictionary().stream()?;
                while stream.advance() {
                    all.push(String::from_utf8_lossy(stream.key()).into_owned());
                }
                Ok(all)
            };
            let id_terms = terms(&ids).map_err(io)?;
            let source_terms = terms(&sources).map_err(io)?;
            for doc in segment.doc_ids_alive() {
                let Some(id) = ids
                    .term_ords(doc)
                    .next()
                    .and_then(|o| id_terms.get(o as usize))
                else {
                    continue;
                };
                if out.contains_key(id) {
                    continue;
                }
                let source = sources
                    .term_ords(doc)
                    .next()
                    .and_then(|o| source_terms.get(o as usize))
                    .cloned()
                    .unwrap_or_default();
                out.insert(
                    id.clone(),
                    StoredArticle {
                        body_hash: body.first(doc).unwrap_or(0),
                        meta_hash: meta.first(doc).unwrap_or(0),
                        source,
                    },
                );
            }
        }
        Ok(out)
    }

    fn delete(&mut self, ids: &[String]) -> Result<()> {
        let id_field = self.fields.article_id;
        let writer = self.writer()?;
        for id in ids {
            writer.delete_term(Term::from_field_text(id_field, id));
        }
        Ok(())
    }

    fn facet_counts(&self, facet: Field, query: &Query, size: usize) -> Result<Vec<(String, u64)>> {
        use tantivy::aggregation::agg_req::Aggregations;
        use tantivy::aggregation::AggregationCollector;
        let err = |e: &dyn std::fmt::Display| Error::index(&self.path, e);
        // facets are on each article's lead passage only: count them over the lead passages of
        // the articles with a matching passage
        let schema = self.index.schema();
        let name = schema.get_field_name(self.fields.get(facet));
        // each segment must report every term, or the merged counts are estimates that change
        // with how the passages fell into segments
        let request = serde_json::json!({
            "facet": { "terms": { "field": name, "size": size.max(1), "segment_size": u32::MAX } }
        });
        let aggs: Aggregations = serde_json::from_value(request).map_err(|e| err(&e))?;
        let collector = AggregationCollector::from_aggs(aggs, Default::default());
        let searcher = self.reader.searcher();
        let translate = self.translator(&searcher);
        let articles = match query {
            Query::All => Box::new(AllQuery),
            q => translate.same_articles(&*translate.query(q)?)?,
        };
        let result = searcher
            .search(&*articles, &collector)
            .map_err(|e| err(&e))?;
        let json = serde_json::to_value(result).map_err(|e| err(&e))?;
        let mut out: Vec<(String, u64)> = json["facet"]["buckets"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|b| Some((b["key"].as_str()?.to_string(), b["doc_count"].as_u64()?)))
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(out)
    }

    fn doc_freq(&self, field: Field, term: &str) -> Result<u64> {
        let searcher = self.reader.searcher();
        let t = Term::from_field_text(self.fields.get(field), term);
        searcher
            .doc_freq(&t)
            .map_err(|e| Error::index(&self.path, e))
    }

    fn num_passages(&self) -> Result<u64> {
        let searcher = self.reader.searcher();
        let n = searcher
            .search(&AllQuery, &Count)
            .map_err(|e| Error::index(&self.path, e))?;
        Ok(n as u64)
    }
}
