//! Colour that helps: status lines and the route's steps (table headers are bold through
//! comfy-table), with
//! anstyle (as clap does). Only when the layout says so: `--color always`,
//! or `auto` on a terminal without `NO_COLOR`; never in a file or a pipe.

use anstyle::{AnsiColor, Style};

/// A route that was found, or a worker who already qualifies.
pub const GOOD: Style = AnsiColor::Green.on_default().bold();
/// No route.
pub const BAD: Style = AnsiColor::Red.on_default().bold();
/// A step's number and title; a profile's id in a ranking.
pub const STEP: Style = AnsiColor::Cyan.on_default().bold();
/// The header of a hand-drawn table (comfy-table draws its own).
pub const HEADER: Style = Style::new().bold();

/// `text` in `style` when `on`.
pub fn paint(on: bool, style: Style, text: &str) -> String {
    if on {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_string()
    }
}
