# Het skillspaspoort uit credentials (Open Badges 3.0, CLR 2.0, Europass):
# wat elke credential opleverde, wat is weggelaten en waarom, en wat niet te
# lezen was. `leerroute passport`, en de opmerkingen bij plan en gap.

## Eén credential: hoe hij heet, en of hij meetelt.

passport-credential = [{ $number }] { $name } ({ $file })
passport-credential-in = [{ $number }] { $name } ({ $file }, { $path })
passport-unnamed = een credential zonder naam
passport-proof-not-verified = handtekening niet gecontroleerd ({ $kinds })
passport-unsigned = niet ondertekend
passport-counts = telt mee
passport-expired = verlopen op { $date }: telt niet mee
passport-not-yet-valid = pas geldig vanaf { $date }: telt nog niet mee
passport-status-failed = het resultaat is `Failed` (niet gehaald): telt niet mee
passport-status-withdrew = het resultaat is `Withdrew` (gestopt): telt niet mee
passport-status-not-yet = het resultaat is `{ $status }`: nog niet behaald
passport-within = zit in { $wrapper }, en die telt niet mee

## Waar een niveau vandaan komt.

passport-source-listed = staat in het paspoortbestand
passport-source-achieved = behaald niveau ‘{ $name }’, { $position } van { $of } op de rubric
passport-source-achieved-own = behaald niveau ‘{ $name }’ van de niveauschaal van het curriculum
passport-source-required = vereist niveau ‘{ $name }’, { $position } van { $of } op de rubric
passport-source-required-own = vereist niveau ‘{ $name }’ van de niveauschaal van het curriculum
passport-source-module = opgeleverd door module `{ $module }`
passport-source-default = geen niveau vermeld: niveau 1

## Opmerkingen: gelezen, niet gebruikt, en waarom.

passport-note-other-framework = { $framework ->
    [none] de koppeling naar { $url } is geen skill uit het curriculum: genegeerd
   *[other] de koppeling naar { $url } ({ $framework }) is geen skill uit het curriculum: genegeerd
}
passport-note-unknown-esco = { $label ->
    [none] de ESCO-vaardigheid { $url } staat niet in het curriculum: genegeerd
   *[other] de ESCO-vaardigheid ‘{ $label }’ ({ $url }) staat niet in het curriculum: genegeerd
}
passport-note-level-not-in-rubric = het behaalde niveau `{ $level }` ({ $path }) komt in geen enkele rubric van de achievement voor: genegeerd
passport-note-default-level = nergens staat welk niveau van `{ $skill }`: uitgegaan van niveau 1
passport-note-level-capped = niveau { $level } van `{ $skill }` teruggebracht tot het hoogste niveau, { $max }
passport-note-nothing-granted = levert geen skill uit het curriculum op en is er geen module van
passport-note-unused = niet gebruikt: { $fields }
passport-note-no-context = gewone JSON zonder `@context`: gelezen op veldnamen
passport-note-unknown-context = `@context` { $first } is geen Verifiable Credentials 1.1 of 2.0: gelezen op veldnamen
passport-note-unknown-type = een { $types } bevat geen skills: genegeerd
passport-note-clr-achievements = { $count ->
    [one] het CLR noemt 1 achievement zonder eigen credential: dat bewijst niets en wordt genegeerd
   *[other] het CLR noemt { $count } achievements zonder eigen credential: die bewijzen niets en worden genegeerd
}
passport-note-other-subject = uitgegeven aan { $subject }, niet aan { $first } zoals de eerste credential: controleer of alle credentials van deze medewerker zijn
passport-note-line = let op: { $credential }: { $note }
passport-note-more = let op: `leerroute passport --worker { $worker }` laat zien waar elke skill vandaan komt

## Fouten: een credential die niet te lezen is (exitcode 1).

