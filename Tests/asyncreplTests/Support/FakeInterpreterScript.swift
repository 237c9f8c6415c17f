/// A shell script that stands in for `asyncrepl run FILE [flags...]` so the
/// golden runner can be tested without the real interpreter. It reads the
/// script's lines that start with `#> `:
///
/// - `#> ARGS` prints the flags after FILE (`--virtual --seed 3`);
/// - `#> FAIL TEXT` prints `error: TEXT` to stderr and exits 1;
/// - `#> EXIT N` exits with status N;
/// - `#> HANG` sleeps for a minute (replacing the shell, so a kill ends it);
/// - `#> SLEEP N` sleeps N seconds and goes on;
/// - `#> NOISE N` writes N lines to both stdout and stderr (pipes fill up);
/// - any other `#> TEXT` prints TEXT.
let fakeInterpreterScript = #"""
    #!/bin/sh
    shift
    file=$1
    shift
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            '#> ARGS') echo "$*" ;;
            '#> FAIL '*) echo "error: ${line#'#> FAIL '}" >&2; exit 1 ;;
            '#> EXIT '*) exit "${line#'#> EXIT '}" ;;
            '#> HANG') exec sleep 60 ;;
            '#> SLEEP '*) sleep "${line#'#> SLEEP '}" ;;
            '#> NOISE '*) seq "${line#'#> NOISE '}" | tee /dev/stderr ;;
            '#> '*) printf '%s\n' "${line#'#> '}" ;;
        esac
    done < "$file"
    """#
