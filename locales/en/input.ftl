# Messages about the command line's input: the worker, the target, amounts and modules.

input-refusal = error: { $message }
    help: { $help }
input-did-you-mean = did you mean `{ $fix }`?

input-no-passport = there is no passport file `{ $path }`
input-no-passport-help = check the name: `--worker` takes the path of a passport file (`.toml`), e.g. `--worker examples/workers/anna.toml`
input-no-holidays = there is no holidays file `{ $path }`
input-no-holidays-help = check the name: a holidays file is a `.toml` file of `[[holiday]]` tables, e.g. `--holidays examples/holidays-2027-midden.toml`

input-no-target = no target given
input-no-target-help = pass `--target PROFILE`, or set `target` in the passport
input-no-target-help-skills = pass `--target PROFILE` (or `--target-skills LIST`), or set `target` in the passport

input-unknown-module = unknown module `{ $id }` in { $flag }
input-list-modules = `leerroute list modules` shows the modules

input-not-an-amount = `{ $written }` is not an amount of euro
input-amount-two-ways = `{ $written }` can be read two ways: a comma is the decimal separator, but the three digits after it look like thousands
input-amount-two-ways-help = write `{ $thousands }` for { $thousands_euro }, or `{ $decimal }` for { $decimal_euro }
input-amount-separators = `{ $written }` is not an amount in this notation: a comma is the decimal separator, and points stand only between groups of three digits
input-amount-write = write `{ $amount }` ({ $euro })
input-budget-help = give the budget in euro, e.g. `--budget 2500`, `--budget 2.500` or `--budget 2.500,50`
input-budget-negative = the budget must be 0 or more euro, found { $found }
input-budget-unbounded = the budget must be a finite amount of euro, found { $found }

input-hours-per-week-range = hours per week must be between { $low } and { $high } (a week has 168 hours), found { $found }
input-hours-per-week-not-a-number = `{ $found }` is not a number of hours
input-hours-per-week-help = give the weekly learning hours, e.g. `--hours-per-week 8` (one day in five)

input-bad-start = invalid start date `{ $written }`
input-bad-start-help = write a real date from 1900 to 2999 as YYYY-MM-DD, e.g. `--start 2027-01-04`
