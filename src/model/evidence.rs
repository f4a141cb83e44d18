//! A passport read from open-standard credentials, with where each of its
//! skill-levels came from, what was left out and why, and what could not be
//! read: all as data, which `render::passport` puts into words.

use jiff::civil::Date;

use super::{ModuleId, Passport, SkillId, SkillLevel};

/// A passport and everything that went into it.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// The passport the planner uses: the skill-levels and completed modules
    /// of every credential that counts, with a TOML passport's own fields.
    pub passport: Passport,
    /// Every credential read, in the order read (a CLR before the
    /// credentials it wraps).
    pub credentials: Vec<Credential>,
    /// Each skill-level held, with its source; one skill may have several.
    pub evidence: Vec<Evidence>,
    /// Each completed module, with its source.
    pub completions: Vec<Completion>,
    /// What was read but not used, and why.
    pub notes: Vec<Note>,
}

/// The standard a credential follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An Open Badges 3.0 `OpenBadgeCredential` or `AchievementCredential`.
    OpenBadge,
    /// A Comprehensive Learner Record 2.0 `ClrCredential`.
    Clr,
    /// A European Learning Model / Europass `EuropeanDigitalCredential`.
    Elm,
    /// A verifiable credential of another type (an `EndorsementCredential`).
    Other,
}

impl Format {
    /// As JSON output names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::OpenBadge => "ob3",
            Format::Clr => "clr2",
            Format::Elm => "elm",
            Format::Other => "other",
        }
    }
}

/// How the credential reached us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// A JSON or JSON-LD file (or one inside a CLR or a JSON array).
    Json,
    /// Baked into a PNG's `iTXt` chunk `openbadgecredential`.
    Png,
    /// Baked into an SVG's `<openbadges:credential>`.
    Svg,
}

impl Container {
    pub fn as_str(self) -> &'static str {
        match self {
            Container::Json => "json",
            Container::Png => "png",
            Container::Svg => "svg",
        }
    }
}

/// One credential as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Credential {
    /// The file, as the user named it (or as found in a folder).
    pub file: String,
    /// Where in the file's JSON it is: `$`, or `$.credentialSubject.verifiableCredential[1]`.
    pub path: String,
    pub format: Format,
    pub container: Container,
    /// The credential's `id`, if it has one.
    pub id: Option<String>,
    /// Its `name` (or, in Europass, the title of its first claim).
    pub name: Option<String>,
    /// The issuer's name, else its id.
    pub issuer: Option<String>,
    /// `validFrom` or `issuanceDate`, as a date (UTC).
    pub issued: Option<Date>,
    /// `validUntil` or `expirationDate`, as a date (UTC).
    pub expires: Option<Date>,
    /// The credential that wraps this one (a CLR), by index.
    pub within: Option<usize>,
    /// The types of its proofs; empty when it has none. Never verified.
    pub proofs: Vec<String>,
    /// Whether it counts, and if not, why.
    pub standing: Standing,
}

/// Whether a credential counts toward the passport.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// It counts.
    Counts,
    /// Its `validUntil`/`expirationDate` lies before the as-of date.
    Expired(Date),
    /// Its `validFrom`/`issuanceDate` lies after the as-of date.
    NotYetValid(Date),
    /// A result's status says it was not (yet) achieved.
    Status(ResultStatus),
    /// The credential that wraps it does not count.
    Within(usize),
}

/// An Open Badges result status that keeps a credential from counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultStatus {
    Failed,
    Withdrew,
    InProgress,
    Enrolled,
    OnHold,
}

impl ResultStatus {
    /// As Open Badges writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            ResultStatus::Failed => "Failed",
            ResultStatus::Withdrew => "Withdrew",
            ResultStatus::InProgress => "InProgress",
            ResultStatus::Enrolled => "Enrolled",
            ResultStatus::OnHold => "OnHold",
        }
    }
}

/// One skill-level held, and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub level: SkillLevel,
    /// The credential, by index; `None` for a TOML passport's own `skills`.
    pub credential: Option<usize>,
    pub source: LevelSource,
}

/// Where a skill-level's level came from.
#[derive(Debug, Clone, PartialEq)]
pub enum LevelSource {
    /// Listed in a TOML passport.
    Listed,
    /// A result's `achievedLevel`: that rubric level's position among its
    /// rubric's levels (low to high), on the curriculum's scale.
    Achieved(RubricLevel),
    /// The `requiredLevel` of the skill's rubric.
    Required(RubricLevel),
    /// What the module that the achievement stands for grants of the skill.
    ModuleGrant(ModuleId),
    /// Nothing said which level: level 1.
    Default,
}

/// A rubric level a level was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct RubricLevel {
    /// The rubric level's `name` (or `level`, else its id).
    pub name: String,
    /// Its place among the rubric's levels, from 1 (the lowest).
    pub position: usize,
    /// How many levels the rubric has.
    pub of: usize,
    /// Whether it is one of the curriculum's own level URIs (then the
    /// level is that one, whatever the position).
    pub own: bool,
}

/// A module completed, and the credential that says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub module: ModuleId,
    /// `None` for a TOML passport's own `completed`.
    pub credential: Option<usize>,
}

