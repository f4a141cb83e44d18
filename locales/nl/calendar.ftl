# De kalender: startdatum, werkdagen en vakanties.

calendar-day = { $weekday } { $date }
calendar-start-moved = let op: { $start } is geen werkdag; het plan begint op { $moved }.
calendar-start-in-holiday = let op: { $start } valt in { $holiday }, waarin niet geleerd wordt; het plan begint op { $moved }.
calendar-holidays-without-start = let op: vakanties tellen alleen mee in een plan met datums: geef een startdatum op, bijvoorbeeld `--start 2027-01-04`.
calendar-monday = maandag
calendar-tuesday = dinsdag
calendar-wednesday = woensdag
calendar-thursday = donderdag
calendar-friday = vrijdag
calendar-saturday = zaterdag
calendar-sunday = zondag
