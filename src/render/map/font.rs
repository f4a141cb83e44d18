//! The embedded fonts (DejaVu Sans Condensed, cut down to Latin; see
//! `assets/fonts/README.md`), and the widths of text set in them. The map
//! measures every label with these widths, and the PNG renderer draws with
//! the same faces, so a label's box is the box of its ink, on any machine.

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::raw::TableProvider;
use skrifa::{FontRef, MetadataProvider};

/// The regular face.
pub const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansCondensed.ttf");
/// The bold face.
pub const BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansCondensed-Bold.ttf");
/// The family name both faces carry, which the SVG and the HTML ask for.
pub const FAMILY: &str = "DejaVu Sans Condensed";

/// Above the top of the em box, per em: where a first line's baseline sits
/// below the top of its box.
pub const ASCENT: f64 = 0.93;

/// Characters past the table: wide enough for most scripts the faces lack
/// (the renderer then draws a replacement glyph of about this width).
const FALLBACK_EM: f32 = 0.75;
/// The table covers the code points below this (up to the check mark).
const TABLE_END: usize = 0x2715;

/// Advance widths per character, in ems, for one face.
struct Widths(Vec<f32>);

impl Widths {
    fn of(font: &[u8]) -> Widths {
        let mut table = vec![FALLBACK_EM; TABLE_END];
        if let Ok(font) = FontRef::new(font) {
            let em = f32::from(font.head().map(|h| h.units_per_em()).unwrap_or(2048));
            let charmap = font.charmap();
            let metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
            for (code, width) in table.iter_mut().enumerate() {
                let advance = charmap
                    .map(code as u32)
                    .and_then(|glyph| metrics.advance_width(glyph));
                if let Some(advance) = advance {
                    *width = advance / em;
                }
            }
        }
        Widths(table)
    }

    fn em(&self, c: char) -> f32 {
        self.0.get(c as usize).copied().unwrap_or(FALLBACK_EM)
    }
}

fn widths(bold: bool) -> &'static Widths {
    static REGULAR_WIDTHS: OnceLock<Widths> = OnceLock::new();
    static BOLD_WIDTHS: OnceLock<Widths> = OnceLock::new();
    if bold {
        BOLD_WIDTHS.get_or_init(|| Widths::of(BOLD))
    } else {
        REGULAR_WIDTHS.get_or_init(|| Widths::of(REGULAR))
    }
}

/// The width of `text` at `size` pixels. Kerning is left out: in these faces
/// it only ever narrows a word, so the width is never too small.
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    let widths = widths(bold);
    let ems: f32 = text.chars().map(|c| widths.em(c)).sum();
    f64::from(ems) * size
}

/// `text` broken into at most `max_lines` lines no wider than `max_width`:
/// at spaces where it can, inside a word that is wider than a line, and with
/// an ellipsis at the end of the last line when the text does not fit.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64, max_lines: usize) -> Vec<String> {
    let fits = |line: &str| width(line, size, bold) <= max_width;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut cut = false;
    'words: for word in text.split_whitespace() {
        let joined = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if fits(&joined) {
            current = joined;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
            if lines.len() == max_lines {
                cut = true;
                break;
            }
        }
        // A word too wide for a line of its own is broken where it must be.
        for c in word.chars() {
            current.push(c);
            if !fits(&current) {
                current.pop();
                lines.push(std::mem::take(&mut current));
                if lines.len() == max_lines {
                    cut = true;
                    break 'words;
                }
                current.push(c);
            }
        }
    }
    if !cut && !current.is_empty() {
        lines.push(current);
    }
    if cut && let Some(last) = lines.last_mut() {
        *last = ellipsized(last, size, bold, max_width);
    }
    lines
}

/// `line` with "…" at its end, shortened until it fits.
fn ellipsized(line: &str, size: f64, bold: bool, max_width: f64) -> String {
    let mut kept: String = line.trim_end().to_string();
    loop {
        let candidate = format!("{kept}…");
        if kept.is_empty() || width(&candidate, size, bold) <= max_width {
            return candidate;
        }
        kept.pop();
        kept = kept.trim_end().to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_faces_measure_their_letters() {
        let narrow = width("iiii", 10.0, false);
        let wide = width("MMMM", 10.0, false);
        assert!(narrow > 5.0 && narrow < wide, "{narrow} {wide}");
        assert!(width("Lassen", 11.0, true) > width("Lassen", 11.0, false));
        assert!(width("één", 11.0, false) > 0.0);
        assert_eq!(width("", 11.0, false), 0.0);
    }

    #[test]
    fn wrapping_keeps_within_the_width_and_says_what_it_cut() {
        let text = "Robotveiligheid (ISO 10218, ISO/TS 15066) en nog veel meer woorden dan past";
        let lines = wrap(text, 11.0, false, 100.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(
            lines.iter().all(|l| width(l, 11.0, false) <= 100.0),
            "{lines:?}"
        );
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert_eq!(wrap("Kort", 11.0, false, 100.0, 2), ["Kort"]);
        let long = wrap(
            "Donaudampfschifffahrtsgesellschaftskapitän",
            11.0,
            false,
            60.0,
            3,
        );
        assert!(long.len() >= 2 && long.iter().all(|l| width(l, 11.0, false) <= 60.0));
    }
}