passport-error = fout: { $file }: `{ $path }`: { $reason }
passport-help = tip: { $help }
passport-problem-unreadable = niet te lezen: { $reason }
passport-problem-unreadable-help = controleer het pad, en of het bestand leesbaar is
passport-problem-too-large = groter dan { $limit } bytes, groter dan welke credential ook
passport-problem-not-text = geen PNG-afbeelding en geen UTF-8-tekst
passport-problem-not-json = { $eof ->
    [yes] de JSON houdt te vroeg op (regel { $line }, kolom { $column })
   *[other] geen geldige JSON (regel { $line }, kolom { $column })
}
passport-problem-format-help = een credential is een JSON(-LD)-bestand volgens Open Badges 3.0, CLR 2.0 of Europass, of een badge als PNG of SVG met de credential erin gebakken; een paspoort is een TOML-bestand met een `[worker]`-tabel
passport-problem-not-a-credential = geen verifiable credential: het `type` noemt geen VerifiableCredential, OpenBadgeCredential, AchievementCredential, ClrCredential of EuropeanDigitalCredential
passport-problem-ob2 = een Open Badges 2.0-assertion; leerroute leest Open Badges 3.0
passport-problem-ob2-help = vraag de uitgever om de badge als Open Badges 3.0-credential (edubadges en de meeste wallets kunnen die exporteren)
passport-problem-not-baked = een afbeelding zonder ingebakken credential (geen `iTXt`-chunk `openbadgecredential`, geen `<openbadges:credential>`)
passport-problem-broken-png = een beschadigde PNG: { $reason }
passport-problem-truncated-png = een beschadigde PNG: het bestand houdt midden in een chunk op (afgebroken bij kopiëren of downloaden?)
passport-problem-png-too-large = een PNG waarvan de chunks meer dan { $limit } bytes nodig hebben om te lezen, meer dan welke ingebakken credential ook
passport-problem-compressed = de ingebakken credential is gecomprimeerd, en dat staat Open Badges niet toe
passport-problem-compressed-help = bak de credential opnieuw in, zonder compressie
passport-problem-broken-svg = geen geldige XML: { $reason }
passport-problem-wrong-type = moet { $expected ->
    [object] een object
    [string] een tekst
   *[reference] een tekst of een object met een `id`
} zijn, maar is { $found ->
    [null] null
    [boolean] een boolean
    [number] een getal
    [string] een tekst
    [array] een lijst
   *[object] een object
}
passport-problem-missing = heeft geen `{ $field }`, en dat vereist het datamodel
passport-problem-type-lacks = `type` moet `{ $required }` bevatten, maar is { $found }
passport-problem-bad-date = `{ $text }` is geen datum
passport-problem-bad-date-help = schrijf een datum als ISO 8601-tijdstip, bijvoorbeeld `2027-01-04T00:00:00Z`
passport-problem-bad-status = `{ $status }` is geen resultaatstatus van Open Badges
passport-problem-bad-status-help = gebruik Completed, Enrolled, Failed, InProgress, OnHold of Withdrew
passport-problem-data-model-help = de credential voldoet niet aan het datamodel van zijn standaard: vraag de uitgever om een verbeterde
passport-problem-two-passports = een tweede TOML-paspoort; het eerste is { $first }
passport-problem-two-passports-help = houd één TOML-paspoort per medewerker aan; de credentials kunnen ernaast staan
passport-problem-empty-folder = de map bevat geen credential
passport-problem-empty-folder-help = geef een map met credentials (een wallet-export) of een paspoortbestand
passport-as-of-invalid = ongeldige datum bij --as-of: `{ $text }`
passport-as-of-help = schrijf een bestaande datum tussen 1900 en 2999 als JJJJ-MM-DD, bijvoorbeeld `--as-of 2027-01-04`

## `leerroute passport --format table`.

passport-title = Skillspaspoort van { $name } ({ $worker }), per { $date }
passport-no-skills = Geen skills uit het curriculum.
passport-from-file = het paspoortbestand
passport-completed-title = Afgeronde modules (wat ze opleveren telt als behaald):
passport-credentials-title = Credentials (handtekeningen zijn niet gecontroleerd):
passport-notes-title = Gelezen maar niet gebruikt:
passport-note-item = { $credential } { $note }
passport-evidence = { $credential } niveau { $level }: { $source }
passport-column-skill = Skill
passport-column-level = Niveau
passport-column-from = Bron
passport-column-module = Module
passport-column-grants = Levert op
passport-valid = { $kind ->
    [range] geldig { $from } – { $until }
    [from] geldig vanaf { $from }
    [until] geldig tot { $until }
   *[none] zonder datums
}
passport-credential-entry = [{ $number }] { $name } ({ $issuer })
    {"    "}{ $place }
    {"    "}{ $valid }; { $standing }; { $proof }

## Open Badges naar buiten: `leerroute export achievements`, `passport --format clr`.

export-criteria = Rond de module ‘{ $name }’ af ({ $hours } studielast).
export-skill-level = { $skill } ({ $level })
export-skill-criteria = Behaald door { $worker }, zoals vastgelegd in het skillspaspoort.
export-clr-name = Skillspaspoort van { $name }
export-clr-empty = het paspoort bevat geen skills en geen modules: een CLR heeft minstens één credential nodig
export-clr-empty-help = geef een paspoort met skills of afgeronde modules
