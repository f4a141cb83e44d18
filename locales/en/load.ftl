

## Reading a curriculum: ids, references, levels and amounts.
load-id-rule = ids are lowercase letters, digits, `.`, `_` and `-`
load-duplicate-id = duplicate { $kind } id `{ $id }`
load-defined-again = defined again here
load-first-defined = first defined here
load-duplicate-id-help = rename one of the two { $kinds } or merge them
load-bad-id = invalid { $kind } id `{ $id }`
load-bad-id-help = ids match `^[a-z0-9][a-z0-9._-]{"{"}0,63{"}"}$`; try `{ $suggestion }`
load-unknown-reference = unknown { $kind } `{ $id }`
load-unknown-reference-label = no { $kind } has this id
load-define-or-fix = define a { $kind } with id `{ $id }`, or fix the reference
load-fix-reference = fix the reference: { $rule }
load-fix-or-define = fix the reference, or define a { $kind } with id `{ $id }` and write the reference as `{ $reference }`
load-not-a-skill-level = `{ $written }` is not a skill-level
load-not-a-skill-level-label = expected `skill` or `skill@level`
load-not-a-skill-level-help = write a skill-level as `"{ $example }"`
load-level-range = `{ $skill }` has levels 1 to { $max }
load-level-example = e.g. `{ $skill }@{ $max }`
load-level-out-of-range = level `{ $written }` of `{ $skill }` is out of range
load-level-use-whole = use a whole number from 1 to { $max }, { $fix }
load-level-use = use a level from 1 to { $max }, { $fix }
load-level-decimal = level `{ $written }` of `{ $skill }` is written as a decimal
load-level-decimal-label = levels are written as whole numbers
load-write = write `{ $text }`
load-add = add `{ $text }`
load-level-none = `{ $skill }@` names no level
load-level-none-label = expected a level from 1 to { $max } after `@`
load-level-none-help = write the level after `@`, { $fix }, or leave out `@` for level 1
load-level-named-out-of-range = level `{ $written }` ({ $level }) of `{ $skill }` is out of range
load-level-not-a-number = level `{ $written }` of `{ $skill }` is not a whole number
load-level-not-a-number-or-name = level `{ $written }` of `{ $skill }` is not a whole number or a level name
load-level-expected = expected `skill@level` with a level from 1 to { $max }
load-level-write-number = write the level as a number from 1 to { $max }, { $fix }
load-level-write-number-or-name = write the level as a number from 1 to { $max } or by its name ({ $names }), { $fix }
load-no-curriculum-table = no file has a `[curriculum]` table
load-no-curriculum-table-help = add `[curriculum]` with `id`, `name` and `levels` to one file, e.g. curriculum.toml
load-second-curriculum-table = a second `[curriculum]` table
load-second-curriculum-table-help = keep exactly one `[curriculum]` table and remove the other
load-level-hours-count = `level_hours` gives { $count } numbers for { $top } levels
load-level-hours-count-label = one number per level: { $top }
load-level-hours-count-help = give the fewest hours a step up to each level takes, one per level, e.g. `level_hours = [{ $example }]`
load-level-hours-below = hours must be a finite number of 0 or more
load-level-hours-above = hours must be at most { $max }
load-level-hours-hundredths = hours are counted in hundredths
load-level-hours-bad = `level_hours` for level { $level } is { $hours }
load-level-hours-bad-help = give the fewest hours a step up to level { $level } takes, e.g. `{ $example }`
load-levels-none = `levels` names no level
load-levels-too-many = `levels` names { $count } levels, more than 255
load-levels-label = a curriculum has 1 to 255 levels
load-levels-help = list the level names, e.g. `levels = { $example }`
load-level-name-empty = level { $number } has an empty name
load-level-name-empty-label = an empty level name
load-level-name-empty-help = name the level, e.g. `"basis"`
load-level-name-twice = level { $number } has the same name as an earlier level, `{ $name }`
load-named-again = named again here
load-first-named = first named here
load-level-name-twice-help = give every level its own name
load-unknown-choice = unknown { $field } `{ $value }`
load-not-a-choice = not a { $field }
load-choices = a { $field } is one of: { $all }
load-max-level-range = `max_level` { $max } is out of range
load-max-level-label = the curriculum has levels 1 to { $ceiling }
load-max-level-help = use a whole number from 1 to { $ceiling }, or leave `max_level` out
load-weeks-range = `weeks` { $weeks } is out of range
load-weeks-label = a minimum duration is 1 to { $max } calendar weeks
load-weeks-help = set `weeks` to the minimum number of calendar weeks, or leave it out
load-fieldlab-missing = fieldlab module `{ $module }` does not say which fieldlab hosts it
load-fieldlab-missing-label = stage is fieldlab
load-fieldlab-stage = module `{ $module }` names a fieldlab but its stage is `{ $stage }`
load-fieldlab-stage-label = only fieldlab modules name a fieldlab
load-fieldlab-stage-help = set `stage = "fieldlab"`, or remove the `fieldlab` field
load-no-grants = module `{ $module }` grants nothing
load-no-grants-label = this module has no `grants`
load-empty-grants-label = an empty `grants` list
load-no-grants-help = add the skill-levels it teaches, e.g. `grants = { $example }`
load-empty-list = { $kind } `{ $id }` has an empty `{ $key }` list
load-empty-list-label = a { $kind } needs at least one
load-empty-list-help = write it as `{ $snippet }`, or remove the { $kind }
load-hours-bad = module `{ $module }` has hours { $hours }
load-cost-bad = module `{ $module }` costs { $cost } euro
load-hours-below = study load must be a finite number above 0
load-hours-below-help = set `hours` to the study load in hours, e.g. `hours = 8`
load-hours-above = study load must be at most { $max } hours
load-hours-above-help = set `hours` to the study load in hours, at most { $max } (five years of full-time study)
load-hours-hundredths = study load is counted in hundredths of an hour
load-hours-hundredths-help = round it to hundredths: `hours = { $rounded }`
load-cost-below = cost must be a finite amount of 0 euro or more
load-cost-below-help = set `cost` to the price in euro, or leave it out for a free module
load-cost-above = cost must be at most { $max } euro
load-cost-above-help = set `cost` to the price in euro, at most { $max }
load-cost-cents = cost is counted in whole euro cents
load-cost-cents-help = round it to whole cents: `cost = { $rounded }`

