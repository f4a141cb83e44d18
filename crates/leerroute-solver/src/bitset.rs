//! A fixed-size set of small integers, one bit each.
//!
//! Reachability results are handed out as bitsets so callers can intersect and
//! test membership cheaply; the planner's hot loops use flat `Vec<bool>`s.

/// A set of indices `0..len`, stored as packed 64-bit words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct BitSet {
    words: Vec<u64>,
    len: usize,
}

impl BitSet {
    /// The empty set over `0..len`.
    pub fn new(len: usize) -> Self {
        BitSet {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// The set holding every index in `0..len`.
    pub fn full(len: usize) -> Self {
        let mut set = BitSet {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        if let Some(last) = set.words.last_mut()
            && !len.is_multiple_of(64)
        {
            *last = (1u64 << (len % 64)) - 1;
        }
        set
    }

    /// The set of the given indices over `0..len`; indices `>= len` are ignored.
    pub fn from_indices(len: usize, indices: impl IntoIterator<Item = usize>) -> Self {
        let mut set = BitSet::new(len);
        for i in indices {
            set.insert(i);
        }
        set
    }

    /// The size of the universe, not the number of members (see [`BitSet::count`]).
    pub fn capacity(&self) -> usize {
        self.len
    }

    /// Whether `i` is a member; indices outside the universe never are.
    pub fn contains(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|word| word >> (i % 64) & 1 == 1)
    }

    /// Adds `i`; indices outside the universe are ignored.
    pub fn insert(&mut self, i: usize) {
        if i < self.len
            && let Some(word) = self.words.get_mut(i / 64)
        {
            *word |= 1 << (i % 64);
        }
    }

    /// Removes `i` if present.
    pub fn remove(&mut self, i: usize) {
        if let Some(word) = self.words.get_mut(i / 64) {
            *word &= !(1 << (i % 64));
        }
    }

    /// The members as packed 64-bit words, lowest first.
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    /// The number of members.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The members in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(k, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                Some(k * 64 + bit)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_set_has_exactly_len_members() {
        for len in [0, 1, 63, 64, 65, 130] {
            let set = BitSet::full(len);
            assert_eq!(set.count(), len);
            assert_eq!(set.iter().collect::<Vec<_>>(), (0..len).collect::<Vec<_>>());
            assert!(!set.contains(len));
        }
    }

    #[test]
    fn insert_remove_and_out_of_range() {
        let mut set = BitSet::new(70);
        set.insert(3);
        set.insert(69);
        set.insert(70);
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![3, 69]);
        set.remove(3);
        set.remove(500);
        assert!(!set.contains(3));
        assert_eq!(set.count(), 1);
    }
}
