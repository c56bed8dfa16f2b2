#!/bin/sh
# Runs a test as the unprivileged user "nobody" when started as root, so that file permission
# checks (read-only folders and files) behave as they do for a clerk. Otherwise runs it as is.
# The test binary is copied to a private temporary folder first: the build tree may sit under a
# folder (such as /root) that nobody cannot enter. Test binaries are self-contained (static
# project libraries, embedded resources), so the copy runs the same code.
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
    dir=$(mktemp -d /tmp/ow-unprivileged.XXXXXX)
    trap 'rm -rf "$dir"' EXIT
    cp "$1" "$dir/"
    chmod 755 "$dir" "$dir/$(basename "$1")"
    test_binary="$dir/$(basename "$1")"
    shift
    # The asan preset's sanitizer settings go along; the leak suppressions are copied too, as
    # nobody may not be able to read the source tree.
    if [ -n "${LSAN_OPTIONS:-}" ]; then
        supp=$(printf '%s' "$LSAN_OPTIONS" | sed -n 's/.*suppressions=\([^:]*\).*/\1/p')
        if [ -n "$supp" ] && [ -r "$supp" ]; then
            cp "$supp" "$dir/lsan.supp" && chmod 644 "$dir/lsan.supp"
            LSAN_OPTIONS=$(printf '%s' "$LSAN_OPTIONS" | sed "s|suppressions=[^:]*|suppressions=$dir/lsan.supp|")
        fi
    fi
    setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env -- \
        env QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" TMPDIR=/tmp HOME=/tmp \
        LC_ALL=C.UTF-8 ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} \
        ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} ${LSAN_OPTIONS:+LSAN_OPTIONS="$LSAN_OPTIONS"} \
        "$test_binary" "$@"
    exit $?
fi
exec "$@"
