# The passport read from credentials (Open Badges 3.0, CLR 2.0, Europass):
# what each credential gave, what was left out and why, and what could not
# be read. `leerroute passport`, and the notes of plan and gap.

## One credential: how it is named, and whether it counts.

passport-credential = [{ $number }] { $name } ({ $file })
passport-credential-in = [{ $number }] { $name } ({ $file }, { $path })
passport-unnamed = a credential without a name
passport-proof-not-verified = proof not verified ({ $kinds })
passport-unsigned = no proof: unsigned
passport-counts = counts
passport-expired = expired on { $date }: grants nothing
passport-not-yet-valid = valid only from { $date }: grants nothing yet
passport-status-failed = the result is `Failed`: grants nothing
passport-status-withdrew = the result is `Withdrew`: grants nothing
passport-status-not-yet = the result is `{ $status }`: not held yet
passport-within = inside { $wrapper }, which does not count

## Where a level came from.

passport-source-listed = listed in the passport file
passport-source-achieved = achieved level “{ $name }”, { $position } of { $of } on the rubric
passport-source-achieved-own = achieved level “{ $name }” of the curriculum's scale
passport-source-required = required level “{ $name }”, { $position } of { $of } on the rubric
passport-source-required-own = required level “{ $name }” of the curriculum's scale
passport-source-module = granted by module `{ $module }`
passport-source-default = no level given: level 1

## Notes: read, not used, and why.

passport-note-other-framework = { $framework ->
    [none] the alignment to { $url } is no skill of the curriculum: ignored
   *[other] the alignment to { $url } ({ $framework }) is no skill of the curriculum: ignored
}
passport-note-unknown-esco = { $label ->
    [none] the ESCO skill { $url } is not in the curriculum: ignored
   *[other] the ESCO skill “{ $label }” ({ $url }) is not in the curriculum: ignored
}
passport-note-level-not-in-rubric = the achieved level `{ $level }` ({ $path }) is none of the achievement's rubric levels: ignored
passport-note-default-level = nothing says which level of `{ $skill }`: level 1 assumed
passport-note-level-capped = level { $level } of `{ $skill }` lowered to its top level, { $max }
passport-note-nothing-granted = gives no skill of the curriculum and is no module of it
passport-note-unused = not used: { $fields }
passport-note-no-context = plain JSON without `@context`: read by its field names
passport-note-unknown-context = `@context` { $first } is not Verifiable Credentials 1.1 or 2.0: read by its field names
passport-note-unknown-type = a { $types } carries no skills: ignored
passport-note-clr-achievements = { $count ->
    [one] the CLR lists 1 achievement without a credential of its own: it proves nothing and is ignored
   *[other] the CLR lists { $count } achievements without a credential of their own: they prove nothing and are ignored
}
passport-note-other-subject = issued to { $subject }, not to { $first } as the first credential: check that every credential is this worker's
passport-note-line = note: { $credential }: { $note }
passport-note-more = note: `leerroute passport --worker { $worker }` shows where every skill came from

## Errors: a credential that cannot be read (exit code 1).

passport-error = error: { $file }: `{ $path }`: { $reason }
passport-help = help: { $help }
passport-problem-unreadable = cannot be read: { $reason }
passport-problem-unreadable-help = check the path, and that the file can be read
passport-problem-too-large = larger than { $limit } bytes, more than any credential
passport-problem-not-text = neither a PNG image nor UTF-8 text
passport-problem-not-json = { $eof ->
    [yes] the JSON ends too early (line { $line }, column { $column })
   *[other] not valid JSON (line { $line }, column { $column })
}
passport-problem-format-help = a credential is an Open Badges 3.0, CLR 2.0 or Europass JSON(-LD) file, or a badge PNG or SVG with the credential baked in; a passport is a TOML file with a `[worker]` table
passport-problem-not-a-credential = not a verifiable credential: its `type` names no VerifiableCredential, OpenBadgeCredential, AchievementCredential, ClrCredential or EuropeanDigitalCredential
passport-problem-ob2 = an Open Badges 2.0 assertion; leerroute reads Open Badges 3.0
passport-problem-ob2-help = ask the issuer for the badge as an Open Badges 3.0 credential (edubadges and most wallets export one)
passport-problem-not-baked = an image without a baked credential (no `iTXt` chunk `openbadgecredential`, no `<openbadges:credential>`)
passport-problem-broken-png = a broken PNG: { $reason }
passport-problem-truncated-png = a broken PNG: the file ends in the middle of a chunk (cut off while copying or downloading?)
passport-problem-png-too-large = a PNG whose chunks need more than { $limit } bytes to read, more than any baked credential
passport-problem-compressed = the baked credential is compressed, which Open Badges baking forbids
passport-problem-compressed-help = bake the credential again without compression
passport-problem-broken-svg = not well-formed XML: { $reason }
passport-problem-wrong-type = must be { $expected ->
    [object] an object
    [string] a string
   *[reference] a string or an object with an `id`
}, found { $found ->
    [null] null
    [boolean] a boolean
    [number] a number
    [string] a string
    [array] an array
   *[object] an object
}
passport-problem-missing = has no `{ $field }`, which the data model requires
passport-problem-type-lacks = `type` must include `{ $required }`, found { $found }
passport-problem-bad-date = `{ $text }` is not a date
passport-problem-bad-date-help = write a date as an ISO 8601 date-time, e.g. `2027-01-04T00:00:00Z`
passport-problem-bad-status = `{ $status }` is no Open Badges result status
passport-problem-bad-status-help = use Completed, Enrolled, Failed, InProgress, OnHold or Withdrew
passport-problem-data-model-help = the credential breaks the data model of its standard: ask the issuer for a corrected one
passport-problem-two-passports = a second TOML passport; the first is { $first }
passport-problem-two-passports-help = keep one TOML passport per worker: its credentials can sit beside it
passport-problem-empty-folder = the folder holds no credential
passport-problem-empty-folder-help = pass a folder of credentials (a wallet export), or a passport file
passport-as-of-invalid = invalid --as-of date `{ $text }`
passport-as-of-help = write a real date from 1900 to 2999 as YYYY-MM-DD, e.g. `--as-of 2027-01-04`

## `leerroute passport --format table`.

passport-title = Passport of { $name } ({ $worker }), as of { $date }
passport-no-skills = No skill of the curriculum.
passport-from-file = the passport file
passport-completed-title = Completed modules (their grants count as held):
passport-credentials-title = Credentials (proofs are not verified):
passport-notes-title = Read but not used:
passport-note-item = { $credential } { $note }
passport-evidence = { $credential } level { $level }: { $source }
passport-column-skill = Skill
passport-column-level = Level
passport-column-from = From
passport-column-module = Module
passport-column-grants = Grants
passport-valid = { $kind ->
    [range] valid { $from } – { $until }
    [from] valid from { $from }
    [until] valid until { $until }
   *[none] no dates
}
passport-credential-entry = [{ $number }] { $name } ({ $issuer })
    {"    "}{ $place }
    {"    "}{ $valid }; { $standing }; { $proof }

## Open Badges out: `leerroute export achievements`, `passport --format clr`.

export-criteria = Complete the module “{ $name }” ({ $hours } of study).
export-skill-level = { $skill } ({ $level })
export-skill-criteria = Held by { $worker }, as recorded in their skills passport.
export-clr-name = Skills passport of { $name }
export-clr-empty = the passport holds no skill and no module: a CLR needs at least one credential
export-clr-empty-help = pass a passport with skills or completed modules
