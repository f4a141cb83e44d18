# Meldingen over wat op de opdrachtregel staat: de medewerker, het doel, bedragen en modules.

input-refusal = fout: { $message }
    tip: { $help }
input-did-you-mean = bedoel je `{ $fix }`?

input-no-passport = het paspoortbestand `{ $path }` bestaat niet
input-no-passport-help = controleer de naam: `--worker` verwacht het pad van een paspoortbestand (`.toml`), bijvoorbeeld `--worker examples/workers/anna.toml`
input-no-holidays = het vakantiebestand `{ $path }` bestaat niet
input-no-holidays-help = controleer de naam: een vakantiebestand is een `.toml`-bestand met `[[holiday]]`-tabellen, bijvoorbeeld `--holidays examples/holidays-2027-midden.toml`

input-no-target = er is geen doel opgegeven
input-no-target-help = geef een doelprofiel met `--target PROFIEL`, of zet `target` in het paspoort
input-no-target-help-skills = geef een doelprofiel met `--target PROFIEL` (of doelskills met `--target-skills LIJST`), of zet `target` in het paspoort

input-unknown-module = onbekende module `{ $id }` bij { $flag }
input-list-modules = `leerroute list modules` toont alle modules

input-not-an-amount = `{ $written }` is geen bedrag in euro
input-amount-two-ways = `{ $written }` is op twee manieren te lezen: de komma staat voor de centen, maar de drie cijfers erna lijken duizendtallen
input-amount-two-ways-help = schrijf `{ $thousands }` voor { $thousands_euro }, of `{ $decimal }` voor { $decimal_euro }
input-amount-separators = `{ $written }` is zo geen bedrag: de komma staat voor de centen, en een punt alleen tussen groepjes van drie cijfers
input-amount-write = schrijf `{ $amount }` ({ $euro })
input-budget-help = geef het budget in euro, bijvoorbeeld `--budget 2500`, `--budget 2.500` of `--budget 2.500,50`
input-budget-negative = het budget moet 0 euro of meer zijn, maar is { $found }
input-budget-unbounded = het budget moet een eindig bedrag in euro zijn, maar is { $found }

input-hours-per-week-range = het aantal leeruren per week moet tussen { $low } en { $high } liggen (een week heeft 168 uur), maar is { $found }
input-hours-per-week-not-a-number = `{ $found }` is geen aantal uren
input-hours-per-week-help = geef de leeruren per week, bijvoorbeeld `--hours-per-week 8` (één dag in de vijf)

input-bad-start = `{ $written }` is geen geldige startdatum
input-bad-start-help = schrijf een bestaande datum tussen 1900 en 2999 als JJJJ-MM-DD, bijvoorbeeld `--start 2027-01-04`
