# De hulp bij de opdrachtregel: wat elke opdracht doet, elke optie, de
# voorbeelden. De ids volgen de opdrachten (zie src/cli/help.rs):
# help-<opdracht>-about, help-<opdracht>-examples, help-global-<optie>,
# help-<opdracht>-<optie> of de gedeelde help-<optie>, en -<waarde> erachter
# voor wat een waarde betekent. clap zet de ":" achter een kop.

## Wat clap zelf maakt.
help-heading-usage = Gebruik
help-heading-commands = Opdrachten
help-heading-arguments = Argumenten
help-heading-options = Opties
help-heading-global = Algemene opties
help-flag-help = Toon de hulp
help-flag-help-more = Toon de hulp (uitgebreid met '--help')
help-flag-help-summary = Toon de hulp (kort met '-h')
help-flag-version = Toon het versienummer
help-help-about = Toon deze hulp, of de hulp bij een opdracht

## Het programma en de algemene opties.
help-about = Plan de aantoonbaar kortste of goedkoopste leerroute door een curriculum voor de technologische industrie
help-global-curriculum = Map of .toml-bestand met het curriculum [standaard: het ingebouwde Smart Industry-curriculum]
help-global-lang = Taal van de uitvoer en van deze hulp [standaard: `lang` uit het configuratiebestand, anders de taal van je systeem, anders en]
help-global-lang-en = Engels
help-global-lang-nl = Nederlands, de taal van de adviseurs
help-global-hours-per-credit = Studie-uren per studiepunt in een CurricularAnalytics-curriculum (CSV); een Nederlandse EC is 28 [standaard: 45 bij semesters, 30 bij kwartalen]
help-error-hours-per-credit = geef het aantal studie-uren van één studiepunt: een getal boven 0 en hooguit 1000 (een Nederlandse EC is 28)
help-global-color = Wanneer de uitvoer kleur krijgt (de laatste keuze telt)
help-global-as-of = De dag waarop credentials geldig moeten zijn (JJJJ-MM-DD) [standaard: vandaag, UTC]
help-global-quiet = Toon alleen de gevraagde uitvoer (geen voortgang, geen opmerkingen)
help-global-verbose = Toon meer: alle meldingen, niet alleen de eerste per code

## Gedeeld door elke opdracht met deze optie.
help-format = Uitvoerformaat
help-worker = Het skillspaspoort van de medewerker: een TOML-bestand, credentials op een open standaard (Open Badges 3.0, CLR 2.0, Europass; JSON, of PNG of SVG met de badge erin) of een map daarmee
help-skills = De skills van de medewerker, met komma's ertussen: `plc-programming@2,cad@basis` (een niveau als getal of naam)
help-completed = Modules die de medewerker al heeft afgerond, naast `completed` in het paspoort; herhaal de optie of zet komma's ertussen
help-target = Het doelprofiel [standaard: het doel uit het paspoort]
help-target-skills = Doelniveaus in plaats van een profiel, met komma's ertussen
help-minimize = Wat zo laag mogelijk moet zijn: uren of kosten
help-budget = Maximaal budget voor de route in euro, bijvoorbeeld `2500`, `2.500` of `€ 2.500,50` [standaard: het budget uit het paspoort]
help-hours-per-week = Leeruren per week, zoals `8` of `2,5` [standaard: die uit het paspoort, anders 8: één dag in de vijf]
help-start = Zet de route op de kalender, vanaf deze dag (JJJJ-MM-DD); een dag in het weekend wordt de maandag erna
help-holidays = Periodes zonder leren (`[[holiday]]`-tabellen met `name`, `from`, `to`), in plaats van die uit het configuratiebestand; herhaal de optie voor meer bestanden
help-exclude = Plan deze modules nooit in; herhaal de optie of zet komma's ertussen
help-avoid-mode = Plan geen modules in die op deze manier gegeven worden; herhaal de optie of zet komma's ertussen
help-time-limit = Tijdslimiet voor het zoeken in milliseconden; daarna komt de beste route tot dan toe, met de melding dat die niet aantoonbaar de beste is
help-workers = Paspoorten in bulk, zoals bij `batch`: een .csv- of .jsonl-bestand, of `-` voor standaardinvoer
help-input-format = Formaat van --workers [standaard: volgens de bestandsextensie; verplicht bij `-`]
help-extra-columns = Kolommen (CSV) of sleutels (JSON Lines) van --workers die geen bulkkolom zijn: weiger de invoer, of sla ze over
help-extra-columns-error = Weiger ze, zodat een verkeerd gespelde kolom opvalt
help-extra-columns-ignore = Sla ze over (zoals `department` en `manager` uit een HR-export)
help-jobs = Aantal threads voor het plannen [standaard: alle kernen]

