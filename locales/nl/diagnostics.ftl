# Het kader van elk meldingenoverzicht (`check`, en de problemen in alles
# wat een opdracht inleest): ernst, opmerkingen, tips en de samenvatting.
# Ids, codes, veldnamen en TOML-fragmenten blijven zoals ze zijn; alleen de
# woorden eromheen veranderen.

diag-severity-error = fout
diag-severity-warning = waarschuwing
diag-note = let op: { $note }
diag-help = tip: { $help }
diag-pictured = `{ $picture }` hierboven staat voor het onzichtbare teken { $code }

diag-more-errors = … en nog { $count } { $count ->
    [one] fout
   *[other] fouten
} `{ $code }` (gebruik -v om alles te zien)
diag-more-warnings = … en nog { $count } { $count ->
    [one] waarschuwing
   *[other] waarschuwingen
} `{ $code }` (gebruik -v om alles te zien)

diag-summary = { $subject }: { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
} in { $files ->
    [one] 1 bestand
   *[other] { $files } bestanden
}{ $unchecked }
diag-summary-unchecked = ; { $parts } niet gecontroleerd
diag-count-lints = { $count ->
    [one] 1 controle
   *[other] { $count } controles
}
diag-count-items = { $count ->
    [one] 1 onderdeel
   *[other] { $count } onderdelen
}
diag-lints-did-not-run = { $count ->
    [one] is 1 controle
   *[other] zijn { $count } controles
} niet uitgevoerd ({ $codes }: die hebben een curriculum zonder fouten nodig)
diag-lints-did-not-run-part = { $count ->
    [one] is 1 controle
   *[other] zijn { $count } controles
} niet uitgevoerd ({ $codes }: die hebben het hele curriculum nodig)
diag-items-not-linted = { $count ->
    [one] is 1 onderdeel met fouten
   *[other] zijn { $count } onderdelen met fouten
} niet gecontroleerd
diag-note-part-of = let op: dit bestand is een deel van het curriculum in `{ $directory }`, dus { $parts }; controleer het hele curriculum: `{ $command }`
diag-note-errors = let op: door de fouten { $parts }; los de fouten op en controleer opnieuw


## Wat een tabel is, in meldingen: "een module", "de twee modules".
kind-curriculum = { $count ->
    [one] curriculum
   *[other] curricula
}
kind-skill = { $count ->
    [one] vaardigheid
   *[other] vaardigheden
}
kind-module = { $count ->
    [one] module
   *[other] modules
}
kind-line = { $count ->
    [one] lijn
   *[other] lijnen
}
kind-fieldlab = { $count ->
    [one] fieldlab
   *[other] fieldlabs
}
kind-profile = { $count ->
    [one] profiel
   *[other] profielen
}
kind-worker = { $count ->
    [one] paspoort
   *[other] paspoorten
}
kind-holiday = { $count ->
    [one] vakantie
   *[other] vakanties
}
kind-item = { $count ->
    [one] onderdeel
   *[other] onderdelen
}

## Een curriculum waarmee een opdracht niet kan plannen.
diag-curriculum-unusable = fout: het curriculum `{ $subject }` is niet te gebruiken; `{ $command }` vertelt waarom
diag-curriculum-inconsistent = fout: het curriculum `{ $subject }` klopt niet; `{ $command }` vertelt waarom

## Opsommingen.
list-comma = { $first }, { $rest }
list-or = { $most } of { $last }
plain = { $text }
list-semicolon = { $first }; { $rest }

## Een profiel-id op de opdrachtregel (`--target`, `--targets`).
input-unknown-profile = onbekend profiel `{ $id }`
input-list-profiles = `leerroute list profiles` toont alle profielen

## Een id bij `show` of `map --line`.
show-unknown-id = geen vaardigheid, module, lijn, fieldlab of profiel heeft het id `{ $id }`
show-list-ids = `leerroute list modules` (of skills, lines, fieldlabs, profiles) toont de ids
map-unknown-line = onbekende lijn `{ $id }` bij --line
map-list-lines = `leerroute list lines` toont alle lijnen
