

## Rijen in bulk (`batch`, `--workers`): de `error` van een uitvoerrij, en invoer die helemaal niet te lezen is. Sleutels, kolommen en codes blijven zoals ze zijn.
rows-cannot-read = de invoer is niet te lezen: { $error }
rows-cannot-read-help = controleer of het bestand leesbaar is
rows-convert-help = sla het op als UTF-8-tekst (in Excel: `CSV UTF-8`), of zet het om met `iconv -t UTF-8`
rows-gzip = de invoer is met gzip ingepakt
rows-gzip-help = pak het eerst uit: `gunzip -c BESTAND | leerroute batch --workers - --input-format { $format }`
rows-zip = de invoer is een ZIP-archief (een Excel-werkmap?), geen CSV of JSON Lines
rows-zip-help = sla het werkblad op als `CSV UTF-8`
rows-utf16 = de invoer is UTF-16-tekst
rows-binary = de invoer is binaire data, geen tekst
rows-binary-help = geef een CSV- of JSON Lines-bestand op (zie de README onder 'File formats')
rows-line1-not-utf8 = regel 1 is geen geldige UTF-8
rows-empty = de invoer is leeg: verwacht { $expected }
rows-empty-help = het bulkformaat staat beschreven in de README onder 'File formats'
rows-too-long = { $what } is langer dan { $mib } MiB
rows-not-utf8 = { $what } is geen geldige UTF-8 (byte { $byte } in kolom { $column }); sla het bestand op als UTF-8 (in Excel: `CSV UTF-8`)
rows-what-line = de regel
rows-what-row = de rij
rows-what-header = de kopregel van de CSV
rows-what-cell = de cel `{ $name }`
rows-what-field = veld { $number }
rows-extra-columns-help = hernoem een verkeerd gespelde kolom naar een van de bulkkolommen, of geef `--extra-columns ignore` om kolommen over te slaan die leerroute niet gebruikt
rows-no-id = de rij heeft geen `id`
rows-column-problem = `{ $column }`: { $message }
rows-column-problem-help = `{ $column }`: { $message }; { $help }
rows-spans-lines = { $message } (de rij loopt van regel { $first } tot en met { $last })
rows-expected-header = de kopregel `{ $header }`
rows-start-with-header = begin de invoer met de kopregel `{ $header }`
rows-header-not-utf8 = de kopregel van de CSV is geen geldige UTF-8
rows-save-utf8-help = sla het bestand op als UTF-8 (in Excel: `CSV UTF-8`)
rows-quote-never-closed = een veld tussen aanhalingstekens dat op regel { $opened } begint, wordt nooit gesloten: de invoer eindigt erin op regel { $end }, dus vanaf regel { $row } is geen rij te lezen
rows-quote-never-closed-help = sluit de aanhalingstekens of haal de losse `"` op regel { $opened } weg (een `"` binnen een veld tussen aanhalingstekens schrijf je als `""`)
rows-row-too-long = { $too_long } of heeft meer dan { $fields } velden; zoek een `"` die een veld opent en veel te laat sluit
rows-column-twice = de kolom `{ $name }` staat twee keer in de kopregel van de CSV (kolom { $first } en { $second })
rows-column-twice-help = haal er een weg of hernoem er een: met twee is onduidelijk welke de gegevens bevat
rows-no-id-column = de kopregel van de CSV heeft geen kolom `id` (de kopregel is `{ $header }`)
rows-no-id-column-help = voeg een kolom `id` toe: die noemt elke medewerker in de plannen
rows-column-unnamed = kolom { $number } van de kopregel van de CSV heeft geen naam
rows-column-named-hint = `{ $name }` ({ $hint })
rows-unknown-columns = onbekende { $count ->
    [one] kolom
   *[other] kolommen
} in de kopregel van de CSV: { $names }
rows-bulk-columns = { $problems }; de bulkkolommen zijn `{ $columns }`
rows-cell-line-break = de cel `{ $column }` bevat een regeleinde: als een `"` open is gebleven, zijn de regels erna in deze cel gelezen; haal de losse `"` of het regeleinde weg
rows-field-count = de rij heeft { $fields } velden waar de kopregel er { $header } heeft; zet velden met een komma tussen aanhalingstekens
rows-not-a-number = `{ $column }` moet een getal zijn, maar is `{ $text }`
rows-expected-objects = één JSON-object per regel, zoals { $example }
rows-not-an-object = een rij in JSON Lines moet een object zijn, zoals { $example }, maar is { $found }
rows-key-twice = de sleutel `{ $key }` staat er twee keer; houd er één: met twee is onduidelijk welke de gegevens bevat
rows-malformed-at = ongeldige JSON in kolom { $column }: { $what }
rows-malformed = ongeldige JSON: { $what }
rows-keys-are = de sleutels zijn { $keys }
rows-unknown-key = onbekende sleutel `{ $key }`; { $hint } (of geef `--extra-columns ignore`)
rows-list-such-as = een lijst met teksten zoals { $example }
rows-in-it = { $problem } erin
rows-expected = `{ $key }`: verwacht { $what }, maar er staat { $found }
rows-found-number = het getal { $number }
rows-found-string = de tekst { $text }
rows-found-object = een object
rows-written-before = let op: de rijen vóór regel { $line } zijn gepland en hun plannen geschreven; vanaf regel { $line } is geen rij gepland
rows-input-problem = `{ $workers }`: { $problem }
rows-with-hint = { $problem }; { $hint }
rows-no-target = geen doel: vul de `target` van de rij in, of geef `--target PROFIEL`
