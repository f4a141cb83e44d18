

## Een curriculum inlezen: ids, verwijzingen, niveaus en bedragen.
load-id-rule = alleen kleine letters, cijfers, `.`, `_` en `-` in een id
load-duplicate-id = het id `{ $id }` is al gebruikt voor een andere { $kind }
load-defined-again = hier nog een keer
load-first-defined = hier de eerste keer
load-duplicate-id-help = geef een van de twee { $kinds } een ander id, of voeg ze samen
load-bad-id = ongeldig id voor een { $kind }: `{ $id }`
load-bad-id-help = een id volgt `^[a-z0-9][a-z0-9._-]{"{"}0,63{"}"}$`; probeer `{ $suggestion }`
load-unknown-reference = er is geen { $kind } met het id `{ $id }`
load-unknown-reference-label = geen { $kind } heeft dit id
load-define-or-fix = maak een { $kind } met het id `{ $id }`, of verbeter de verwijzing
load-fix-reference = verbeter de verwijzing: { $rule }
load-fix-or-define = verbeter de verwijzing, of maak een { $kind } met het id `{ $id }` en schrijf de verwijzing als `{ $reference }`
load-not-a-skill-level = `{ $written }` is geen vaardigheid met niveau
load-not-a-skill-level-label = verwacht `skill` of `skill@niveau`
load-not-a-skill-level-help = schrijf een vaardigheid met niveau als `"{ $example }"`
load-level-range = `{ $skill }` heeft de niveaus 1 tot en met { $max }
load-level-example = bijvoorbeeld `{ $skill }@{ $max }`
load-level-out-of-range = `{ $skill }` heeft geen niveau `{ $written }`
load-level-use-whole = gebruik een heel getal van 1 tot en met { $max }, { $fix }
load-level-use = gebruik een niveau van 1 tot en met { $max }, { $fix }
load-level-decimal = het niveau `{ $written }` van `{ $skill }` is als kommagetal geschreven
load-level-decimal-label = een niveau is een heel getal
load-write = schrijf `{ $text }`
load-add = voeg `{ $text }` toe
load-level-none = na `{ $skill }@` staat geen niveau
load-level-none-label = verwacht een niveau van 1 tot en met { $max } na `@`
load-level-none-help = zet het niveau na `@`, { $fix }, of laat `@` weg voor niveau 1
load-level-named-out-of-range = `{ $skill }` heeft geen niveau `{ $written }` ({ $level })
load-level-not-a-number = het niveau `{ $written }` van `{ $skill }` is geen heel getal
load-level-not-a-number-or-name = het niveau `{ $written }` van `{ $skill }` is geen heel getal en geen naam van een niveau
load-level-expected = verwacht `skill@niveau` met een niveau van 1 tot en met { $max }
load-level-write-number = schrijf het niveau als getal van 1 tot en met { $max }, { $fix }
load-level-write-number-or-name = schrijf het niveau als getal van 1 tot en met { $max } of met zijn naam ({ $names }), { $fix }
load-no-curriculum-table = geen enkel bestand heeft een tabel `[curriculum]`
load-no-curriculum-table-help = zet `[curriculum]` met `id`, `name` en `levels` in één bestand, bijvoorbeeld curriculum.toml
load-second-curriculum-table = een tweede tabel `[curriculum]`
load-second-curriculum-table-help = houd precies één tabel `[curriculum]` en haal de andere weg
load-level-hours-count = `level_hours` geeft { $count } getallen voor { $top } niveaus
load-level-hours-count-label = één getal per niveau: { $top }
load-level-hours-count-help = geef per niveau het kleinste aantal uren dat een stap naar dat niveau kost, bijvoorbeeld `level_hours = [{ $example }]`
load-level-hours-below = het aantal uren moet een eindig getal van 0 of meer zijn
load-level-hours-above = het aantal uren is hoogstens { $max }
load-level-hours-hundredths = uren tellen in honderdsten
load-level-hours-bad = `level_hours` voor niveau { $level } is { $hours }
load-level-hours-bad-help = geef het kleinste aantal uren dat een stap naar niveau { $level } kost, bijvoorbeeld `{ $example }`
load-levels-none = `levels` noemt geen enkel niveau
load-levels-too-many = `levels` noemt { $count } niveaus, meer dan 255
load-levels-label = een curriculum heeft 1 tot 255 niveaus
load-levels-help = noem de niveaus, bijvoorbeeld `levels = { $example }`
load-level-name-empty = niveau { $number } heeft geen naam
load-level-name-empty-label = een lege naam
load-level-name-empty-help = geef het niveau een naam, bijvoorbeeld `"basis"`
load-level-name-twice = niveau { $number } heeft dezelfde naam als een eerder niveau: `{ $name }`
load-named-again = hier nog een keer
load-first-named = hier de eerste keer
load-level-name-twice-help = geef elk niveau een eigen naam
load-unknown-choice = `{ $value }` is geen geldige `{ $field }`
load-not-a-choice = geen geldige `{ $field }`
load-choices = `{ $field }` is een van: { $all }
load-max-level-range = `max_level` { $max } ligt buiten het bereik
load-max-level-label = het curriculum heeft de niveaus 1 tot en met { $ceiling }
load-max-level-help = gebruik een heel getal van 1 tot en met { $ceiling }, of laat `max_level` weg
load-weeks-range = `weeks` { $weeks } ligt buiten het bereik
load-weeks-label = een minimale duur is 1 tot en met { $max } kalenderweken
load-weeks-help = zet `weeks` op het minimale aantal kalenderweken, of laat het weg
load-fieldlab-missing = de fieldlabmodule `{ $module }` zegt niet in welk fieldlab ze plaatsvindt
load-fieldlab-missing-label = de fase is fieldlab
load-fieldlab-stage = de module `{ $module }` noemt een fieldlab, maar haar fase is `{ $stage }`
load-fieldlab-stage-label = alleen fieldlabmodules noemen een fieldlab
load-fieldlab-stage-help = zet `stage = "fieldlab"`, of haal het veld `fieldlab` weg
load-no-grants = de module `{ $module }` levert niets op
load-no-grants-label = deze module heeft geen `grants`
load-empty-grants-label = een lege lijst `grants`
load-no-grants-help = voeg toe wat de module leert, bijvoorbeeld `grants = { $example }`
load-empty-list = `{ $id }` ({ $kind }) heeft een lege lijst `{ $key }`
load-empty-list-label = een { $kind } heeft er minstens één nodig
load-empty-list-help = schrijf het als `{ $snippet }`, of laat dit onderdeel weg
load-hours-bad = de module `{ $module }` heeft { $hours } uur
load-cost-bad = de module `{ $module }` kost { $cost } euro
load-hours-below = de studielast moet een eindig getal boven 0 zijn
load-hours-below-help = zet `hours` op de studielast in uren, bijvoorbeeld `hours = 8`
load-hours-above = de studielast is hoogstens { $max } uur
load-hours-above-help = zet `hours` op de studielast in uren, hoogstens { $max } (vijf jaar voltijd studeren)
load-hours-hundredths = de studielast telt in honderdsten van een uur
load-hours-hundredths-help = rond af op honderdsten: `hours = { $rounded }`
load-cost-below = de kosten moeten een eindig bedrag van 0 euro of meer zijn
load-cost-below-help = zet `cost` op de prijs in euro, of laat het weg voor een gratis module
load-cost-above = de kosten zijn hoogstens { $max } euro
load-cost-above-help = zet `cost` op de prijs in euro, hoogstens { $max }
load-cost-cents = de kosten tellen in hele centen
load-cost-cents-help = rond af op hele centen: `cost = { $rounded }`

