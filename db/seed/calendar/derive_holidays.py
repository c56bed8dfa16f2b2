#!/usr/bin/env python3
"""Checks the npm package chinese-days 1.5.7 (MIT, https://github.com/vsme/chinese-days) year by
year against the State Council notices as transcribed below, then writes holidays.json (next to
this script). Not part of the build; run it by hand when a year is added:

    cd /tmp && npm pack chinese-days@1.5.7 && mkdir chinese-days && \
        tar xzf chinese-days-1.5.7.tgz -C chinese-days
    python3 db/seed/calendar/derive_holidays.py /tmp/chinese-days/package

Uses only the package's data files dist/years/YYYY.json ("holidays" and "workdays"; its
"inLieuDays" are not needed). The days written are the package's, and must equal, year by year,
the days of the notices below; the names are the notices' (the package calls 2025-10-06 中秋 where
the notice has one item 国庆节、中秋节). Stops with the differences when they disagree.
"""
import datetime
import json
import pathlib
import re
import sys

PACKAGE = "chinese-days"
PACKAGE_VERSION = "1.5.7"

# year: (version, notice, published, arrangement as the notice states it).
# An arrangement is a list of (holiday name, first day, last day, [make-up workdays]); days are
# "MM-DD" in that year (a day in the year before is written "YYYY-MM-DD").
NOTICES = {
    2021: ("2021-1", "国办发明电〔2020〕27号", "2020-11-25", [
        ("元旦", "01-01", "01-03", []),
        ("春节", "02-11", "02-17", ["02-07", "02-20"]),
        ("清明节", "04-03", "04-05", []),
        ("劳动节", "05-01", "05-05", ["04-25", "05-08"]),
        ("端午节", "06-12", "06-14", []),
        ("中秋节", "09-19", "09-21", ["09-18"]),
        ("国庆节", "10-01", "10-07", ["09-26", "10-09"]),
    ]),
    2022: ("2022-1", "国办发明电〔2021〕11号", "2021-10-25", [
        ("元旦", "01-01", "01-03", []),
        ("春节", "01-31", "02-06", ["01-29", "01-30"]),
        ("清明节", "04-03", "04-05", ["04-02"]),
        ("劳动节", "04-30", "05-04", ["04-24", "05-07"]),
        ("端午节", "06-03", "06-05", []),
        ("中秋节", "09-10", "09-12", []),
        ("国庆节", "10-01", "10-07", ["10-08", "10-09"]),
    ]),
    # 元旦 2023: "2022年12月31日至2023年1月2日" -- the Saturday 2022-12-31 is kept in 2022 (every
    # date sits in its own year in holidays.json).
    2023: ("2023-1", "国办发明电〔2022〕16号", "2022-12-08", [
        ("元旦", "2022-12-31", "01-02", []),
        ("春节", "01-21", "01-27", ["01-28", "01-29"]),
        ("清明节", "04-05", "04-05", []),
        ("劳动节", "04-29", "05-03", ["04-23", "05-06"]),
        ("端午节", "06-22", "06-24", ["06-25"]),
        ("中秋节、国庆节", "09-29", "10-06", ["10-07", "10-08"]),
    ]),
    2024: ("2024-1", "国办发明电〔2023〕7号", "2023-10-25", [
        ("元旦", "01-01", "01-01", []),
        ("春节", "02-10", "02-17", ["02-04", "02-18"]),
        ("清明节", "04-04", "04-06", ["04-07"]),
        ("劳动节", "05-01", "05-05", ["04-28", "05-11"]),
        ("端午节", "06-10", "06-10", []),
        ("中秋节", "09-15", "09-17", ["09-14"]),
        ("国庆节", "10-01", "10-07", ["09-29", "10-12"]),
    ]),
    2025: ("2025-1", "国办发明电〔2024〕12号", "2024-11-12", [
        ("元旦", "01-01", "01-01", []),
        ("春节", "01-28", "02-04", ["01-26", "02-08"]),
        ("清明节", "04-04", "04-06", []),
        ("劳动节", "05-01", "05-05", ["04-27"]),
        ("端午节", "05-31", "06-02", []),
        ("国庆节、中秋节", "10-01", "10-08", ["09-28", "10-11"]),
    ]),
    2026: ("2026-1", "国办发明电〔2025〕7号", "2025-11-04", [
        ("元旦", "01-01", "01-03", ["01-04"]),
        ("春节", "02-15", "02-23", ["02-14", "02-28"]),
        ("清明节", "04-04", "04-06", []),
        ("劳动节", "05-01", "05-05", ["05-09"]),
        ("端午节", "06-19", "06-21", []),
        ("中秋节", "09-25", "09-27", []),
        ("国庆节", "10-01", "10-07", ["09-20", "10-10"]),
    ]),
}

