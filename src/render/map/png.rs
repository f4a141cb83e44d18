//! The map as a PNG: its SVG rendered by resvg with the embedded fonts only,
//! so the picture is the same on every machine.

use resvg::tiny_skia;
use resvg::usvg;

use super::font::{BOLD, FAMILY, REGULAR};

/// Pixels per SVG unit: twice, for a sharp picture on paper and screens.
const SCALE: f32 = 2.0;
/// The most pixels a PNG gets (a large catalogue is drawn smaller).
const MAX_PIXELS: f32 = 64_000_000.0;

/// Renders `svg` (as [`super::svg()`] makes it) to PNG bytes.
pub fn png(svg: &str) -> anyhow::Result<Vec<u8>> {
    let mut options = usvg::Options {
        font_family: FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let fonts = options.fontdb_mut();
    fonts.load_font_data(REGULAR.to_vec());
    fonts.load_font_data(BOLD.to_vec());
    fonts.set_sans_serif_family(FAMILY);
    let tree = usvg::Tree::from_str(svg, &options)?;
    let size = tree.size();
    let area = size.width() * size.height();
    let scale = SCALE.min((MAX_PIXELS / area.max(1.0)).sqrt());
    let (width, height) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    let mut pixmap = tiny_skia::Pixmap::new(width.max(1), height.max(1))
        .ok_or_else(|| anyhow::anyhow!("cannot make a {width}×{height} picture"))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap.encode_png()?)
}