## De velden van een tabel lezen.
load-unknown-field = onbekend veld `{ $field }` in een { $kind }
load-unknown-field-label = geen veld van een { $kind }
load-fields-are = de velden van een { $kind } zijn: { $fields }
load-wrong-type = `{ $key }` van een { $kind } moet { $expected } zijn, maar is { $found }
load-expected = verwacht { $expected }
load-write-it-as = schrijf het als `{ $snippet }`
load-wrong-item-number = de waarden in `{ $key }` van een { $kind } moeten getallen zijn, maar er staat { $found }
load-wrong-item-string = de waarden in `{ $key }` van een { $kind } moeten tekst zijn, maar er staat { $found }
load-missing-field = een { $kind } zonder het verplichte veld `{ $key }`
load-missing-field-label = hier staat geen `{ $key }`
load-integer-out-of-range = `{ $key }` van een { $kind } ligt buiten het bereik: { $integer }
load-integer-out-of-range-label = ver buiten elke geldige waarde
load-empty-group = aan een lege groep in `{ $key }` kan nooit worden voldaan
load-empty-group-label = geen keuzes
load-empty-group-help = zet minstens één vaardigheid met niveau in de groep, of haal de groep weg

## Wat een waarde is, in meldingen: "moet een getal zijn, maar is tekst".
type-string = tekst
type-number = een getal
type-whole-number = een heel getal
type-string-list = een lijst met teksten
type-number-list = een lijst met getallen
type-string-groups = een lijst van lijsten met teksten
type-date = een datum
type-integer = een heel getal
type-float = een kommagetal
type-boolean = waar of onwaar
type-date-time = een datum met tijd
type-list = een lijst
type-table = een tabel

