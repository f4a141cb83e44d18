# The commands' own messages: what the command line names that cannot be used (`--out`, `--workers`, `--html-dir`, a flag that does not fit), and `batch`'s notes and summary on stderr.

commands-no-target-skills = `--target-skills` noemt geen vaardigheden met niveau
commands-no-target-skills-help = noem de vaardigheden van het doel met hun niveau, bijvoorbeeld `--target-skills cobot-operation@3,robot-safety@2`
commands-stage-modules-only = `--stage` werkt alleen bij modules
commands-stage-modules-only-help = gebruik `leerroute list modules --stage …`
commands-route-needs-worker = voor een doel of afgeronde modules is een medewerker nodig
commands-route-needs-worker-help = geef ook `--worker BESTAND` (of `--skills LIJST`) op, of laat het doel weg voor de kaart van het hele curriculum
commands-png-not-for-terminal = een PNG-afbeelding kan niet in de terminal worden getoond
commands-png-not-for-terminal-help = gebruik `--out kaart.png`, of stuur de uitvoer naar een bestand

## `--out`
commands-out-cannot-write = kan niet schrijven naar `{ $path }`: { $problem }
commands-out-writable-help = geef `--out` een bestand in een map waarin je mag schrijven
commands-out-directory = `--out { $path }` is een map
commands-out-directory-help = geef `--out` een bestand, bijvoorbeeld `--out { $file }`
commands-out-descriptor-closed = descriptor { $descriptor } is niet open
commands-out-descriptor-help = open die bij het starten van leerroute (`{ $descriptor }> BESTAND` in de shell), of geef `--out` een bestand
commands-out-file-not-directory = `{ $file }` is een bestand, geen map
commands-out-cannot-follow = kan `{ $path }` niet volgen: { $problem }
commands-out-cannot-follow-help = laat `--out` naar een bestand wijzen, of herstel de symbolische link
commands-out-too-many-links = meer dan { $count } symbolische links achter elkaar

## `--html-dir`
commands-html-dir-not-directory = `--html-dir { $dir }` is geen map
commands-html-dir-not-directory-help = geef `--html-dir` een map (die wordt aangemaakt als hij er nog niet is)
commands-html-dir-cannot-make = kan de map `{ $dir }` niet aanmaken: { $problem }
commands-html-dir-cannot-make-help = geef `--html-dir` een map waarin je mag schrijven
commands-html-cannot-write = kan `{ $path }` niet schrijven: { $problem }

## `--workers`
commands-cannot-read-workers = kan `{ $path }` niet lezen: { $problem }
commands-cannot-read-workers-help = controleer het pad bij --workers (of gebruik `-` om van standaardinvoer te lezen)
commands-unknown-format = het formaat van `{ $path }` is niet te herkennen
commands-unknown-format-help = geef het bestand de extensie .csv of .jsonl, of gebruik `--input-format csv|jsonl`
commands-skipping-columns = let op: de kolommen { $names } worden overgeslagen (--extra-columns ignore)
commands-skipped-keys = let op: de JSON-sleutels { $names } zijn overgeslagen (--extra-columns ignore)

## The summary of `batch` on stderr. `$n` is the number of rows, `$rows` the same as shown.
commands-batch-summary = batch: { $rows } { $n ->
        [one] rij
       *[other] rijen
    } in { $seconds } s ({ $rate } plannen/s): { $planned } gepland, { $qualified } al gekwalificeerd, { $unreachable } onbereikbaar, { $over_budget } boven budget, { $timeouts } tijdslimiet bereikt, { $errors } met een fout
commands-batch-totals = batch: { $optimal } van { $planned } routes aantoonbaar de beste; { $hours } uur en { $cost } in totaal, { $hours_each } uur en { $cost_each } per geplande medewerker

# Waarom een run toch mislukte (een bestand dat niet geschreven kon worden).
commands-failure = fout: { $message }

# De woorden van de voortgangsbalk van batch op een terminal.
commands-progress-plans = plannen
commands-progress-eta = nog
