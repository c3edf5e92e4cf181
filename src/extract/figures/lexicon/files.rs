//! The shapes of the schema files as serde reads them: `schema/units.toml` (units) and
//! `schema/figures.toml` (scales, number words, bounds, change verbs, hedges, periods, names,
//! counted nouns, concept vocabulary).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Deserialize;

/// One unit of the lexicon.
#[derive(Debug, Clone, Deserialize)]
pub struct Unit {
    /// Canonical English singular name.
    pub name: String,
    /// What it measures.
    pub dimension: String,
    /// Size in the dimension's base unit.
    pub factor: f64,
    /// ISO 4217 code for money.
    #[serde(default)]
    pub currency: Option<String>,
    /// Written forms after a number.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Short forms valid only when glued to the number or ending a phrase.
    #[serde(default)]
    pub strict: Vec<String>,
    /// Forms that count only as written, in lower case ("5g" is grams, "5G" a network).
    #[serde(default)]
    pub lowercase_only: Vec<String>,
    /// Forms that count only in capitals (the code "TRY", not the word "try").
    #[serde(default)]
    pub uppercase_only: Vec<String>,
    /// Currency forms before a number.
    #[serde(default)]
    pub symbols: Vec<String>,
    /// Only a rate's base ("a game" in "20 points a game"), never a figure's own unit.
    #[serde(default)]
    pub base_only: bool,
    /// The name as a rate's base, when not `name` ("dollar per person", not "per people").
    #[serde(default)]
    pub per_name: Option<String>,
}

impl Unit {
    /// The name as a rate's base ("person" for people).
    pub fn rate_name(&self) -> &str {
        self.per_name.as_deref().unwrap_or(&self.name)
    }
}

#[derive(Debug, Deserialize)]
pub(super) struct UnitsFile {
    pub(super) strict_followers: Vec<String>,
    pub(super) pound_weight_cues: Vec<String>,
    pub(super) scaled_codes: HashMap<String, ScaledCode>,
    pub(super) unit: Vec<Unit>,
}

/// A trade abbreviation that folds a scale word into a unit ("BCF": billion cubic feet).
#[derive(Debug, Deserialize)]
pub(super) struct ScaledCode {
    pub(super) scale: f64,
    pub(super) unit: String,
}

