#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Derive db/seed/catalog.json from the district "双全双百" plan text.

Source file: 000_2c4b341d35c2781e.txt
  (薛政办发〔2021〕11号, 薛城区人民政府办公室, public government document;
   annexes 附件1 企业全生命周期事项清单及责任分工 and
           附件2 个人全生命周期事项清单及责任分工)

Usage:
    python3 db/seed/derive_catalog.py ../shared/seeds/000_2c4b341d35c2781e.txt db/seed/catalog.json

Standard library only.  Warnings about irregularities in the source text and a
short summary are printed to stderr; nothing is silently dropped.

Layout of the flattened Word tables in the text:
  * every table cell starts on a line beginning with a TAB; a cell may continue
    over further lines (no TAB) which are joined WITHOUT a separator;
  * table rows are separated by a blank line;
  * columns: 序号, 阶段, 场景, 事项名称, [子项名称], 事项类型, 市级牵头部门,
    市级协同部门, 区级牵头部门, 区级协同部门 (the 子项 column exists only in
    rows of items that have sub-items, giving 10 instead of 9 cells);
  * the header row (序号 …) is repeated after every page break, and on a new
    page the merged cells (阶段, 场景, 牵头部门, even 事项名称 of an item whose
    sub-items span the break) are printed again.

Carry-down rules applied (see README.md):
  * 阶段 / 场景 carry down until a new value appears; a repeated value (page
    break) does not open a new stage/scene.
  * 市级牵头部门 / 区级牵头部门 carry down from the row above (also across scene
    boundaries) until a new value appears.  Carry-down is reset at a stage
    boundary (in this document every stage's first row names its leads, so
    the reset never takes effect; a warning is printed if it would).
  * An empty 协同部门 cell means "none" — except on sub-item rows, which inherit
    the departments of their item when their own cell is empty.
  * A row with an empty 序号 is a further sub-item of the current item (its
    事项名称 cell is empty, or repeats the item name after a page break).
"""

import json
import re
import sys

SOURCE_NAME = "000_2c4b341d35c2781e.txt"
DOCUMENT = "薛政办发〔2021〕11号"

LIFECYCLES = [
    # (code, name, annex heading as printed)
    ("E", "企业全生命周期", "企业全生命周期事项清单及责任分工"),
    ("P", "个人全生命周期", "个人全生命周期事项清单及责任分工"),
]

KNOWN_TYPES = {"行政许可", "行政确认", "公共服务", "其他行政权力", "行政给付", "其他",
               "行政裁决", "行政奖励", "行政征收", "行政处罚", "行政强制", "行政检查"}

DEPT_SPLIT = re.compile(r"[、，,；;\n]")
WORD_ARTEFACTS = [re.compile(r"\[bookmark:[^\]]*\]")]

warnings = []


def warn(msg):
    warnings.append(msg)
    print("WARNING: " + msg, file=sys.stderr)


def clean_text(raw, lineno, what):
    """Join a cell's lines without separator, strip whitespace, drop Word artefacts."""
    parts = [p.strip() for p in raw.split("\n")]
    if any(p == "" for p in parts) and len(parts) > 1:
        warn("line %d: %s cell contains empty line(s): %r" % (lineno, what, raw))
    if any(p != q for p, q in zip(parts, raw.split("\n"))) and len(parts) > 1:
        warn("line %d: %s cell has whitespace at a line break, removed: %r" % (lineno, what, raw))
    text = "".join(parts)
    for rx in WORD_ARTEFACTS:
        if rx.search(text):
            warn("line %d: removed Word artefact %r from %s %r"
                 % (lineno, rx.search(text).group(0), what, text))
            text = rx.sub("", text)
    return text.strip()


DEPT_PREFIXES = ("市", "区", "薛城", "枣庄", "人行", "省")
DEPT_SUFFIXES = ("局", "委", "办", "中心", "部", "公司", "队", "联", "行", "所", "院", "会", "站",
                 "处", "厅")


