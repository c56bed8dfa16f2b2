#!/usr/bin/env python3
"""Derive db/seed/pinyin/readings.tsv from go-pinyin's pinyin_dict.go.

Usage:
    python3 derive_readings.py /usr/share/gocode/src/github.com/mozillazg/go-pinyin/pinyin_dict.go \
        db/seed/pinyin/readings.tsv

Source: Debian package golang-github-mozillazg-go-pinyin-dev (go-pinyin,
MIT licence, (c) 2016 mozillazg). pinyin_dict.go is generated upstream from
mozillazg/pinyin-data, which is built on Unicode Unihan (kHanyuPinyin etc.).

Transformation:
  * keep code points U+3400..U+9FFF and U+F900..U+FAFF that have readings;
  * per reading: Unicode NFD, u + combining diaeresis -> "v", drop every other
    combining mark (tone marks, circumflex of ê), lowercase;
  * drop readings that become duplicates after tone removal, keeping the
    source's order (the first reading is the default one);
  * write "CHAR<TAB>r1,r2,..." sorted by code point.

Stdlib only.
"""
import re
import sys
import unicodedata

RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF))
ENTRY = re.compile(r'^\s*0x([0-9A-Fa-f]+):\s*"([^"]*)",\s*$')
PLAIN = re.compile(r'^[a-z]+$')

HEADER = """\
# readings.tsv — toneless pinyin readings per CJK character (U+3400–U+9FFF, U+F900–U+FAFF)
# Source: Debian package golang-github-mozillazg-go-pinyin-dev 0.19.0+ds.1-1+b6
#   = upstream go-pinyin 0.19.0 (pinyin data: mozillazg/pinyin-data v0.12.0, built on Unicode Unihan)
#   file: /usr/share/gocode/src/github.com/mozillazg/go-pinyin/pinyin_dict.go
# Upstream: https://github.com/mozillazg/go-pinyin (data: https://github.com/mozillazg/pinyin-data)
# Licence: MIT, Copyright (c) 2016 mozillazg (see /usr/share/doc/golang-github-mozillazg-go-pinyin-dev/copyright)
# Transformation (db/seed/pinyin/derive_readings.py): tone marks removed, ü -> v, ê -> e,
#   lowercase ASCII only, duplicates after tone removal dropped, source order kept
#   (first reading = default), sorted by code point.
# Format: CHAR<TAB>reading1,reading2,...
"""


EXPECTED_UPSTREAM_VERSION = "0.19.0"


def check_version(dict_path):
    """Warn when pinyin.go next to the dict is not the version named in HEADER."""
    import os
    go = os.path.join(os.path.dirname(os.path.abspath(dict_path)), "pinyin.go")
    try:
        with open(go, encoding="utf-8") as f:
            m = re.search(r'Version\s*=\s*"([^"]+)"', f.read())
    except OSError:
        m = None
    found = m.group(1) if m else "unknown"
    if found != EXPECTED_UPSTREAM_VERSION:
        sys.stderr.write("warning: go-pinyin version %s, header names %s; update HEADER\n"
                         % (found, EXPECTED_UPSTREAM_VERSION))


def toneless(reading):
    decomposed = unicodedata.normalize("NFD", reading.strip())
    decomposed = decomposed.replace("u\u0308", "v").replace("U\u0308", "v")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if not PLAIN.match(plain):
        raise ValueError("unexpected reading %r -> %r" % (reading, plain))
    return plain


def in_ranges(cp):
    return any(lo <= cp <= hi for lo, hi in RANGES)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    src, out = argv[1], argv[2]
    check_version(src)
    table = {}
    with open(src, encoding="utf-8") as f:
        for line in f:
            m = ENTRY.match(line)
            if not m:
                continue
            cp = int(m.group(1), 16)
            if not in_ranges(cp):
                continue
            readings = []
            for r in m.group(2).split(","):
                if not r.strip():
                    continue
                t = toneless(r)
                if t not in readings:
                    readings.append(t)
            if readings:
                table[cp] = readings
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for cp in sorted(table):
            f.write("%s\t%s\n" % (chr(cp), ",".join(table[cp])))
    sys.stderr.write("%d characters written to %s\n" % (len(table), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
