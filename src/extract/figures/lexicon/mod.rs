//! The figure lexicon: units (`schema/units.toml`) and figure vocabulary (`schema/figures.toml`),
//! compiled into the binary and parsed once.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

pub use bounds::{Anchor, Bounds};

mod bounds;
mod files;
mod shapes;
mod stems;
pub use files::{Concept, Counted, Periods, SpanningOver, Unit};
use files::{FiguresFile, UnitsFile};
pub use shapes::OpenerShapes;

/// Which way a modifier bounds a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// About.
    Approx,
    /// At least.
    More,
    /// At most.
    Less,
}

impl Bound {
    /// The figure's change this bound gives.
    pub fn change(self) -> crate::model::Change {
        use crate::model::Change;
        match self {
            Bound::Approx => Change::Approx,
            Bound::More => Change::More,
            Bound::Less => Change::Less,
        }
    }
}

/// The whole lexicon, ready for matching.
#[derive(Debug)]
pub struct Lexicon {
    /// All units, indexed by position.
    pub units: Vec<Unit>,
    /// Lower-case alias (words joined by one space) → (unit index, strict).
    pub aliases: HashMap<String, (usize, bool)>,
    /// First tokens of the aliases, lower case: a cheap test before building alias keys.
    pub alias_heads: HashSet<String>,
    /// Alias keys that count only when written in lower case (`lowercase_only` in the schema).
    pub lowercase_only: HashSet<String>,
    /// Alias keys that count only when written in capitals (`uppercase_only` in the schema).
    pub uppercase_only: HashSet<String>,
    /// Words that may follow a strict alias spaced from its number ("in thick").
    pub strict_followers: HashSet<String>,
    /// Words that make scaled pounds in their sentence a weight ("weight", "capacity").
    pub pound_weight_cues: HashSet<String>,
    /// Longest alias, in lexer tokens.
    pub max_alias_tokens: usize,
    /// Trade abbreviations with a scale in them, lower case → (unit index, scale): "bcf".
    pub scaled_codes: HashMap<String, (usize, f64)>,
    /// Lower-case currency symbol → unit index.
    pub symbols: HashMap<String, usize>,
    /// The first token of each currency symbol and code, lower case (`$`, `us`, `eur`).
    pub symbol_heads: HashSet<String>,
    /// Words that can open a quantity besides number words: articles, `half`, the first
    /// word of currency symbols and codes.
    pub starters: HashSet<String>,
    /// Every word that can open a quantity: number words, starters and "negative" (one
    /// lookup per word when scanning).
    pub openers: HashSet<String>,
    /// Length of the longest opener, in bytes.
    pub max_opener: usize,
    /// Length and first two letters of the openers: rejects most words before a lookup.
    pub opener_shapes: OpenerShapes,
    /// The words that let a sentence through to the scanner ([`super::sieve`]).
    pub sieve: super::sieve::Sieve,
    /// Scale words.
    pub scales: HashMap<String, f64>,
    /// Number words.
    pub numbers: HashMap<String, f64>,
    /// Modifiers before a figure ("more than"), by their last word.
    pub prefix_bounds: Bounds,
    /// Modifiers after a figure ("or more"), by their first word.
    pub suffix_bounds: Bounds,
    /// Change verb stems: (stem, up?).
    pub change_verbs: Vec<(String, bool)>,
    /// Indexes into `change_verbs` by the stem's first byte.
    change_by_first: Vec<Vec<usize>>,
    /// Change verb stems that need "by"/"to" after them ("raised prices by 5%").
    pub needs_by_or_to: Vec<String>,
    /// Words that make "from X to Y" a change ("went from 20 to 10").
    pub movement: HashSet<String>,
    /// Prepositions that introduce a verb's object ("advances toward four girls").
    pub object_prepositions: HashSet<String>,
    /// Words that begin like a change verb but are none ("loss").
    /// Words that introduce a figure's baseline after it ("down from", "compared with").
    pub baselines: Vec<String>,
    /// Words before a change word that make it a verb ("to cut", "help boost").
    pub verb_openers: HashSet<String>,
    /// Symbols after which a glued hyphen is a minus sign ("(-8.7)", "<-30").
    pub sign_openers: HashSet<String>,
    pub not_verbs: HashSet<String>,
    /// Verbs after which "up"/"down" is a particle ("makes up").
    pub particle_heads: HashSet<String>,
    /// Verbs that set a limit: "limited positions to 30 pct", "cap asylum claims at 50,000".
    pub limit_verbs: HashSet<String>,
    /// Verbs that move what they act on "up to" a level ("pushed rates up to 2.25%").
    pub up_to_verbs: HashSet<String>,
    /// What a rating agency rates ("128 mln dlrs of senior debt"): the size, not a change.
    pub rated_instruments: HashSet<String>,
    /// Comparatives after a figure that make it a change ("36% higher than"): (word, up?).
    pub comparatives: HashMap<String, bool>,
    /// Words after a comparative that tie it to a baseline ("than", "on", "from").
    pub comparative_links: HashSet<String>,
    /// Verbs of a market's close before "lower at" a level ("was fixed lower at 1.82 marks").
    pub market_close_verbs: HashSet<String>,
    /// Comparatives that need no link ("8.6 pct below their level").
    pub comparatives_positional: HashSet<String>,
    /// Fixed points after "above"/"below" that make no change ("below zero").
    pub fixed_points: HashSet<String>,
    /// Baselines a length above or below compares with ("2 inches above normal"); past any
    /// other word it is a place ("2-1/2 feet above the sidewalk").
    pub length_baselines: HashSet<String>,
    /// Nouns a change noun can modify, making the figure a level ("the 4.3 pct growth rate").
    pub level_nouns: HashSet<String>,
    /// Counted-noun vocabulary.
    pub counted: Counted,
    /// Concept vocabulary.
    pub concept: Concept,
    /// When "over" before a span of time bounds it.
    pub spanning_over: SpanningOver,
    /// Hedge cue stems.
    pub hedges: Vec<String>,
    /// Indexes into `hedges` by the cue's first byte.
    hedge_by_first: Vec<Vec<usize>>,
    /// Words that begin like a hedge cue but are none ("plane").
    pub not_cues: HashSet<String>,
    /// Period vocabulary.
    pub periods: Periods,
    /// Shapes of the words that open a period (references, ordinals, prepositions).
    pub period_shapes: OpenerShapes,
    /// Words after which a number is a name, not a quantity ("highway 35").
    pub name_words: HashSet<String>,
    /// Words that name the number after them when capitalised ("Week 2", not "last week 20").
    pub capitalised_name_words: HashSet<String>,
    /// Nouns after which a capitalised word and a number name a product ("Bentone 128 product").
    pub product_nouns: HashSet<String>,
    /// Nouns of a work before a title whose single digit is a sequel's ("hit Shrek 2").
    pub work_nouns: HashSet<String>,
    /// Nouns of a gallery's position line ("7 of 9 Photos").
    pub galleries: HashSet<String>,
    /// Company names of digits glued to capitals ("3M"), as written.
    pub brands: HashSet<String>,
    /// Number words hyphenated into an idiom ("two-state"), lower case.
    pub number_idioms: HashSet<String>,
    /// Nouns after "zero" that make a term of it ("zero coupon", "zero-sum").
    pub zero_terms: HashSet<String>,
    /// Words before "911" that make it the emergency number ("called 911").
    pub emergency_before: HashSet<String>,
    /// Words after "911" that make it the emergency number ("911 calls").
    pub emergency_after: HashSet<String>,
    /// Words before "one day" that make it "some day" ("if one day they say").
    pub some_day_before: HashSet<String>,
    /// Words after "one day" that make it "some day" ("one day they say").
    pub some_day_after: HashSet<String>,
    /// Modals (and "to") before "one day" and a bare verb ("will one day stand").
    pub some_day_modals: HashSet<String>,
    /// Words after "to one day" that are no bare verb ("cut to one day later").
    pub some_day_not_verbs: HashSet<String>,
    /// Capitalised function words of a title-case headline ("Sales Of Four Units").
    pub headline_words: HashSet<String>,
    /// Time zones, lower case: a number spaced before one is a clock time ("10 GMT").
    pub time_zones: HashSet<String>,
    /// Hedge classes (`tentative`, `committed`, `projected`) with their cue stems.
    pub hedge_classes: Vec<(String, Vec<String>)>,
}

