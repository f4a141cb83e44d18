# The frame of every diagnostic report (`check`, and the problems of any
# input a command reads): severities, notes, help and the summary line.
# Ids, codes, field names and TOML snippets stay as they are in every
# language; only the words around them change.

diag-severity-error = error
diag-severity-warning = warning
diag-note = note: { $note }
diag-help = help: { $help }
diag-pictured = `{ $picture }` above stands for the invisible character { $code }

diag-more-errors = … and { $count } more `{ $code }` { $count ->
    [one] error
   *[other] errors
} (run with -v to see all)
diag-more-warnings = … and { $count } more `{ $code }` { $count ->
    [one] warning
   *[other] warnings
} (run with -v to see all)

diag-summary = { $subject }: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} in { $files ->
    [one] 1 file
   *[other] { $files } files
}{ $unchecked }
diag-summary-unchecked = ; { $parts } not checked
diag-count-lints = { $count ->
    [one] 1 lint
   *[other] { $count } lints
}
diag-count-items = { $count ->
    [one] 1 item
   *[other] { $count } items
}
diag-lints-did-not-run = { diag-count-lints } did not run ({ $codes }: they need a curriculum without errors)
diag-lints-did-not-run-part = { diag-count-lints } did not run ({ $codes }: they need the whole curriculum)
diag-items-not-linted = { $count ->
    [one] 1 item with errors was not linted
   *[other] { $count } items with errors were not linted
}
diag-note-part-of = note: this file is one part of the curriculum in `{ $directory }`, so { $parts }; check the whole curriculum: `{ $command }`
diag-note-errors = note: because of the errors, { $parts }; fix the errors and check again


## What a table is, in messages: "a module", "the two modules".
kind-curriculum = { $count ->
    [one] curriculum
   *[other] curricula
}
kind-skill = { $count ->
    [one] skill
   *[other] skills
}
kind-module = { $count ->
    [one] module
   *[other] modules
}
kind-line = { $count ->
    [one] line
   *[other] lines
}
kind-fieldlab = { $count ->
    [one] fieldlab
   *[other] fieldlabs
}
kind-profile = { $count ->
    [one] profile
   *[other] profiles
}
kind-worker = { $count ->
    [one] worker
   *[other] workers
}
kind-holiday = { $count ->
    [one] holiday
   *[other] holidays
}
kind-item = { $count ->
    [one] item
   *[other] items
}

## A curriculum that a command cannot plan with.
diag-curriculum-unusable = error: the curriculum `{ $subject }` cannot be used; run `{ $command }` for details
diag-curriculum-inconsistent = error: the curriculum `{ $subject }` is inconsistent; run `{ $command }` for details

## Lists of phrases.
list-comma = { $first }, { $rest }
list-or = { $most }, or { $last }
plain = { $text }
list-semicolon = { $first }; { $rest }

## A profile id given on the command line (`--target`, `--targets`).
input-unknown-profile = unknown profile `{ $id }`
input-list-profiles = `leerroute list profiles` shows the profiles

## An id given to `show` or `map --line`.
show-unknown-id = no skill, module, line, fieldlab or profile has the id `{ $id }`
show-list-ids = `leerroute list modules` (or skills, lines, fieldlabs, profiles) shows the ids
map-unknown-line = unknown line `{ $id }` in --line
map-list-lines = `leerroute list lines` shows the lines
