//! Boxes and track segments, and a grid index that finds what a new label
//! would touch without looking at everything on the map.

use std::collections::HashMap;

/// An axis-aligned box: `x0 <= x1`, `y0 <= y1`, y growing downwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect {
            x0: x0.min(x1),
            y0: y0.min(y1),
            x1: x0.max(x1),
            y1: y0.max(y1),
        }
    }

    /// The box of half-sizes `rx`, `ry` around a centre.
    pub fn around(x: f64, y: f64, rx: f64, ry: f64) -> Rect {
        Rect::new(x - rx, y - ry, x + rx, y + ry)
    }

    pub fn grow(self, by: f64) -> Rect {
        Rect::new(self.x0 - by, self.y0 - by, self.x1 + by, self.y1 + by)
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    /// Whether the two share more than an edge.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }
}

/// A straight piece of track, `width` wide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub width: f64,
}

impl Segment {
    /// The box that holds the whole stroke.
    pub fn bounds(&self) -> Rect {
        Rect::new(self.from.0, self.from.1, self.to.0, self.to.1).grow(self.width / 2.0)
    }

    /// Whether the stroke touches `rect`: the centre line clipped against the
    /// box grown by half the width (Liang–Barsky). Growing the box by the
    /// half-width on every side holds the stroke's round ends too.
    pub fn hits(&self, rect: &Rect) -> bool {
        let r = rect.grow(self.width / 2.0);
        let (dx, dy) = (self.to.0 - self.from.0, self.to.1 - self.from.1);
        let mut low = 0.0f64;
        let mut high = 1.0f64;
        for (p, q) in [
            (-dx, self.from.0 - r.x0),
            (dx, r.x1 - self.from.0),
            (-dy, self.from.1 - r.y0),
            (dy, r.y1 - self.from.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    low = low.max(t);
                } else {
                    high = high.min(t);
                }
                if low > high {
                    return false;
                }
            }
        }
        true
    }
}

/// What is already on the map, where a label may not go.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    Box(Rect),
    Track(Segment),
}

impl Shape {
    fn bounds(&self) -> Rect {
        match self {
            Shape::Box(rect) => *rect,
            Shape::Track(segment) => segment.bounds(),
        }
    }

    pub fn hits(&self, rect: &Rect) -> bool {
        match self {
            Shape::Box(other) => other.overlaps(rect),
            Shape::Track(segment) => segment.hits(rect),
        }
    }
}

/// Shapes filed by the grid cells their bounds cover.
pub struct Index {
    cell: f64,
    cells: HashMap<(i64, i64), Vec<usize>>,
    shapes: Vec<Shape>,
}

impl Index {
    pub fn new(cell: f64) -> Index {
        Index {
            cell,
            cells: HashMap::new(),
            shapes: Vec::new(),
        }
    }

    fn cells_of(&self, rect: &Rect) -> impl Iterator<Item = (i64, i64)> + use<> {
        let cell = self.cell;
        let (cx0, cx1) = (
            (rect.x0 / cell).floor() as i64,
            (rect.x1 / cell).floor() as i64,
        );
        let (cy0, cy1) = (
            (rect.y0 / cell).floor() as i64,
            (rect.y1 / cell).floor() as i64,
        );
        (cx0..=cx1).flat_map(move |x| (cy0..=cy1).map(move |y| (x, y)))
    }

    pub fn insert(&mut self, shape: Shape) {
        let id = self.shapes.len();
        let cells: Vec<(i64, i64)> = self.cells_of(&shape.bounds()).collect();
        for cell in cells {
            self.cells.entry(cell).or_default().push(id);
        }
        self.shapes.push(shape);
    }

    /// Whether `rect` touches nothing filed.
    pub fn is_free(&self, rect: &Rect) -> bool {
        self.cells_of(rect).all(|cell| {
            self.cells
                .get(&cell)
                .is_none_or(|ids| ids.iter().all(|&id| !self.shapes[id].hits(rect)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diagonal_misses_the_box_beside_it_and_hits_the_box_on_it() {
        let diagonal = Segment {
            from: (0.0, 0.0),
            to: (100.0, 100.0),
            width: 6.0,
        };
        assert!(diagonal.hits(&Rect::new(45.0, 45.0, 55.0, 55.0)));
        // Inside the segment's bounds, but off the stroke.
        assert!(!diagonal.hits(&Rect::new(70.0, 5.0, 95.0, 20.0)));
        assert!(diagonal.hits(&Rect::new(101.0, 101.0, 110.0, 110.0)));
        assert!(!diagonal.hits(&Rect::new(105.0, 105.0, 110.0, 110.0)));
        let mut index = Index::new(32.0);
        index.insert(Shape::Track(diagonal));
        index.insert(Shape::Box(Rect::new(200.0, 0.0, 210.0, 10.0)));
        assert!(index.is_free(&Rect::new(70.0, 5.0, 95.0, 20.0)));
        assert!(!index.is_free(&Rect::new(205.0, 5.0, 230.0, 20.0)));
        assert!(!index.is_free(&Rect::new(-10.0, -10.0, 1.0, 1.0)));
    }
}