const UNITS_TOML: &str = include_str!("../../../../schema/units.toml");
const FIGURES_TOML: &str = include_str!("../../../../schema/figures.toml");

fn words(s: &str) -> Vec<String> {
    crate::extract::figures::lexer::lex(s)
        .iter()
        .map(|t| s[t.start..t.end].to_lowercase())
        .collect()
}

/// The lookup key of a unit alias: lower case, white space folded to one space.
pub fn alias_key(alias: &str) -> String {
    alias
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn bounds(lists: [(&[String], Bound); 3], anchor: Anchor) -> Bounds {
    let phrases = lists
        .iter()
        .flat_map(|(list, bound)| list.iter().map(move |m| (words(m), *bound)))
        .collect();
    Bounds::new(phrases, anchor)
}

impl Lexicon {
    fn load() -> Result<Lexicon, String> {
        let units: UnitsFile =
            toml::from_str(UNITS_TOML).map_err(|e| format!("units.toml: {e}"))?;
        let figures: FiguresFile =
            toml::from_str(FIGURES_TOML).map_err(|e| format!("figures.toml: {e}"))?;
        let mut scaled_codes = HashMap::default();
        for (code, s) in &units.scaled_codes {
            let u = units
                .unit
                .iter()
                .position(|u| u.name == s.unit)
                .ok_or_else(|| format!("units.toml: scaled code {code}: no unit {}", s.unit))?;
            scaled_codes.insert(code.to_lowercase(), (u, s.scale));
        }
        let mut aliases = HashMap::default();
        let mut symbols = HashMap::default();
        let mut max_alias_tokens = 1;
        let mut hyphenated = Vec::new();
        for (i, unit) in units.unit.iter().enumerate() {
            let forms = unit
                .aliases
                .iter()
                .map(|a| (a, false))
                .chain(unit.strict.iter().map(|a| (a, true)));
            for (alias, strict) in forms {
                let key = alias_key(alias);
                // "percentage-point", "square-mile": a phrase of words is also hyphenated
                let words = key.split(' ').collect::<Vec<_>>();
                if words.len() > 1 && words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
                    max_alias_tokens = max_alias_tokens.max(2 * words.len() - 1);
                    hyphenated.push((words.join("-"), (i, strict)));
                }
                max_alias_tokens =
                    max_alias_tokens.max(crate::extract::figures::lexer::lex(alias).len());
                aliases.entry(key).or_insert((i, strict));
            }
            for symbol in &unit.symbols {
                symbols.entry(symbol.to_lowercase()).or_insert(i);
                // a symbol written after the number: "10 €", "5 $"
                if !symbol.chars().any(char::is_alphanumeric) {
                    aliases.entry(symbol.to_lowercase()).or_insert((i, false));
                }
            }
        }
        // written forms win over derived ones
        for (key, unit) in hyphenated {
            aliases.entry(key).or_insert(unit);
        }
        // the first token of every alias: most words after a number start none
        let alias_heads: HashSet<String> = aliases
            .keys()
            .filter_map(|key: &String| {
                let t = *crate::extract::figures::lexer::lex(key).first()?;
                Some(key[t.start..t.end].to_string())
            })
            .collect();
        let m = &figures.modifiers;
        let s = &figures.suffix_modifiers;
        let verbs = &figures.change_verbs;
        let mut starters: HashSet<String> = ["a", "an", "half", "minus", "twice", "thrice"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let symbol_heads: HashSet<String> = symbols
            .keys()
            .filter_map(|symbol| {
                let t = *crate::extract::figures::lexer::lex(symbol).first()?;
                Some(symbol[t.start..t.end].to_string())
            })
            .collect();
        starters.extend(symbol_heads.iter().cloned());
        let openers: HashSet<String> = starters
            .iter()
            .cloned()
            .chain(figures.numbers.keys().cloned())
            // ("these couple of dozen emails": two dozen without an article)
            // ("almost double the figure in 2000": a multiple)
            .chain(["negative", "couple", "double", "triple", "once"].map(String::from))
            // ("the last decade and a half": one and a half of a time unit)
            .chain(["last", "past", "next"].map(String::from))
            // ("rose tenfold": a multiple written as one word)
            .chain(
                figures
                    .numbers
                    .iter()
                    .filter(|(w, &v)| v >= 2.0 && w.chars().all(char::is_alphabetic))
                    .map(|(w, _)| format!("{w}fold")),
            )
            // ("the million-dollar threshold": a bare scale word before money)
            .chain(
                figures
                    .scales
                    .iter()
                    .filter(|(w, &s)| {
                        s >= 100.0 && w.len() > 2 && w.chars().all(char::is_alphabetic)
                    })
                    .map(|(w, _)| w.clone()),
            )
            .collect();
        let max_opener = openers.iter().map(String::len).max().unwrap_or(0);
        Ok(Lexicon {
            opener_shapes: OpenerShapes::of(&openers),
            sieve: super::sieve::Sieve::of(&openers, &starters, &alias_heads),
            openers,
            max_opener,
            starters,
            lowercase_only: units
                .unit
                .iter()
                .flat_map(|u| u.lowercase_only.iter().map(|a| alias_key(a)))
                .collect(),
            uppercase_only: units
                .unit
                .iter()
                .flat_map(|u| u.uppercase_only.iter().map(|a| alias_key(a)))
                .collect(),
            aliases,
            alias_heads,
            strict_followers: units.strict_followers.iter().cloned().collect(),
            pound_weight_cues: units.pound_weight_cues.iter().cloned().collect(),
            scaled_codes,
            max_alias_tokens,
            symbols,
            symbol_heads,
            scales: figures.scales,
            numbers: figures.numbers,
            prefix_bounds: bounds(
                [
                    (&m.approx, Bound::Approx),
                    (&m.more, Bound::More),
                    (&m.less, Bound::Less),
                ],
                Anchor::Last,
            ),
            suffix_bounds: bounds(
                [
                    (&s.approx, Bound::Approx),
                    (&s.more, Bound::More),
                    (&s.less, Bound::Less),
                ],
                Anchor::First,
            ),
            change_by_first: by_first_byte(verbs.up.iter().chain(verbs.down.iter())),
            change_verbs: verbs
                .up
                .iter()
                .map(|v| (v.clone(), true))
                .chain(verbs.down.iter().map(|v| (v.clone(), false)))
                .collect(),
            needs_by_or_to: verbs.needs_by_or_to.clone(),
            movement: verbs.movement.iter().cloned().collect(),
            object_prepositions: verbs.object_prepositions.iter().cloned().collect(),
            not_verbs: verbs.not_verbs.iter().cloned().collect(),
            verb_openers: verbs.verb_openers.iter().cloned().collect(),
            baselines: verbs.baselines.clone(),
            sign_openers: figures.sign_openers.iter().cloned().collect(),
            particle_heads: verbs.particle_heads.iter().cloned().collect(),
            limit_verbs: verbs.limit_verbs.iter().cloned().collect(),
            up_to_verbs: verbs.up_to_verbs.iter().cloned().collect(),
            rated_instruments: verbs.rated_instruments.iter().cloned().collect(),
            comparatives: verbs
                .comparatives_up
                .iter()
                .map(|w| (w.clone(), true))
                .chain(verbs.comparatives_down.iter().map(|w| (w.clone(), false)))
                .collect(),
            comparative_links: verbs.comparative_links.iter().cloned().collect(),
            market_close_verbs: verbs.market_close_verbs.iter().cloned().collect(),
            comparatives_positional: verbs.comparatives_positional.iter().cloned().collect(),
            fixed_points: verbs.fixed_points.iter().cloned().collect(),
            length_baselines: verbs.length_baselines.iter().cloned().collect(),
            level_nouns: verbs.level_nouns.iter().cloned().collect(),
            counted: figures.counted,
            concept: figures.concept,
            spanning_over: figures.spanning_over,
            hedge_by_first: by_first_byte(&figures.hedges.cues),
            hedges: figures.hedges.cues,
            not_cues: figures.hedges.not_cues.into_iter().collect(),
            period_shapes: OpenerShapes::of(
                &figures
                    .periods
                    .references
                    .iter()
                    .chain(&figures.periods.ordinals)
                    .chain(&figures.periods.prepositions)
                    .cloned()
                    .collect(),
            ),
            periods: figures.periods,
            name_words: figures.names.before.into_iter().collect(),
            capitalised_name_words: figures.names.capitalised_before.into_iter().collect(),
            product_nouns: figures.names.products.into_iter().collect(),
            work_nouns: figures.names.works.into_iter().collect(),
            galleries: figures.names.galleries.into_iter().collect(),
            brands: figures.names.brands.into_iter().collect(),
            number_idioms: figures.names.idioms.into_iter().collect(),
            zero_terms: figures.names.zero_terms.into_iter().collect(),
            emergency_before: figures.names.emergency_before.into_iter().collect(),
            emergency_after: figures.names.emergency_after.into_iter().collect(),
            headline_words: figures.names.headline_words.into_iter().collect(),
            some_day_before: figures.names.some_day_before.into_iter().collect(),
            some_day_after: figures.names.some_day_after.into_iter().collect(),
            some_day_modals: figures.names.some_day_modals.into_iter().collect(),
            some_day_not_verbs: figures.names.some_day_not_verbs.into_iter().collect(),
            time_zones: figures.times.zones.into_iter().collect(),
            hedge_classes: {
                let mut classes: Vec<(String, Vec<String>)> =
                    figures.hedge_classes.into_iter().collect();
                classes.sort();
                classes
            },
            units: units.unit,
        })
    }

    /// Is `w` a hedge cue, as written or inflected ("weighing", "expected")? Only the cues
    /// that share its first letter are compared.
    pub fn is_hedge(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else {
            return false;
        };
        self.hedge_by_first[usize::from(first)].iter().any(|&i| {
            let cue = &self.hedges[i];
            stems::stem_match(w, cue) || w == cue
        })
    }

    /// The direction (up: `true`) of the change verb that `w` inflects ("rose", "cuts"), if
    /// it is one. Only the stems that share its first letter are compared.
    pub fn change_verb(&self, w: &str) -> Option<bool> {
        let first = usize::from(*w.as_bytes().first()?);
        self.change_by_first[first]
            .iter()
            .map(|&i| &self.change_verbs[i])
            .find(|(stem, _)| stems::stem_match(w, stem))
            .map(|&(_, up)| up)
    }

    /// The compiled-in lexicon. The schema files are validated by a unit test, so a failure
    /// here is a build defect; it still degrades to an empty lexicon rather than panicking.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            Lexicon::load().unwrap_or_else(|err| {
                eprintln!("factdex: invalid bundled schema: {err}");
                Lexicon::empty()
            })
        })
    }

    /// The certainty class of a hedge cue: `tentative`, `committed` or `projected`
    /// (`stated` when there is no cue).
    pub fn hedge_class(&self, hedge: Option<&str>) -> &str {
        let Some(h) = hedge.map(str::to_lowercase) else {
            return "stated";
        };
        self.hedge_classes
            .iter()
            .find(|(_, stems)| stems.iter().any(|s| h.starts_with(s.as_str())))
            .map_or("stated", |(class, _)| class.as_str())
    }

    /// Do two certainty classes say the same? A plain statement and a commitment are both firm.
    pub fn same_certainty(a: &str, b: &str) -> bool {
        let firm = |c: &str| matches!(c, "stated" | "committed");
        a == b || (firm(a) && firm(b))
    }

    /// The unit with this canonical name.
    pub fn unit_named(&self, name: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.name == name)
    }

    /// The unit an alias stands for ("tons" → metric ton); never a base-only unit ("games").
    pub fn unit_for_alias(&self, alias: &str) -> Option<&Unit> {
        self.aliases
            .get(&alias_key(alias))
            .and_then(|&(i, _)| self.units.get(i))
            .filter(|u| !u.base_only)
    }

    fn empty() -> Lexicon {
        Lexicon {
            units: Vec::new(),
            aliases: HashMap::default(),
            alias_heads: Default::default(),
            lowercase_only: Default::default(),
            uppercase_only: Default::default(),
            strict_followers: Default::default(),
            pound_weight_cues: Default::default(),
            scaled_codes: Default::default(),
            max_alias_tokens: 1,
            symbols: HashMap::default(),
            symbol_heads: HashSet::default(),
            starters: Default::default(),
            openers: Default::default(),
            max_opener: 0,
            opener_shapes: OpenerShapes::default(),
            sieve: Default::default(),
            name_words: Default::default(),
            capitalised_name_words: Default::default(),
            product_nouns: Default::default(),
            work_nouns: Default::default(),
            galleries: Default::default(),
            brands: Default::default(),
            number_idioms: Default::default(),
            zero_terms: Default::default(),
            emergency_before: Default::default(),
            emergency_after: Default::default(),
            headline_words: Default::default(),
            some_day_before: Default::default(),
            some_day_after: Default::default(),
            some_day_modals: Default::default(),
            some_day_not_verbs: Default::default(),
            time_zones: Default::default(),
            hedge_classes: Vec::new(),
            scales: HashMap::default(),
            numbers: HashMap::default(),
            prefix_bounds: Bounds::default(),
            suffix_bounds: Bounds::default(),
            change_verbs: Vec::new(),
            change_by_first: vec![Vec::new(); 256],
            needs_by_or_to: Vec::new(),
            movement: Default::default(),
            object_prepositions: Default::default(),
            not_verbs: Default::default(),
            verb_openers: Default::default(),
            baselines: Default::default(),
            sign_openers: Default::default(),
            particle_heads: Default::default(),
            limit_verbs: Default::default(),
            up_to_verbs: Default::default(),
            rated_instruments: Default::default(),
            comparatives: Default::default(),
            comparative_links: Default::default(),
            market_close_verbs: Default::default(),
            comparatives_positional: Default::default(),
            fixed_points: Default::default(),
            length_baselines: Default::default(),
            level_nouns: Default::default(),
            counted: Counted::default(),
            concept: Concept::default(),
            spanning_over: SpanningOver::default(),
            hedges: Vec::new(),
            hedge_by_first: vec![Vec::new(); 256],
            not_cues: Default::default(),
            period_shapes: OpenerShapes::default(),
            periods: Periods {
                references: vec![],
                nouns: vec![],
                ordinals: vec![],
                prepositions: vec![],
            },
        }
    }
}

#[cfg(test)]
mod tests;

/// For each first byte, the positions of the words that start with it.
fn by_first_byte<'a>(words: impl IntoIterator<Item = &'a String>) -> Vec<Vec<usize>> {
    let mut by_first = vec![Vec::new(); 256];
    for (i, w) in words.into_iter().enumerate() {
        if let Some(&b) = w.as_bytes().first() {
            by_first[usize::from(b)].push(i);
        }
    }
    by_first
}
