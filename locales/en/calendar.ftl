# The calendar: start dates, working days and holidays.

calendar-day = { $weekday } { $date }
calendar-start-moved = note: { $start } is not a working day; the plan starts on { $moved }.
calendar-start-in-holiday = note: { $start } falls in { $holiday }, when nobody learns; the plan starts on { $moved }.
calendar-holidays-without-start = note: holidays only count in a plan with dates: add a start date, e.g. `--start 2027-01-04`.
calendar-monday = Monday
calendar-tuesday = Tuesday
calendar-wednesday = Wednesday
calendar-thursday = Thursday
calendar-friday = Friday
calendar-saturday = Saturday
calendar-sunday = Sunday