def join_dept_lines(raw, lineno, what):
    """A newline inside a department cell is either a separator between two
    departments ("市医保局\n市税务局") or a line continuation inside one name
    ("市人力资源和\n社会保障局").  It is a separator only if the text before it
    ends like a department name and the text after it starts like one."""
    lines = [l.strip() for l in raw.split("\n")]
    lines = [l for l in lines if l]
    if not lines:
        return ""
    out = lines[0]
    for nxt in lines[1:]:
        prev = re.split(r"[、，,；;]", out)[-1]
        if (out[-1] in "、，,；;" or
                (prev.endswith(DEPT_SUFFIXES) and nxt.startswith(DEPT_PREFIXES))):
            out += "\n" + nxt
            if out[-len(nxt) - 2] not in "、，,；;":
                print("info: line %d: %s: newline read as separator: %r | %r"
                      % (lineno, what, prev, nxt), file=sys.stderr)
        else:
            print("info: line %d: %s: line continuation joined: %r + %r"
                  % (lineno, what, prev, nxt), file=sys.stderr)
            out += nxt
    return out


def dept_list(raw, lineno, what):
    """Cell -> list of department names (split on 、 ， , ； newline)."""
    out = []
    for part in DEPT_SPLIT.split(join_dept_lines(raw, lineno, what)):
        name = part.strip()
        if not name:
            continue
        if re.search(r"\s", name):
            fixed = re.sub(r"\s+", "", name)
            warn("line %d: whitespace inside department name in %s: %r -> %r (layout artefact)"
                 % (lineno, what, name, fixed))
            name = fixed
        out.append(name)
    return out


def split_no_name(raw, lineno, what):
    """'1\\n企业开办' -> ('1', '企业开办'); the first non-empty line is the number."""
    lines = [l.strip() for l in raw.split("\n") if l.strip()]
    if not lines:
        return None, None
    no = lines[0]
    name = "".join(lines[1:])
    if not re.fullmatch(r"\d+(\.\d+)?", no):
        warn("line %d: %s cell does not start with a number: %r" % (lineno, what, raw))
    if not name:
        warn("line %d: %s cell has no name: %r" % (lineno, what, raw))
    return no, name


def read_rows(lines, start, end):
    """Yield (lineno, [cells]) for the table rows in lines[start:end] (0-based).

    A line starting with TAB opens a new cell; other non-blank lines continue the
    current cell; a blank line ends the row if it has at least 9 cells.  A blank
    line inside a row with fewer cells is treated as part of the cell (warning).
    Non-table lines (no open row) are returned as ('text', lineno, line).
    """
    cells = []
    row_line = None
    for i in range(start, end):
        line = lines[i]
        lineno = i + 1
        if line.startswith("\t"):
            if not cells:
                row_line = lineno
            cells.append(line[1:])
        elif line.strip() == "":
            if not cells:
                continue
            if len(cells) >= 9:
                yield ("row", row_line, cells)
                cells = []
            else:
                warn("line %d: blank line inside table row starting at line %d "
                     "(only %d cells so far) - treated as a line break inside the cell"
                     % (lineno, row_line, len(cells)))
                cells[-1] += "\n"
        else:
            if cells:
                cells[-1] += "\n" + line
            else:
                yield ("text", lineno, line)
    if cells:
        yield ("row", row_line, cells)