## check
help-check-about = Controleer een curriculum en meld elk probleem met bestand:regel:kolom en een oplossing
help-check-path = Het curriculum om te controleren [standaard: --curriculum, of het ingebouwde]
help-check-deny = Behandel waarschuwingen als fouten (exitcode 1)
help-check-deny-warnings = Elke waarschuwing telt als fout
help-check-allow = Zet een controle uit met zijn code; herhaal de optie of zet komma's ertussen
help-check-examples =
    Voorbeelden:
      leerroute check
      leerroute check curricula/smart-industry --deny warnings
      leerroute check my-curriculum/ --format json --allow unused-skill

## list, show
help-list-about = Toon de skills, modules, leerlijnen, fieldlabs of profielen van het curriculum
help-list-kind = Wat je wilt zien
help-list-stage = Alleen modules van deze fase
help-show-about = Toon één onderdeel met zijn id, en waar het gebruikt wordt
help-show-id = Het id van een skill, module, leerlijn, fieldlab of profiel

## plan
help-plan-about = Plan de aantoonbaar kortste of goedkoopste route van de skills van een medewerker naar een doel
help-plan-format-html = Het ontwikkelplan om mee naar huis te nemen: één afdrukbare HTML-pagina met alles erin, ook de kaart
help-plan-examples =
    Voorbeelden:
      leerroute plan --worker examples/workers/anna.toml
      leerroute --lang nl plan --worker anna.toml --start 2027-01-11
      leerroute plan --skills teamwork@2 --target cobot-operator --minimize cost
      leerroute plan --worker anna.toml --avoid-mode classroom --budget 1500
      leerroute plan --worker anna.toml --format html > plan.html

    Een paspoort (anna.toml):
    {"  [worker]"}
      id = "anna"
      name = "Anna de Vries"
      skills = ["teamwork@2", "problem-solving@2", "electrical-basics@2"]
      completed = ["basis-vca"]
      target = "cobot-operator"
      hours_per_week = 8
      budget = 3000

## gap
help-gap-about = Toon wat een medewerker nog mist voor een doelprofiel
help-gap-examples =
    Voorbeelden:
      leerroute gap --worker examples/workers/anna.toml
      leerroute --lang nl gap --worker anna.toml --target cobot-operator
      leerroute gap --skills cnc-milling@3 --target cobot-operator --format json

## advise
help-advise-about = Zet de profielen op volgorde van hoe dicht een medewerker erbij zit: de beste route naar elk, naast elkaar
help-advise-targets = De profielen om te vergelijken, met komma's ertussen [standaard: alle profielen]

## batch
help-batch-about = Plan voor een heel personeelsbestand: CSV of JSON Lines erin, één plan per regel eruit
help-batch-workers = Paspoorten in bulk: een .csv- of .jsonl-bestand, of `-` voor standaardinvoer
help-batch-input-format = Invoerformaat [standaard: volgens de bestandsextensie; verplicht bij `-`]
help-batch-extra-columns = Kolommen (CSV) of sleutels (JSON Lines) in de invoer die geen bulkkolom zijn: weiger de invoer, of sla ze over
help-batch-target = Doelprofiel voor elke regel (gaat voor het eigen `target` van een regel)
help-batch-format = Uitvoerformaat: één plan per regel (het schema van `plan --format json`) of één CSV-regel per medewerker
help-batch-out = Schrijf naar dit bestand in plaats van naar standaarduitvoer: een gewoon bestand (ook achter een symlink) wordt in één keer vervangen, iets anders (een FIFO, een apparaat) direct beschreven
help-batch-html-dir = Schrijf ook het ontwikkelplan van elke medewerker (zoals `plan --format html`) in deze map, als `<id>.html`
help-batch-xlsx = Schrijf ook alle plannen in een Excel-werkmap: een blad met medewerkers, een met stappen en een samenvatting
help-batch-first-line = Regelnummer van de eerste invoerregel, voor een blok uit een groter bestand: fouten noemen dan de regel in dat bestand
help-batch-examples =
    Voorbeelden:
      leerroute batch --workers examples/workers.csv --format csv --out plans.csv
      leerroute batch --workers staff.jsonl --budget 10000 > plans.jsonl
      cat staff.csv | leerroute batch --workers - --input-format csv
      leerroute batch --workers hr-export.csv --extra-columns ignore

    Elke regel is een paspoort: in CSV met de kop id,name,skills,completed,target,hours_per_week,budget (lijsten gescheiden door ';'), of in JSON Lines één paspoort-object per regel.

