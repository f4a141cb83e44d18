//! Interned indices into the [`super::Curriculum`]'s item vectors.

macro_rules! index_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The position in the curriculum's vector of such items.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

index_type!(
    /// A skill, by its position in `Curriculum::skills`.
    SkillId,
    /// A module, by its position in `Curriculum::modules`.
    ModuleId,
    /// A metro line, by its position in `Curriculum::lines`.
    LineId,
    /// A fieldlab, by its position in `Curriculum::fieldlabs`.
    FieldlabId,
    /// A skills profile, by its position in `Curriculum::profiles`.
    ProfileId,
);