def parse_annex(lines, start, end, lc_code, lc_name):
    lifecycle = {"code": lc_code, "name": lc_name, "stages": []}
    stage = scene = item = None
    carry = {"city_lead": [], "district_lead": []}
    expected_no = 1
    carried = []            # (item/sub code, field, value)
    headers = 0

    for kind, lineno, payload in read_rows(lines, start, end):
        if kind == "text":
            if payload.strip():
                warn("line %d: non-table text inside annex: %r" % (lineno, payload.strip()))
            continue
        cells = payload
        first = clean_text(cells[0], lineno, "序号")
        if first == "序号":
            headers += 1
            if headers > 1:
                print("info: line %d: repeated header row (page break) skipped" % lineno,
                      file=sys.stderr)
            continue
        if len(cells) == 9:
            has_sub = False
            seq, stg, scn, name, typ, cl, cc, dl, dc = cells
            sub = None
        elif len(cells) == 10:
            has_sub = True
            seq, stg, scn, name, sub, typ, cl, cc, dl, dc = cells
        else:
            warn("line %d: row with %d cells - cannot interpret: %r" % (lineno, len(cells), cells))
            continue

        # ---- stage / scene (carry down; repeated value = page-break repeat)
        if stg.strip():
            sno, sname = split_no_name(stg, lineno, "阶段")
            if stage is None or stage["no"] != int(sno):
                if stage is not None and int(sno) != stage["no"] + 1:
                    warn("line %d: stage number jumps from %d to %s" % (lineno, stage["no"], sno))
                if any(s["no"] == int(sno) for s in lifecycle["stages"]):
                    warn("line %d: stage %s reopened" % (lineno, sno))
                stage = {"code": "%s%s" % (lc_code, sno), "no": int(sno), "name": sname,
                         "scenes": []}
                lifecycle["stages"].append(stage)
                scene = None
                # carry-down of the lead departments does not cross stages
                if not cl.strip() or not dl.strip():
                    warn("line %d: first row of stage %s has an empty lead cell; "
                         "lead carry-down is reset at stage boundaries" % (lineno, sno))
                carry = {"city_lead": [], "district_lead": []}
            elif stage["name"] != sname:
                warn("line %d: stage %s repeated with a different name %r (was %r)"
                     % (lineno, sno, sname, stage["name"]))
        if stage is None:
            warn("line %d: row before any stage - skipped: %r" % (lineno, cells))
            continue
        if scn.strip():
            cno, cname = split_no_name(scn, lineno, "场景")
            if scene is None or scene["no"] != cno:
                scene = {"code": "%s%s" % (lc_code, cno), "no": cno, "name": cname, "items": []}
                stage["scenes"].append(scene)
                if cno.split(".")[0] != str(stage["no"]):
                    warn("line %d: scene %s does not belong to stage %d"
                         % (lineno, cno, stage["no"]))
            elif scene["name"] != cname:
                warn("line %d: scene %s repeated with a different name %r (was %r)"
                     % (lineno, cno, cname, scene["name"]))
        if scene is None:
            warn("line %d: row before any scene - skipped: %r" % (lineno, cells))
            continue

        typ = clean_text(typ, lineno, "事项类型")
        if typ and typ not in KNOWN_TYPES:
            warn("line %d: unexpected 事项类型 %r (kept as written)" % (lineno, typ))
        depts = {
            "city_lead": dept_list(cl, lineno, "市级牵头部门"),
            "city_co": dept_list(cc, lineno, "市级协同部门"),
            "district_lead": dept_list(dl, lineno, "区级牵头部门"),
            "district_co": dept_list(dc, lineno, "区级协同部门"),
        }
        name = clean_text(name, lineno, "事项名称")
        sub = clean_text(sub, lineno, "子项名称") if has_sub else None
        seq = seq.strip()

        if seq:
            # ---- a new item
            if not re.fullmatch(r"\d+", seq):
                warn("line %d: 序号 %r is not an integer" % (lineno, seq))
            no = int(seq)
            if no != expected_no:
                warn("line %d: 序号 %d but running count is %d" % (lineno, no, expected_no))
            expected_no += 1
            code = "%s%03d" % (lc_code, no)
            if not name:
                warn("line %d: item %s has an empty name" % (lineno, code))
            for f in ("city_lead", "district_lead"):
                if depts[f]:
                    carry[f] = depts[f]
                else:
                    depts[f] = list(carry[f])
                    carried.append((code, f, depts[f]))
                    if not depts[f]:
                        warn("line %d: item %s has no %s even after carry-down" % (lineno, code, f))
            item = {"code": code, "no": no, "name": name, "type": typ,
                    "city_lead": depts["city_lead"], "city_co": depts["city_co"],
                    "district_lead": depts["district_lead"], "district_co": depts["district_co"],
                    "subitems": []}
            scene["items"].append(item)
            if has_sub:
                if not sub:
                    warn("line %d: item %s has an empty 子项 cell" % (lineno, code))
                item["subitems"].append({
                    "code": "%s.1" % code, "name": sub, "type": typ,
                    "city_lead": list(item["city_lead"]), "city_co": list(item["city_co"]),
                    "district_lead": list(item["district_lead"]),
                    "district_co": list(item["district_co"])})
        else:
            # ---- a further sub-item of the current item
            if item is None or not has_sub:
                warn("line %d: row with empty 序号 that is not a sub-item row - kept as "
                     "unparsed warning: %r" % (lineno, cells))
                continue
            if item not in scene["items"]:
                warn("line %d: sub-item row opens scene %s but item %s is in another scene"
                     % (lineno, scene["no"], item["code"]))
            if name and name != item["name"]:
                warn("line %d: sub-item row repeats item name %r but current item %s is %r"
                     % (lineno, name, item["code"], item["name"]))
            elif name:
                print("info: line %d: page-break continuation of %s (item name repeated)"
                      % (lineno, item["code"]), file=sys.stderr)
            if not item["subitems"]:
                warn("line %d: sub-item row for item %s which has no first sub-item"
                     % (lineno, item["code"]))
            code = "%s.%d" % (item["code"], len(item["subitems"]) + 1)
            s = {"code": code, "name": sub, "type": typ}
            for f in ("city_lead", "city_co", "district_lead", "district_co"):
                s[f] = depts[f] if depts[f] else list(item[f])
            for f in ("city_lead", "district_lead"):
                if depts[f]:
                    if depts[f] != item[f]:
                        warn("line %d: sub-item %s names its own %s %s (item has %s)"
                             % (lineno, code, f, depts[f], item[f]))
                    carry[f] = depts[f]
            item["subitems"].append(s)

    # item type = shared type of its sub-items, "" if they differ
    for st in lifecycle["stages"]:
        for sc in st["scenes"]:
            for it in sc["items"]:
                if it["subitems"]:
                    types = sorted({s["type"] for s in it["subitems"]})
                    it["type"] = types[0] if len(types) == 1 else ""
                    if len(types) > 1:
                        warn("item %s: sub-item types differ %s -> item type \"\""
                             % (it["code"], types))
                    if not it["type"]:
                        warn("item %s: item type is empty" % it["code"])
                if not it["type"] and not it["subitems"]:
                    warn("item %s: empty type" % it["code"])
                for s in it["subitems"]:
                    if not s["type"]:
                        warn("sub-item %s: empty 事项类型 in source (kept \"\")" % s["code"])
    return lifecycle, carried