## De TOML van een curriculumbestand.
load-unknown-top-level = onbekende sleutel `{ $key }` bovenaan het bestand
load-unknown-top-level-label = hoort niet bij het curriculumformaat
load-unknown-top-level-help = een curriculumbestand bevat `[curriculum]` en tabellen `[[skill]]`, `[[module]]`, `[[line]]`, `[[fieldlab]]`, `[[profile]]` en `[[holiday]]`
load-curriculum-header-missing = { $keys } staan buiten een tabel: de kop `[curriculum]` ontbreekt
load-curriculum-header-missing-label = deze horen in `[curriculum]`
load-curriculum-header-missing-help = zet de regel `[curriculum]` erboven
load-curriculum-list = `[[curriculum]]` maakt een lijst van tabellen; een curriculum heeft één tabel `[curriculum]`
load-curriculum-list-label = met dubbele haken geschreven
load-curriculum-list-help = schrijf `[curriculum]`, met enkele haken
load-table-expected = `{ $key }` moet als tabellen `{ $header }` geschreven worden, maar is { $found }
load-table-expected-label = verwacht `{ $header }`
load-table-expected-help = begin elke { $kind } met een kopregel `{ $header }`
load-key-twice = `{ $key }` staat twee keer in deze tabel
load-given-again = hier nog een keer
load-key-twice-help = houd één `{ $key } = …` en haal de andere weg
load-toml-date-help = schrijf een dag die bestaat, met het jaar voorop: JJJJ-MM-DD, bijvoorbeeld `2027-12-25`
load-toml-help = verbeter de TOML-schrijfwijze hier; de regels staan op https://toml.io
load-toml = ongeldige TOML: { $problem }
load-toml-label = { $problem }
load-single-table = `[{ $name }]` is één tabel, maar `{ $name }` is al een lijst van tabellen `{ $header }`
load-single-table-label = met enkele haken geschreven
load-single-table-help = schrijf `{ $header }` om er een toe te voegen
load-table-twice = een tweede tabel `[{ $name }]` in dit bestand
load-table-twice-help = houd precies één tabel `[{ $name }]` en zet de velden daarin
load-curly-quotes = `{ $written }` staat tussen krulquotes; tekst in TOML staat tussen rechte aanhalingstekens `"`
load-curly-quotes-label = krulquotes

