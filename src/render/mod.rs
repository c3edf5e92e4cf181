//! Rendering: prints results for people (terminal) or programs (JSON).
//!
//! Colors are used only when stdout is a terminal and `NO_COLOR` is not set.

pub mod figure;
pub mod json;
pub mod terminal;

use std::io::IsTerminal;

/// Text styling: ANSI colors on a terminal, plain text otherwise.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Emit ANSI escapes.
    pub color: bool,
}

impl Style {
    /// Colors when stdout is a terminal and `NO_COLOR` is unset.
    pub fn detect() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style {
            color: !no_color && std::io::stdout().is_terminal(),
        }
    }

    fn wrap(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// A group heading.
    pub fn heading(&self, s: &str) -> String {
        self.wrap("1;34", s)
    }

    /// Secondary information.
    pub fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }

    /// A matched query term.
    pub fn term(&self, s: &str) -> String {
        self.wrap("1;31", s)
    }

    /// A figure in running text: colored on a terminal, bracketed otherwise.
    pub fn figure(&self, s: &str) -> String {
        if self.color {
            self.wrap("1;32", s)
        } else {
            format!("[{s}]")
        }
    }
}