## map
help-map-about = Teken het curriculum als metrokaart (SVG of PNG), met de route van een medewerker erop
help-map-line = Teken alleen deze leerlijnen (met hun modules, en de route); herhaal de optie of zet komma's ertussen
help-map-format = Beeldformaat
help-map-format-svg = Een schaalbare afbeelding met de lettertypen erin (opent in elke browser)
help-map-format-png = Een bitmap, getekend met de ingebouwde lettertypen
help-map-out = Schrijf naar dit bestand in plaats van naar standaarduitvoer (in één keer vervangen)

## passport
help-passport-about = Toon het paspoort zoals leerroute het leest: elk skillniveau en waar het vandaan komt
help-passport-worker = TOML-paspoorten, credentials (Open Badges 3.0, CLR 2.0, Europass; JSON, of PNG of SVG met de badge erin) of mappen daarmee, samengevoegd tot één paspoort
help-passport-format-table = Tabellen om te lezen: skills en hun bron, modules, credentials, opmerkingen
help-passport-format-json = Het document `leerroute.passport/v1`, met elke bron en opmerking als gegevens
help-passport-format-toml = Een TOML-paspoort met `[worker]` dat `--worker` weer inleest
help-passport-format-clr = Een niet-ondertekende CLR 2.0 `ClrCredential`: een Open Badges 3.0 AchievementCredential per afgeronde module en per skillniveau
help-passport-examples =
    Voorbeelden:
      leerroute passport --worker tests/fixtures/credentials/wallet-anna
      leerroute --lang nl --as-of 2027-01-04 passport --worker anna.toml badges/
      leerroute passport --worker wallet/ --format clr > anna-clr.json

    --worker leest TOML-paspoorten en credentials, herkend aan de inhoud: Open Badges 3.0 (JSON, JSON-LD, PNG of SVG met de badge erin, compacte JWS), CLR 2.0 en Europass; een map wordt helemaal gelezen. Handtekeningen worden niet gecontroleerd.

## export
help-export-about = Exporteer het curriculum op een open standaard: een Open Badges 3.0-achievement per module
help-export-what = Wat je wilt exporteren
help-export-what-achievements = Een Open Badges 3.0 `Achievement` voor elke module
help-export-format-ob3 = Open Badges 3.0 (JSON)
help-export-examples =
    Voorbeelden:
      leerroute export achievements > achievements.json
      leerroute --lang nl export achievements --format ob3

## stats
help-stats-about = Kengetallen van het curriculum (blokkering, vertraging, centraliteit, complexiteit) en, met --workers, waar de routes van medewerkers langs gaan
help-stats-path = Het curriculum om te meten [standaard: --curriculum, of het ingebouwde]
help-stats-format-html = Een rapport met grafieken, alles in één bestand
help-stats-sort = Zet de modules op volgorde van dit kengetal, hoogste eerst [standaard: complexity; met --workers: routes]
help-stats-sort-blocking = Blokkering: de modules die erna komen
help-stats-sort-delay = Vertraging: de modules op het langste pad erdoor
help-stats-sort-centrality = Centraliteit: de opgetelde lengte van de paden erdoor
help-stats-sort-complexity = Structurele complexiteit: vertraging plus blokkering
help-stats-sort-routes = Met --workers: het aantal geplande routes dat de module gebruikt
help-stats-sort-hours = Met --workers: de leeruren die medewerkers eraan besteden
help-stats-top = Toon alleen de eerste N modules (totalen, maxima en langste paden tellen nog alles mee)
help-stats-what-if = Met --workers: reken voor de N modules op de meeste routes door wat het kost als ze wegvallen
help-stats-target = Doelprofiel voor elke medewerker (gaat voor het eigen `target` van een regel)

## diff
help-diff-about = Wat er veranderd is tussen twee versies van een curriculum en, met --workers, wiens route verandert
help-diff-old = Het curriculum zoals het nu is: een map, een .toml-bestand of een CurricularAnalytics-bestand (.csv)
help-diff-new = De versie om mee te vergelijken
help-diff-target = { help-stats-target }

## completions
help-completions-about = Geef een script voor het aanvullen van opdrachten in je shell
help-completions-shell = De shell waarvoor je het script wilt