## Curriculumbestanden lezen.
load-save-as-utf8 = sla het bestand op als UTF-8 (de meeste editors bieden dat onder 'Opslaan met codering')
load-no-toml-files = in `{ $path }` staan geen `.toml`-bestanden
load-no-toml-files-help = laat --curriculum wijzen naar een map met een curriculum of naar één .toml-bestand
load-part-of = `{ $file }` heeft geen tabel `[curriculum]`: het is een deel van het curriculum in `{ $curriculum }`
load-check-whole = controleer het hele curriculum: `{ $command }`
load-wide-encoding = `{ $name }` is opgeslagen als { $encoding } ({ $order }-endian), niet als UTF-8
load-wide-encoding-label = dit bestand is { $encoding }
load-not-utf8 = `{ $name }` is geen geldige UTF-8
load-not-utf8-label = hier staat een ongeldige byte
file-directory = een map
file-fifo = een named pipe (FIFO)
file-socket = een socket
file-char-device = een tekenapparaat
file-block-device = een blokapparaat
file-special = geen gewoon bestand
load-cannot-read = `{ $path }` kan niet gelezen worden: { $error }
load-dangling-link = `{ $path }` is een symbolische link naar `{ $target }`, en dat bestaat niet
load-dangling-link-help = herstel of verwijder de link (namen die met `.` beginnen, zoals lock-bestanden van editors, worden overgeslagen)
load-not-regular = `{ $path }` is { $kind }, geen gewoon bestand
load-not-regular-help = alleen gewone bestanden worden gelezen: sla de inhoud op als gewoon bestand, of geef het een naam die niet op `.toml` eindigt
load-too-large = `{ $path }` is groter dan { $mib } MiB, het meeste dat leerroute uit één bestand leest
load-too-large-help = verdeel het curriculum over meer `.toml`-bestanden in één map
load-not-toml = `{ $path }` is geen `.toml`-bestand
load-not-toml-help = een curriculum is een map met `.toml`-bestanden of één `.toml`-bestand: laat `check` of `--curriculum` daarnaar wijzen
load-io-not-found-help = controleer het pad; `--curriculum` verwacht een map of een .toml-bestand
load-io-permission-help = controleer de rechten op het bestand
load-io-help = controleer of het pad een leesbaar bestand of een leesbare map is
load-references-unchecked = { $count ->
    [one] 1 verwijzing naar een id dat in geen leesbaar bestand staat, is
   *[other] { $count } verwijzingen naar ids die in geen leesbaar bestand staan, zijn
} niet gecontroleerd: het bestand dat niet te lezen was, kan ze bevatten

## Curricula in CurricularAnalytics-CSV.
ca-unclosed-quote = een cel tussen aanhalingstekens wordt niet gesloten
ca-unclosed-quote-label = hier begint ze
ca-unclosed-quote-help = sluit de aanhalingstekens, of schrijf een `"` binnen een cel tussen aanhalingstekens als `""`
ca-no-courses = het bestand heeft geen regel `Courses`
ca-no-courses-label = na de metadata horen de cursussen te komen
ca-no-courses-help = zet na de metadata een regel `Courses`, de kopregel `Course ID,Course Name,Prefix,Number,Prerequisites,Corequisites,Strict-Corequisites,Credit Hours,Institution,Canonical Name` en één regel per cursus
ca-metadata-rows = de metadataregels zijn { $rows }; de cursussen beginnen na een regel `Courses`
ca-unknown-metadata = onbekende metadataregel `{ $key }`
ca-unknown-metadata-label = geen metadatasleutel van CurricularAnalytics
ca-columns = de kolommen zijn { $columns }
ca-unknown-column = onbekende kolom `{ $column }`
ca-unknown-column-label = geen kolom van CurricularAnalytics
ca-header-lacks = in de kopregel van de cursussen ontbreekt `{ $columns }`
ca-header-lacks-label = de kopregel van de cursussen
ca-header-lacks-help = voeg { $count ->
    [one] de kolom
   *[other] de kolommen
} `{ $columns }` toe
ca-extra-cells = de regel heeft { $cells } cellen, de kopregel { $header }
ca-extra-cells-label = een cel voorbij de kopregel
ca-extra-cells-help = haal de extra cel weg, of zet een waarde met een komma tussen aanhalingstekens: `"Calculus, deel 1"`
ca-no-course-id = een cursusregel zonder `Course ID`
ca-no-course-id-label = geen cursus-id
ca-no-course-id-help = geef elke cursus een eigen `Course ID`; voorwaarden verwijzen ernaar
ca-course-twice = het cursus-id `{ $id }` staat er twee keer
ca-first-given = hier de eerste keer
ca-course-twice-help = geef elke cursus een eigen `Course ID`
ca-list-course-ids = noem de `Course ID`s van cursussen in dit bestand, gescheiden door `;`
ca-unknown-course = onbekende cursus `{ $course }`
ca-unknown-course-label = geen cursus heeft deze `Course ID`
ca-bad-term = `{ $term }` is geen nummer van een periode
ca-bad-term-label = verwacht een heel getal vanaf 1
ca-bad-term-help = schrijf de periode waarin de cursus gepland is: 1, 2, 3, …
ca-credit-hours = de cursus `{ $course }` heeft { $credits } studiepunten
ca-credit-hours-label = de uren van een module moeten boven 0 liggen
ca-credit-hours-help = geef de cursus haar studiepunten, een getal boven 0, bijvoorbeeld `3`
ca-credit-hours-nan = de studiepunten `{ $credits }` zijn geen getal
ca-credit-hours-nan-help = schrijf de studiepunten als getal, bijvoorbeeld `3` of `1.5`

