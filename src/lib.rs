//! factdex: a full-text search and fact-check index for news.
//!
//! The modules follow the pipeline: [`ingest`] reads articles, [`extract`] finds their passages,
//! dates and figures, [`index`] stores them behind the [`index::Backend`] seam, [`search`]
//! answers queries with passages grouped by source, and [`render`] prints the answers. [`cli`]
//! sits on top, and [`pipeline`] runs an indexing job through the stages. [`model`] holds the types they share and [`analysis`] the text analysis used by
//! both indexing and querying.

pub mod alloc;
pub mod analysis;
pub mod cli;
pub mod error;
pub mod extract;
pub mod index;
pub mod ingest;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod search;

pub use error::{Error, Result};
#[cfg(test)]
mod testing;