def day(year, text):
    return text if len(text) == 10 else f"{year}-{text}"


def notice_groups(year, arrangement):
    """Per item of a notice: (name, days off, make-up workdays), days as ISO dates."""
    groups = []
    for name, first, last, workdays in arrangement:
        off = []
        current = datetime.date.fromisoformat(day(year, first))
        end = datetime.date.fromisoformat(day(year, last))
        while current <= end:
            off.append(current.isoformat())
            current += datetime.timedelta(days=1)
        groups.append((name, off, [day(year, w) for w in workdays]))
    return groups


def in_year(year, days):
    return [d for d in days if d.startswith(f"{year}-")]


def main():
    package = pathlib.Path(sys.argv[1])
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    if (meta["name"], meta["version"]) != (PACKAGE, PACKAGE_VERSION):
        sys.exit(f"expected {PACKAGE} {PACKAGE_VERSION}, found {meta['name']} {meta['version']}")
    years = []
    for year, (version, notice, published, arrangement) in sorted(NOTICES.items()):
        data = json.loads((package / f"dist/years/{year}.json").read_text(encoding="utf-8"))
        holidays, workdays = data["holidays"], data["workdays"]
        # The notice of this year, and the one of next year for its days in this year (元旦 2023
        # began on 2022-12-31). Names are the notice's; the package's days must match it exactly.
        held, worked = [], []
        for y in (year, year + 1):
            for name, off, work in notice_groups(y, NOTICES[y][3]) if y in NOTICES else []:
                if in_year(year, off):
                    held.append({"name": name, "days": in_year(year, off)})
                if in_year(year, work):
                    worked.append({"name": name + "调休", "days": sorted(in_year(year, work))})
        off = {d for group in held for d in group["days"]}
        work = {d for group in worked for d in group["days"]}
        if set(holidays) != off or set(workdays) != work:
            sys.exit(f"{year}: package and notice differ: days off "
                     f"{sorted(set(holidays) ^ off)}, workdays {sorted(set(workdays) ^ work)}")
        held.sort(key=lambda group: group["days"][0])
        worked.sort(key=lambda group: group["days"][0])
        years.append({
            "year": year,
            "version": version,
            "notice": notice,
            "published": published,
            "holidays": held,
            "workdays": worked,
        })
    document = {
        "source": f"npm {PACKAGE} {PACKAGE_VERSION} (https://github.com/vsme/chinese-days), "
                  "dist/years/YYYY.json; checked against the State Council notices "
                  "(国务院办公厅关于…部分节假日安排的通知)",
        "licence": "MIT (chinese-days, Copyright (c) 2024 Yawei sun); the notices themselves "
                   "are official documents of the State Council",
        "years": years,
    }
    out = pathlib.Path(__file__).with_name("holidays.json")
    text = json.dumps(document, ensure_ascii=False, indent=2)
    # One line per group of days: a year reads like its notice.
    text = re.sub(r'\[\n\s+("\d{4}-\d{2}-\d{2}",?\n\s+)*"\d{4}-\d{2}-\d{2}"\n\s+\]',
                  lambda m: "[" + ", ".join(re.findall(r'"[^"]+"', m.group(0))) + "]", text)
    out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {out}: years {', '.join(str(y['year']) for y in years)}")


if __name__ == "__main__":
    main()