## Reading the fields of a table.
load-unknown-field = unknown field `{ $field }` in { $kind }
load-unknown-field-label = not a field of a { $kind }
load-fields-are = the fields of a { $kind } are: { $fields }
load-wrong-type = `{ $key }` of a { $kind } must be { $expected }, found { $found }
load-expected = expected { $expected }
load-write-it-as = write it as `{ $snippet }`
load-wrong-item-number = the items of `{ $key }` of a { $kind } must be numbers, found { $found }
load-wrong-item-string = the items of `{ $key }` of a { $kind } must be strings, found { $found }
load-missing-field = { $kind } is missing the required field `{ $key }`
load-missing-field-label = this { $kind } has no `{ $key }`
load-integer-out-of-range = `{ $key }` of a { $kind } is out of range: { $integer }
load-integer-out-of-range-label = far beyond any valid value
load-empty-group = an empty `{ $key }` group can never be met
load-empty-group-label = no alternatives
load-empty-group-help = list at least one skill-level in the group, or remove the group

## What a value is, in messages: "must be a number, found a string".
type-string = a string
type-number = a number
type-whole-number = a whole number
type-string-list = a list of strings
type-number-list = a list of numbers
type-string-groups = a list of lists of strings
type-date = a date
type-integer = an integer
type-float = a float
type-boolean = a boolean
type-date-time = a date and time
type-list = a list
type-table = a table

