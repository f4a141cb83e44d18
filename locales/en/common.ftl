# Amounts, dates and other words every output uses.

amount-hours = { $n ->
    [one] { $shown } hour
   *[other] { $shown } hours
}
amount-weeks = { $n ->
    [one] { $shown } week
   *[other] { $shown } weeks
}
list-and = { $most } and { $last }
date-day-month = { $day } { $month }
date-long = { $day } { $month } { $year }
month-1 = January
    .short = Jan
month-2 = February
    .short = Feb
month-3 = March
    .short = Mar
month-4 = April
    .short = Apr
month-5 = May
    .short = May
month-6 = June
    .short = Jun
month-7 = July
    .short = Jul
month-8 = August
    .short = Aug
month-9 = September
    .short = Sep
month-10 = October
    .short = Oct
month-11 = November
    .short = Nov
month-12 = December
    .short = Dec
