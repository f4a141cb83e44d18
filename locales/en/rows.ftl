

## Bulk rows (`batch`, `--workers`): the `error` of an output row, and an input that cannot be read at all. Keys, columns and codes stay as they are.
rows-cannot-read = cannot read the input: { $error }
rows-cannot-read-help = check that the file is readable
rows-convert-help = save it as UTF-8 text (in Excel: `CSV UTF-8`), or convert it with `iconv -t UTF-8`
rows-gzip = the input is gzip-compressed
rows-gzip-help = decompress it first: `gunzip -c FILE | leerroute batch --workers - --input-format { $format }`
rows-zip = the input is a ZIP archive (an Excel workbook?), not CSV or JSON Lines
rows-zip-help = save the sheet as `CSV UTF-8`
rows-utf16 = the input is UTF-16 text
rows-binary = the input is binary data, not text
rows-binary-help = pass a CSV or JSON Lines file (see the README under 'File formats')
rows-line1-not-utf8 = line 1 is not valid UTF-8
rows-empty = the input is empty: expected { $expected }
rows-empty-help = the bulk format is described in the README under 'File formats'
rows-too-long = { $what } is longer than { $mib } MiB
rows-not-utf8 = { $what } is not valid UTF-8 (byte { $byte } at column { $column }); save the file as UTF-8 (in Excel: `CSV UTF-8`)
rows-what-line = the line
rows-what-row = the row
rows-what-header = the CSV header
rows-what-cell = the `{ $name }` cell
rows-what-field = field { $number }
rows-extra-columns-help = rename a misspelt one to one of the bulk columns, or pass `--extra-columns ignore` to skip the columns leerroute does not use
rows-no-id = the row has no `id`
rows-column-problem = `{ $column }`: { $message }
rows-column-problem-help = `{ $column }`: { $message }; { $help }
rows-spans-lines = { $message } (the row spans lines { $first } to { $last })
rows-expected-header = the header `{ $header }`
rows-start-with-header = start the input with the header `{ $header }`
rows-header-not-utf8 = the CSV header is not valid UTF-8
rows-save-utf8-help = save the file as UTF-8 (in Excel: `CSV UTF-8`)
rows-quote-never-closed = a quoted field opened on line { $opened } is never closed: the input ends inside it at line { $end }, so no row from line { $row } on can be read
rows-quote-never-closed-help = close the quote or remove the stray `"` on line { $opened } (a `"` inside a quoted field is written `""`)
rows-row-too-long = { $too_long } or has more than { $fields } fields; look for a `"` that opens a field and is closed far too late
rows-column-twice = the column `{ $name }` appears twice in the CSV header (columns { $first } and { $second })
rows-column-twice-help = remove or rename one of them: with two, it is unclear which one holds the data
rows-no-id-column = the CSV header has no `id` column (the header is `{ $header }`)
rows-no-id-column-help = add an `id` column: it names each worker in the plans
rows-column-unnamed = column { $number } of the CSV header has no name
rows-column-named-hint = `{ $name }` ({ $hint })
rows-unknown-columns = unknown { $count ->
    [one] column
   *[other] columns
} in the CSV header: { $names }
rows-bulk-columns = { $problems }; the bulk columns are `{ $columns }`
rows-cell-line-break = the `{ $column }` cell holds a line break: if a `"` was left open, the lines after it were read into this cell; remove the stray `"` or the line break
rows-field-count = the row has { $fields } fields where the header has { $header }; quote fields that contain commas
rows-not-a-number = `{ $column }` must be a number, found `{ $text }`
rows-expected-objects = one JSON object per line, such as { $example }
rows-not-an-object = a JSON Lines row must be an object such as { $example }, found { $found }
rows-key-twice = the key `{ $key }` is given twice; keep one of them: with two, it is unclear which one holds the data
rows-malformed-at = malformed JSON at column { $column }: { $what }
rows-malformed = malformed JSON: { $what }
rows-keys-are = the keys are { $keys }
rows-unknown-key = unknown key `{ $key }`; { $hint } (or pass `--extra-columns ignore`)
rows-list-such-as = a list of strings such as { $example }
rows-in-it = { $problem } in it
rows-expected = `{ $key }`: expected { $what }, found { $found }
rows-found-number = the number { $number }
rows-found-string = the string { $text }
rows-found-object = an object
rows-written-before = note: the rows before line { $line } were planned and their plans written; no row from line { $line } on was planned
rows-input-problem = `{ $workers }`: { $problem }
rows-with-hint = { $problem }; { $hint }
rows-no-target = no target: fill in the row's `target`, or pass `--target PROFILE`
