# Bedragen, datums en andere woorden die elke uitvoer gebruikt.

amount-hours = { $shown } uur
amount-weeks = { $n ->
    [one] { $shown } week
   *[other] { $shown } weken
}
list-and = { $most } en { $last }
date-day-month = { $day } { $month }
date-long = { $day } { $month } { $year }
month-1 = januari
    .short = jan
month-2 = februari
    .short = feb
month-3 = maart
    .short = mrt
month-4 = april
    .short = apr
month-5 = mei
    .short = mei
month-6 = juni
    .short = jun
month-7 = juli
    .short = jul
month-8 = augustus
    .short = aug
month-9 = september
    .short = sep
month-10 = oktober
    .short = okt
month-11 = november
    .short = nov
month-12 = december
    .short = dec