/// Bound phrases of one side as written in the schema, by the bound they give.
#[derive(Debug, Deserialize)]
pub(super) struct BoundLists {
    pub(super) approx: Vec<String>,
    pub(super) more: Vec<String>,
    pub(super) less: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Verbs {
    pub(super) up: Vec<String>,
    pub(super) down: Vec<String>,
    pub(super) needs_by_or_to: Vec<String>,
    pub(super) movement: Vec<String>,
    pub(super) object_prepositions: Vec<String>,
    pub(super) not_verbs: Vec<String>,
    pub(super) verb_openers: Vec<String>,
    pub(super) baselines: Vec<String>,
    pub(super) particle_heads: Vec<String>,
    pub(super) limit_verbs: Vec<String>,
    pub(super) up_to_verbs: Vec<String>,
    pub(super) rated_instruments: Vec<String>,
    pub(super) comparatives_up: Vec<String>,
    pub(super) comparatives_down: Vec<String>,
    pub(super) comparative_links: Vec<String>,
    pub(super) market_close_verbs: Vec<String>,
    pub(super) comparatives_positional: Vec<String>,
    pub(super) fixed_points: Vec<String>,
    pub(super) length_baselines: Vec<String>,
    pub(super) level_nouns: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Hedges {
    pub(super) cues: Vec<String>,
    pub(super) not_cues: Vec<String>,
}

/// Period vocabulary.
#[derive(Debug, Deserialize)]
pub struct Periods {
    /// `this`, `next`, `current` …
    pub references: Vec<String>,
    /// `season`, `year`, `quarter` …
    pub nouns: Vec<String>,
    /// `first`, `second` … (for quarters and halves)
    pub ordinals: Vec<String>,
    /// `in`, `by`, `since` … (before a month or year)
    pub prepositions: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct FiguresFile {
    pub(super) sign_openers: Vec<String>,
    pub(super) scales: HashMap<String, f64>,
    pub(super) numbers: HashMap<String, f64>,
    pub(super) modifiers: BoundLists,
    pub(super) suffix_modifiers: BoundLists,
    pub(super) change_verbs: Verbs,
    pub(super) hedges: Hedges,
    pub(super) periods: Periods,
    pub(super) names: Names,
    pub(super) times: Times,
    pub(super) hedge_classes: HashMap<String, Vec<String>>,
    pub(super) counted: Counted,
    pub(super) concept: Concept,
    pub(super) spanning_over: SpanningOver,
}

/// When "over" before a span of time bounds it (`[spanning_over]` in `schema/figures.toml`).
#[derive(Debug, Default, Deserialize)]
pub struct SpanningOver {
    /// Words before "over" that keep it a bound ("for over 50 years").
    pub bound_after: HashSet<String>,
    /// Words after the span that keep it a bound ("over 20 years ago").
    pub bound_before: HashSet<String>,
    /// Nouns of dispute whose "over" names what it is about, not a bound ("the argument over
    /// two amendments").
    pub disputes: HashSet<String>,
    /// Nouns of telling and knowing whose "about" names their subject, not an estimate
    /// ("leaked inside information about 12 companies"); so does a dispute's.
    pub topics: HashSet<String>,
    /// Verbs whose "over" governs their object, no bound ("presided over two briefings").
    pub verbs: HashSet<String>,
}

/// Vocabulary of concepts (`[concept]` in `schema/figures.toml`).
#[derive(Debug, Default, Deserialize)]
pub struct Concept {
    /// Words that are never part of a concept.
    pub function_words: HashSet<String>,
    /// Directions in lower case ("80 miles northwest of"), never part of a concept.
    pub directions: HashSet<String>,
    /// Adjectives before a noun, adverbs ending a phrase ("worldwide").
    pub adverb_adjectives: HashSet<String>,
    /// Verbs that link a subject to a figure.
    pub link_verbs: HashSet<String>,
    /// Verbs a span of time is taken by before "to" and what is done ("took three years to
    /// build").
    pub taking_verbs: HashSet<String>,
    /// Irregular past tenses naming an event ("won the tournament two years ago").
    pub irregular_past_verbs: HashSet<String>,
    /// Verbs of lasting, whose span of time measures their subject ("lasted for four days").
    pub lasting_verbs: HashSet<String>,
    /// Irregular past tenses of change verbs ("grew"): verbs that end a run.
    pub irregular_past: HashSet<String>,
    /// Words that end the search for a concept before a figure.
    pub conjunctions: HashSet<String>,
    /// Prepositions that attach a noun phrase to the one before it.
    pub attaching: HashSet<String>,
    /// Nouns that "with" attaches a phrase to ("the trade surplus with Japan"); after other
    /// words "with" opens no such phrase ("prices falling", "in second place with donations").
    pub with_heads: HashSet<String>,
    /// Words that describe the figure itself ("a record 213,506 tonnes").
    pub figure_modifiers: HashSet<String>,
    /// Counted nouns that measure rather than count ("23 points").
    pub measure_nouns: HashSet<String>,
    /// Verbs of paying ("pay £85 for a passport").
    pub paying_verbs: HashSet<String>,
    /// Verbs that move an amount from or to what it is part of ("cut $716 billion from
    /// Medicare", "adds 15 mln dlrs to its sales").
    pub transfer_verbs: HashSet<String>,
    /// Words after "in" that make an idiom, not what money is for ("in total").
    pub in_idioms: HashSet<String>,
    /// Names of a measure after "in" ("minutes in length"): no concept.
    pub dimension_nouns: HashSet<String>,
    /// A place on a scale after a figure ("the 1,000 mark"): no concept.
    pub scale_places: HashSet<String>,
    /// Times written as adverbs after a figure ("34.3 pct year-to-date"), no concept.
    pub period_adverbs: HashSet<String>,
    /// Adjectives of size after a measure ("5 inches tall"): no concept.
    pub dimension_adjectives: HashSet<String>,
    /// Verbs whose bare count object is measured by the verb ("killed 26 and injured 20").
    pub counting_verbs: HashSet<String>,
    /// Verbs of saying, thinking and wanting whose share of people is what they say ("26
    /// percent said such an attack is not likely").
    pub opinion_verbs: HashSet<String>,
    /// Verbs of trade and gain beyond those of paying and counting, whose object is the
    /// figure ("sold 17 million copies", "earned 1.28 dlrs a share").
    pub transaction_verbs: HashSet<String>,
    /// Verbs of giving or costing with an indirect object ("cost the industry £3.7bn").
    pub giving_verbs: HashSet<String>,
    /// Past forms not in -ed of the verbs above ("sold"): "copies sold", not "sold copies".
    pub past_forms: HashSet<String>,
    /// Nouns that name a trade ("purchases"): a concept ending in one needs no verb.
    pub trade_nouns: HashSet<String>,
    /// Nouns of time beyond the periods' ("the prior period").
    pub time_nouns: HashSet<String>,
    /// Verbs of speech: the speaker before one is not what a figure after it measures.
    pub speech_verbs: HashSet<String>,
    /// Verbs beyond those of speech that close an aside between commas ("The cost, officials
    /// estimated, would be $500 million").
    pub aside_verbs: HashSet<String>,
    /// Discourse adverbs set off by commas inside a clause ("The index, however, fell"),
    /// which a figure's subject reaches past; lower case, words joined by one space.
    pub discourse_asides: HashSet<String>,
    /// Endings of words that are only nouns ("growth", "reduction"), never verbs.
    pub noun_endings: Vec<String>,
    /// Participles that, right after a noun and before "at", value that noun ("a deal
    /// valued at $6.75bn"): the noun is the concept, not the phrase it hangs from.
    pub valuing_participles: HashSet<String>,
    /// What a share is taken of without being what it measures ("a deficit of 4.9 pct of
    /// GDP" measures the deficit), lower case.
    pub denominators: HashSet<String>,
    pub level_denominators: HashSet<String>,
}

/// Vocabulary of counted nouns (`[counted]` in `schema/figures.toml`).
#[derive(Debug, Default, Deserialize)]
pub struct Counted {
    /// Words after a number that are never what it counts.
    pub not_counted: HashSet<String>,
    /// Nouns after a lone "one" that make it "a" or "some", no count ("one thing", "one way").
    pub vague_ones: HashSet<String>,
    /// Nouns after "one" that count it before an of-phrase: a person of a body ("One member
    /// of the committee voted") or a charge ("one count of murder").
    pub ones_of: HashSet<String>,
    /// People whose bare number after "over" or "under" is an age ("children under 5").
    pub aged_people: HashSet<String>,
    /// Money after "millions in" or "billions in" ("millions in taxpayer funds").
    pub money_in: HashSet<String>,
    /// Nouns of a sum of money whose bare amount after "of" is in the currency named before
    /// ("sell 1,200 billion yen … a surplus of 2,100 billion").
    pub money_of: HashSet<String>,
    /// Plurals that modify a following plural ("news sites").
    pub plural_modifiers: HashSet<String>,
    /// Singular nouns in -s, which modify the plural they stand before ("50 gas wells").
    #[serde(default)]
    pub singular_in_s: HashSet<String>,
    /// Words that never modify a counted noun (lower case).
    pub not_modifiers: HashSet<String>,
    /// Singular nouns a number counts spaced before the noun they modify, with no article
    /// ("six cylinder units", "four door sedans").
    pub feature_nouns: HashSet<String>,
    /// Words hyphenated to a number that count nothing ("100-odd", "20-something").
    pub not_hyphenated: HashSet<String>,
    /// Endings of adjectives ("-tiered", "-monthly", "-dimensional") hyphenated to a number.
    pub adjective_endings: Vec<String>,
    /// Nouns with such an ending ("a two-goal lead").
    pub noun_exceptions: HashSet<String>,
    /// Adverbs of a time that make a rate ("annually" → year).
    pub time_adverbs: HashMap<String, String>,
    /// Adjectives in -ed hyphenated to a number that count a noun ("four-engined" → engine).
    pub ed_nouns: HashMap<String, String>,
    /// What comes before -men/-women in plurals ("sea", "congress").
    pub men_plurals: HashSet<String>,
    /// Irregular plurals → singular (empty: unchanged).
    pub irregular: HashMap<String, String>,
    /// Capitalised plurals that count people ("Americans").
    pub capitalised: HashSet<String>,
    /// Endings of capitalised plurals that name peoples ("Indonesians").
    pub capitalised_endings: Vec<String>,
    /// Adjectives in -ly that modify a counted noun ("1,241 likely voters").
    pub ly_adjectives: HashSet<String>,
    /// Plurals after a glued "m" that make it metres, not million ("the 400m hurdles").
    pub metre_events: HashSet<String>,
    /// Words of a broadcast's audience that make a bare glued "m" million ("peaked at 11.9m
    /// and 49.2% of the audience").
    pub audience_words: HashSet<String>,
    /// Words after a ratio's "for" that make it the terms of an issue or split ("a 100 for 13
    /// rights offering", "a one-for-five reverse split").
    pub issue_terms: HashSet<String>,
    /// Words before an earlier value after "from" ("to 69 mln from the original 55 mln").
    pub earlier_values: HashSet<String>,
    /// Contests a count of which is won or lost, no rise or fall ("lost all three matches").
    pub contests: HashSet<String>,
    /// Verbs in the past without "-ed" that end a counted phrase ("one voter came").
    pub past_verbs: HashSet<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Names {
    pub(super) before: Vec<String>,
    pub(super) capitalised_before: Vec<String>,
    pub(super) products: Vec<String>,
    pub(super) works: Vec<String>,
    pub(super) galleries: Vec<String>,
    pub(super) brands: Vec<String>,
    pub(super) idioms: Vec<String>,
    pub(super) zero_terms: Vec<String>,
    pub(super) emergency_before: Vec<String>,
    pub(super) emergency_after: Vec<String>,
    pub(super) headline_words: Vec<String>,
    pub(super) some_day_before: Vec<String>,
    pub(super) some_day_after: Vec<String>,
    pub(super) some_day_modals: Vec<String>,
    pub(super) some_day_not_verbs: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Times {
    pub(super) zones: Vec<String>,
}