def main(argv):
    if len(argv) != 3:
        print("usage: derive_catalog.py SEED.txt OUT.json", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        warn("source contains CR characters; normalised")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")

    # locate the annexes: "附件N：" line followed by the table title line
    starts = []
    for code, name, title in LIFECYCLES:
        idx = [i for i, l in enumerate(lines)
               if l.strip() == title and i > 0 and lines[i - 1].strip().startswith("附件")]
        if len(idx) != 1:
            print("error: cannot locate annex %r (found %d)" % (title, len(idx)), file=sys.stderr)
            return 1
        starts.append(idx[0] + 1)
    bounds = [(starts[0], starts[1] - 2), (starts[1], len(lines))]

    out = {"source": SOURCE_NAME, "document": DOCUMENT, "lifecycles": []}
    for (code, name, _title), (a, b) in zip(LIFECYCLES, bounds):
        lc, carried = parse_annex(lines, a, b, code, name)
        out["lifecycles"].append(lc)
        items = [it for st in lc["stages"] for sc in st["scenes"] for it in sc["items"]]
        nsub = sum(len(it["subitems"]) for it in items)
        print("%s %s: %d stages, %d scenes, %d items (%d with sub-items, %d sub-items); "
              "%d lead values carried down"
              % (code, name, len(lc["stages"]), sum(len(st["scenes"]) for st in lc["stages"]),
                 len(items), sum(1 for it in items if it["subitems"]), nsub, len(carried)),
              file=sys.stderr)
        for f in ("city_lead", "district_lead"):
            codes = [c for c, ff, _v in carried if ff == f]
            print("  %s carried down (%d items): %s" % (f, len(codes), " ".join(codes)),
                  file=sys.stderr)

    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d warning(s); wrote %s" % (len(warnings), argv[2]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