## Paspoortbestanden (`--worker`).
passport-file-directory = `{ $path }` is een map, geen paspoort
passport-file-directory-help = een paspoort is één `.toml`-bestand met een tabel `[worker]`: geef dat bestand op, bijvoorbeeld `--worker { $example }`; plan veel medewerkers tegelijk met `leerroute batch` en een CSV- of JSON Lines-bestand
passport-file-worker-table = `worker` moet een tabel `[worker]` zijn
passport-file-worker-table-help = begin het paspoort met de kopregel `[worker]`
passport-file-unknown-key = onbekende sleutel `{ $key }` in een paspoort
passport-file-unknown-key-label = een paspoort bevat één tabel `[worker]`
passport-file-unknown-key-help = zet de velden van het paspoort onder `[worker]`
passport-file-no-worker = `{ $file }` heeft geen tabel `[worker]`
passport-file-no-worker-help = een paspoort begint met `[worker]`, en daarna `id`, `name` en `skills`
passport-file-budget-two-ways = `budget = { $literal }` is op twee manieren te lezen: als { $number } euro (de decimale punt van TOML) of als { $thousands } euro (een Nederlandse duizendtallenpunt)
passport-file-budget-two-ways-label = een punt voor drie cijfers
passport-file-budget-two-ways-help = schrijf `budget = { $thousands }` voor { $thousands } euro, of `budget = { $decimal }` voor { $number } euro
passport-file-not-an-amount = geen bedrag in euro
passport-file-not-valid = geen geldige `{ $key }`
passport-file-not-valid-help = schrijf het als `{ $snippet }`, of laat het weg
passport-file-amount-digits = schrijf het bedrag in cijfers, bijvoorbeeld `{ $plain }`, `{ $points }` of `{ $cents }`
passport-file-amount-two-ways-help = schrijf `{ $thousands }` voor { $euro } euro, of `{ $decimal }` voor euro en centen
passport-file-list-modules = `leerroute list modules` toont alle modules

## Vakanties: `[[holiday]]` in een curriculum of een vakantiebestand.
holidays-unknown-key = onbekende sleutel `{ $key }` in een vakantiebestand
holidays-unknown-key-label = een vakantiebestand bevat tabellen `[[holiday]]`
holidays-unknown-key-help = geef elke periode op als `[[holiday]]` met `name = { $name }`, `from = { $from }` en `to = { $to }`
holidays-empty-name = een vakantie heeft geen naam
holidays-empty-name-label = een lege naam
holidays-empty-name-help = geef de periode een naam, bijvoorbeeld `name = { $example }`
holidays-years = de jaren lopen van { $first } tot en met { $last }
holidays-expected-day = verwacht een dag als JJJJ-MM-DD
holidays-not-a-date = `{ $key }` van de vakantie `{ $holiday }` is geen datum: `{ $written }`
holidays-not-a-date-help = schrijf de datum met het jaar voorop, bijvoorbeeld `{ $snippet }`
holidays-ends-before = de vakantie `{ $holiday }` eindigt ({ $to }) voordat ze begint ({ $from })
holidays-last-day = de laatste dag van de periode
holidays-first-day = de eerste dag
holidays-ends-before-help = `to` is de laatste dag zonder leren, op of na `from`: draai ze om, `from = { $to }` en `to = { $from }`
