# Bedragen, datums en andere woorden die elke uitvoer gebruikt.

amount-hours = { $shown } uur
amount-weeks = { $n ->
    [one] { $shown } week
   *[other] { $shown } weken
}
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