## The TOML of a curriculum file.
load-unknown-top-level = unknown top-level key `{ $key }`
load-unknown-top-level-label = not part of the curriculum format
load-unknown-top-level-help = a curriculum file holds `[curriculum]` and `[[skill]]`, `[[module]]`, `[[line]]`, `[[fieldlab]]`, `[[profile]]`, `[[holiday]]` tables
load-curriculum-header-missing = { $keys } stand outside any table: the `[curriculum]` header is missing
load-curriculum-header-missing-label = these belong in `[curriculum]`
load-curriculum-header-missing-help = add the line `[curriculum]` above them
load-curriculum-list = `[[curriculum]]` makes a list of tables; a curriculum has one `[curriculum]` table
load-curriculum-list-label = written with double brackets
load-curriculum-list-help = write `[curriculum]`, with single brackets
load-table-expected = `{ $key }` must be written as `{ $header }` tables, found { $found }
load-table-expected-label = expected `{ $header }`
load-table-expected-help = start each { $kind } with a `{ $header }` header line
load-key-twice = `{ $key }` is given twice in this table
load-given-again = given again here
load-key-twice-help = keep one `{ $key } = …` and remove the other
load-toml-date-help = write a day that exists, year first: YYYY-MM-DD, e.g. `2027-12-25`
load-toml-help = fix the TOML syntax here; see https://toml.io for the rules
load-toml = invalid TOML: { $problem }
load-toml-label = { $problem }
load-single-table = `[{ $name }]` is a single table, but `{ $name }` is a list of `{ $header }` tables already
load-single-table-label = written with single brackets
load-single-table-help = write `{ $header }` to add one more
load-table-twice = a second `[{ $name }]` table in this file
load-table-twice-help = keep exactly one `[{ $name }]` table and move its fields there
load-curly-quotes = `{ $written }` is in curly quotes; TOML strings need straight quotes `"`
load-curly-quotes-label = curly quotes

## Reading curriculum files.
load-save-as-utf8 = save the file as UTF-8 (most editors offer this under 'Save with encoding')
load-no-toml-files = `{ $path }` holds no `.toml` files
load-no-toml-files-help = point --curriculum at a curriculum directory or a single .toml file
load-part-of = `{ $file }` has no `[curriculum]` table: it is one part of the curriculum in `{ $curriculum }`
load-check-whole = check the whole curriculum: `{ $command }`
load-wide-encoding = `{ $name }` is saved as { $encoding } ({ $order }-endian), not UTF-8
load-wide-encoding-label = this file is { $encoding }
load-not-utf8 = `{ $name }` is not valid UTF-8
load-not-utf8-label = invalid byte here
file-directory = a directory
file-fifo = a named pipe (FIFO)
file-socket = a socket
file-char-device = a character device
file-block-device = a block device
file-special = not a regular file
load-cannot-read = cannot read `{ $path }`: { $error }
load-dangling-link = `{ $path }` is a symbolic link to `{ $target }`, which does not exist
load-dangling-link-help = fix or remove the link (names starting with `.`, such as editor lock files, are skipped)
load-not-regular = `{ $path }` is { $kind }, not a regular file
load-not-regular-help = only regular files are read: save the content as a regular file, or rename it so that its name does not end in `.toml`
load-too-large = `{ $path }` is larger than { $mib } MiB, the most leerroute reads from one file
load-too-large-help = split the curriculum into several `.toml` files in one directory
load-not-toml = `{ $path }` is not a `.toml` file
load-not-toml-help = a curriculum is a directory of `.toml` files or one `.toml` file: point `check` or `--curriculum` at one
load-io-not-found-help = check the path; `--curriculum` takes a directory or a .toml file
load-io-permission-help = check the file's permissions
load-io-help = check that the path is a readable file or directory
load-references-unchecked = { $count ->
    [one] 1 reference to an id that no readable file defines was
   *[other] { $count } references to ids that no readable file defines were
} not checked: the file that could not be read may define them

