//! The index fields, declared in `schema/fields.toml` and turned into a tantivy schema here.

use serde::Deserialize;
use tantivy::schema::{
    DateOptions, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED,
    STRING,
};

use crate::analysis::TERMS_TOKENIZER;
use crate::error::{Error, Result};

const FIELDS_TOML: &str = include_str!("../../schema/fields.toml");

#[derive(Debug, Deserialize)]
struct FieldsFile {
    field: Vec<FieldSpec>,
}

#[derive(Debug, Deserialize)]
struct FieldSpec {
    name: String,
    kind: String,
    #[serde(default)]
    fast: bool,
    #[serde(default = "yes")]
    stored: bool,
}

fn yes() -> bool {
    true
}

/// Builds the tantivy schema from the declarative field list.
pub fn schema() -> Result<Schema> {
    let spec: FieldsFile = toml::from_str(FIELDS_TOML).map_err(|e| Error::Schema {
        file: "fields.toml",
        message: e.to_string(),
    })?;
    let mut builder = Schema::builder();
    for f in spec.field {
        match f.kind.as_str() {
            "id" => {
                let mut options = STRING;
                if f.stored {
                    options = options | STORED;
                }
                if f.fast {
                    options = options | FAST;
                }
                builder.add_text_field(&f.name, options);
            }
            "terms" => {
                let indexing = TextFieldIndexing::default()
                    .set_tokenizer(TERMS_TOKENIZER)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions);
                builder.add_text_field(
                    &f.name,
                    TextOptions::default().set_indexing_options(indexing),
                );
            }
            "stored" => {
                builder.add_text_field(&f.name, STORED);
            }
            "date" => {
                builder.add_date_field(&f.name, DateOptions::from(INDEXED).set_stored().set_fast());
            }
            "u64" => {
                builder.add_u64_field(&f.name, STORED | FAST);
            }
            other => {
                return Err(Error::Schema {
                    file: "fields.toml",
                    message: format!("field {}: unknown kind {other:?}", f.name),
                })
            }
        }
    }
    Ok(builder.build())
}

#[cfg(test)]
mod tests {
    #[test]
    fn schema_has_the_fields_the_code_uses() {
        let schema = super::schema().expect("fields.toml is valid");
        for name in [
            "article_id",
            "ordinal",
            "text",
            "title",
            "outlet",
            "date",
            "date_raw",
            "url",
            "path",
            "figures",
            "source",
            "body_hash",
            "meta_hash",
            "author",
            "language",
            "tags",
            "article_title",
            "dims",
            "outlet_key",
            "topics",
            "person",
            "org",
            "place",
            "phrases",
            "annotations",
        ] {
            assert!(schema.get_field(name).is_ok(), "missing field {name}");
        }
    }
}