/// Something read and not used, with the facts to say why.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// An alignment or skill of another framework than ESCO or the curriculum.
    OtherFramework {
        credential: usize,
        path: String,
        url: String,
        framework: Option<String>,
    },
    /// An ESCO skill that the curriculum has no skill for.
    UnknownEscoSkill {
        credential: usize,
        path: String,
        url: String,
        label: Option<String>,
    },
    /// An `achievedLevel` that is none of the achievement's rubric levels.
    LevelNotInRubric {
        credential: usize,
        path: String,
        level: String,
    },
    /// Nothing said the level of a skill: level 1 is assumed.
    DefaultLevel { credential: usize, skill: SkillId },
    /// A level above the skill's top level, lowered to it.
    LevelCapped {
        credential: usize,
        skill: SkillId,
        level: u8,
        max: u8,
    },
    /// A credential that gives no skill of the curriculum and no module.
    NothingGranted { credential: usize },
    /// Fields that leerroute does not use (JSON paths below the credential).
    Unused {
        credential: usize,
        fields: Vec<String>,
    },
    /// Plain JSON without an `@context`: read by its field names.
    NoContext { credential: usize },
    /// An `@context` without a Verifiable Credentials 1.1 or 2.0 context.
    UnknownContext { credential: usize, first: String },
    /// A credential of a type that carries no skills (an endorsement).
    UnknownType {
        credential: usize,
        types: Vec<String>,
    },
    /// A CLR's own list of achievements, which prove nothing without a
    /// credential each.
    ClrAchievements { credential: usize, count: usize },
    /// A credential issued to another subject than the first one read.
    OtherSubject {
        credential: usize,
        subject: String,
        first: String,
    },
}

impl Note {
    /// The credential the note is about.
    pub fn credential(&self) -> usize {
        match self {
            Note::OtherFramework { credential, .. }
            | Note::UnknownEscoSkill { credential, .. }
            | Note::LevelNotInRubric { credential, .. }
            | Note::DefaultLevel { credential, .. }
            | Note::LevelCapped { credential, .. }
            | Note::NothingGranted { credential }
            | Note::Unused { credential, .. }
            | Note::NoContext { credential }
            | Note::UnknownContext { credential, .. }
            | Note::UnknownType { credential, .. }
            | Note::ClrAchievements { credential, .. }
            | Note::OtherSubject { credential, .. } => *credential,
        }
    }
}

/// A credential that cannot be read: the file, the place in its JSON and
/// the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialError {
    pub file: String,
    /// A JSON path (`$.credentialSubject.result[1].type`), or `$` for the
    /// whole file.
    pub path: String,
    pub problem: Problem,
}

/// Why a credential cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file cannot be read (the operating system's reason).
    Unreadable(String),
    /// Larger than any credential (the limit in bytes).
    TooLarge(u64),
    /// Neither a PNG nor UTF-8 text.
    NotText,
    /// Not JSON, at this line and column (`eof`: it ends too early).
    NotJson {
        line: usize,
        column: usize,
        eof: bool,
    },
    /// JSON, but no verifiable credential.
    NotACredential,
    /// An Open Badges 2.0 assertion, which is not read.
    OpenBadges2,
    /// A PNG or SVG without a baked credential.
    NotBaked,
    /// A PNG that the `png` crate cannot read (its reason).
    BrokenPng(String),
    /// A PNG that ends in the middle of a chunk.
    TruncatedPng,
    /// A PNG whose chunks need more memory to read than the limit in bytes.
    PngTooLarge(u64),
    /// A baked PNG credential that is compressed (baking forbids it).
    CompressedBaking,
    /// An SVG that is not well-formed XML.
    BrokenSvg(String),
    /// A value of the wrong JSON type.
    WrongType {
        expected: Expected,
        /// The JSON type found: `null`, `boolean`, `number`, `string`,
        /// `array` or `object`.
        found: &'static str,
    },
    /// A field the data model requires.
    Missing(&'static str),
    /// A `type` that lacks what the data model requires.
    TypeLacks {
        required: &'static str,
        found: Vec<String>,
    },
    /// A date that is not a date.
    BadDate(String),
    /// A result status that Open Badges does not define.
    BadStatus(String),
    /// A folder with more than one TOML passport.
    TwoPassports { first: String },
    /// A folder with no credential in it.
    EmptyFolder,
}

/// What a value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    String,
    /// A string, or an object with an `id`.
    Reference,
}

impl Expected {
    pub fn as_str(self) -> &'static str {
        match self {
            Expected::Object => "object",
            Expected::String => "string",
            Expected::Reference => "reference",
        }
    }
}

impl Imported {
    /// The passport of a TOML file, with nothing else read.
    pub fn listed(passport: Passport) -> Imported {
        let evidence = passport
            .skills
            .iter()
            .map(|&level| Evidence {
                level,
                credential: None,
                source: LevelSource::Listed,
            })
            .collect();
        let completions = passport
            .completed
            .iter()
            .map(|&module| Completion {
                module,
                credential: None,
            })
            .collect();
        Imported {
            passport,
            evidence,
            completions,
            ..Imported::default()
        }
    }
}
