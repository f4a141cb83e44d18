# The commands' own messages: what the command line names that cannot be used (`--out`, `--workers`, `--html-dir`, a flag that does not fit), and `batch`'s notes and summary on stderr.

commands-no-target-skills = `--target-skills` lists no skill-levels
commands-no-target-skills-help = list the target's skill-levels, e.g. `--target-skills cobot-operation@3,robot-safety@2`
commands-stage-modules-only = `--stage` filters modules only
commands-stage-modules-only-help = run `leerroute list modules --stage …`
commands-route-needs-worker = a route's target and completed modules need a worker
commands-route-needs-worker-help = pass `--worker FILE` (or `--skills LIST`) with the target, or leave the target out for the curriculum's map
commands-png-not-for-terminal = a PNG picture is not for a terminal
commands-png-not-for-terminal-help = pass `--out map.png`, or redirect standard output to a file

## `--out`
commands-out-cannot-write = cannot write to `{ $path }`: { $problem }
commands-out-writable-help = pass `--out` a file in a directory you can write to
commands-out-directory = `--out { $path }` is a directory
commands-out-directory-help = pass `--out` a file, e.g. `--out { $file }`
commands-out-descriptor-closed = descriptor { $descriptor } is not open
commands-out-descriptor-help = open it where leerroute is started (`{ $descriptor }> FILE` in a shell), or pass `--out` a file
commands-out-file-not-directory = `{ $file }` is a file, not a directory
commands-out-cannot-follow = cannot follow `{ $path }`: { $problem }
commands-out-cannot-follow-help = point `--out` at a file, or fix the symbolic link
commands-out-too-many-links = more than { $count } symbolic links to follow

## `--html-dir`
commands-html-dir-not-directory = `--html-dir { $dir }` is not a directory
commands-html-dir-not-directory-help = pass `--html-dir` a directory (it is made if it is not there)
commands-html-dir-cannot-make = cannot make the directory `{ $dir }`: { $problem }
commands-html-dir-cannot-make-help = pass `--html-dir` a directory you can write to
commands-html-cannot-write = cannot write `{ $path }`: { $problem }

## `--workers`
commands-cannot-read-workers = cannot read `{ $path }`: { $problem }
commands-cannot-read-workers-help = check the path given to --workers (or use `-` for standard input)
commands-unknown-format = cannot tell the format of `{ $path }`
commands-unknown-format-help = name the file .csv or .jsonl, or pass `--input-format csv|jsonl`
commands-skipping-columns = note: skipping the columns { $names } (--extra-columns ignore)
commands-skipped-keys = note: skipped the JSON keys { $names } (--extra-columns ignore)

## The summary of `batch` on stderr. `$n` is the number of rows, `$rows` the same as shown.
commands-batch-summary = batch: { $rows } rows in { $seconds } s ({ $rate } plans/s): { $planned } planned, { $qualified } qualified, { $unreachable } unreachable, { $over_budget } over-budget, { $timeouts } timeout, { $errors } error
commands-batch-totals = batch: { $optimal } of { $planned } routes proven optimal; { $hours } hours and { $cost } in all, { $hours_each } hours and { $cost_each } per planned worker

# Why a run failed after its input was accepted (a file that could not be written).
commands-failure = error: { $message }

# The words of batch's progress bar on a terminal.
commands-progress-plans = plans
commands-progress-eta = ETA