## CurricularAnalytics CSV curricula.
ca-unclosed-quote = a quoted cell is never closed
ca-unclosed-quote-label = this quote opens it
ca-unclosed-quote-help = close the quote, or write a `"` inside a quoted cell as `""`
ca-no-courses = the file has no `Courses` row
ca-no-courses-label = the courses should follow the metadata
ca-no-courses-help = after the metadata rows, add a row `Courses`, the header `Course ID,Course Name,Prefix,Number,Prerequisites,Corequisites,Strict-Corequisites,Credit Hours,Institution,Canonical Name` and one row per course
ca-metadata-rows = the metadata rows are { $rows }; the courses start after a row `Courses`
ca-unknown-metadata = unknown metadata row `{ $key }`
ca-unknown-metadata-label = not a CurricularAnalytics metadata key
ca-columns = the columns are { $columns }
ca-unknown-column = unknown column `{ $column }`
ca-unknown-column-label = not a CurricularAnalytics column
ca-header-lacks = the course header lacks `{ $columns }`
ca-header-lacks-label = the header of the courses
ca-header-lacks-help = add the { $count ->
    [one] column
   *[other] columns
} `{ $columns }`
ca-extra-cells = the row has { $cells } cells, the header { $header }
ca-extra-cells-label = a cell beyond the header
ca-extra-cells-help = remove the extra cell, or quote a value that holds a comma: `"Calculus, part 1"`
ca-no-course-id = a course row without a `Course ID`
ca-no-course-id-label = no course id
ca-no-course-id-help = give every course a unique `Course ID`; requisites refer to it
ca-course-twice = course id `{ $id }` is given twice
ca-first-given = first given here
ca-course-twice-help = give each course its own `Course ID`
ca-list-course-ids = list the `Course ID`s of courses in this file, separated by `;`
ca-unknown-course = unknown course `{ $course }`
ca-unknown-course-label = no course has this `Course ID`
ca-bad-term = term `{ $term }` is not a term number
ca-bad-term-label = expected a whole number from 1
ca-bad-term-help = write the term the course is planned in: 1, 2, 3, …
ca-credit-hours = course `{ $course }` has { $credits } credit hours
ca-credit-hours-label = a module's hours must be above 0
ca-credit-hours-help = give the course its credit hours, a number above 0, e.g. `3`
ca-credit-hours-nan = credit hours `{ $credits }` are not a number
ca-credit-hours-nan-help = write the credit hours as a number, e.g. `3` or `1.5`

## Passport files (`--worker`).
passport-file-directory = `{ $path }` is a directory, not a passport
passport-file-directory-help = a passport is one `.toml` file with a `[worker]` table: pass that file, e.g. `--worker { $example }`; to plan many workers, use `leerroute batch` with a CSV or JSON Lines file
passport-file-worker-table = `worker` must be a `[worker]` table
passport-file-worker-table-help = start the passport with a `[worker]` header line
passport-file-unknown-key = unknown top-level key `{ $key }` in a passport
passport-file-unknown-key-label = a passport holds one `[worker]` table
passport-file-unknown-key-help = put the passport's fields under `[worker]`
passport-file-no-worker = `{ $file }` has no `[worker]` table
passport-file-no-worker-help = a passport starts with `[worker]`, then `id`, `name` and `skills`
passport-file-budget-two-ways = `budget = { $literal }` can be read two ways: as { $number } euro (TOML's decimal point) or as { $thousands } euro (a Dutch thousands point)
passport-file-budget-two-ways-label = a point before three digits
passport-file-budget-two-ways-help = write `budget = { $thousands }` for { $thousands } euro, or `budget = { $decimal }` for { $number } euro
passport-file-not-an-amount = not an amount of euro
passport-file-not-valid = not a valid `{ $key }`
passport-file-not-valid-help = write it as `{ $snippet }`, or leave it out
passport-file-amount-digits = write euro in digits, e.g. `{ $plain }`, `{ $points }` or `{ $cents }`
passport-file-amount-two-ways-help = write `{ $thousands }` for { $euro } euro, or `{ $decimal }` for euro and cents
passport-file-list-modules = list the modules with `leerroute list modules`

## Holidays: `[[holiday]]` in a curriculum or a holidays file.
holidays-unknown-key = unknown top-level key `{ $key }` in a holidays file
holidays-unknown-key-label = a holidays file holds `[[holiday]]` tables
holidays-unknown-key-help = declare each period as `[[holiday]]` with `name = { $name }`, `from = { $from }` and `to = { $to }`
holidays-empty-name = a holiday has an empty name
holidays-empty-name-label = an empty name
holidays-empty-name-help = name the period, e.g. `name = { $example }`
holidays-years = the years run from { $first } to { $last }
holidays-expected-day = expected a day as YYYY-MM-DD
holidays-not-a-date = `{ $key }` of holiday `{ $holiday }` is not a date: `{ $written }`
holidays-not-a-date-help = write the day year first, e.g. `{ $snippet }`
holidays-ends-before = holiday `{ $holiday }` ends ({ $to }) before it starts ({ $from })
holidays-last-day = the last day of the period
holidays-first-day = its first day
holidays-ends-before-help = `to` is the last day without learning, on or after `from`: swap them, `from = { $to }` and `to = { $from }`
