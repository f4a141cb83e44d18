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
diag-lints-did-not-run = { diag-count-lints } niet uitgevoerd ({ $codes }: die hebben een curriculum zonder fouten nodig)
diag-lints-did-not-run-part = { diag-count-lints } niet uitgevoerd ({ $codes }: die hebben het hele curriculum nodig)
diag-items-not-linted = { $count ->
    [one] 1 onderdeel met fouten is niet gecontroleerd
   *[other] { $count } onderdelen met fouten zijn niet gecontroleerd
}
diag-note-part-of = let op: dit bestand is een deel van het curriculum in `{ $directory }`, dus { $parts }; controleer het hele curriculum: `{ $command }`
diag-note-errors = let op: door de fouten { $parts }; los de fouten op en controleer opnieuw

# Tijdelijk: tekst die nog niet in de catalogus staat.
verbatim = { $text }
