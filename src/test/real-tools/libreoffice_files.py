#!/usr/bin/python3
"""Writes a glossary as LibreOffice Calc saves it, and what an independent reader finds in it.

Run by RealToolFilesTest: python3 libreoffice_files.py OUT_DIR. Needs LibreOffice Calc (soffice, libreoffice-calc)
and openpyxl (python3-openpyxl).

LibreOffice opens a comma-separated glossary (a header naming the languages by English name, a note whose cell
holds a line break, quotes and commas, a number) and saves it as
  glossary.xlsx   Calc's "Office Open XML" (what Save As > Excel 2007-365 writes)
  glossary.csv    Calc's CSV export with semicolons, UTF-8, every text cell quoted when it must be
  glossary-bom.csv  the same bytes after a UTF-8 byte order mark (what Excel's "CSV UTF-8" writes; Calc 7.4 has no
                  option for it)
expected.json: the (English, German, note) rows openpyxl and Python's csv module read in them.
"""
import csv
import glob
import json
import os
import shutil
import subprocess
import sys

import openpyxl

OUT = os.path.abspath(sys.argv[1])
os.makedirs(OUT, exist_ok=True)
PROFILE = "file://" + os.path.join(OUT, "lo-profile")

ROWS = [["English (United States)", "German (Germany)", "Note"],
        ["file manager", "Dateiverwaltung", "first line\nsecond line"],
        ["drag & drop", "Drag & Drop", ""],
        ["size", "Größe", 'with "quotes", and a comma'],
        ["4711", "4711", "a number"],
        ["Save", "Speichern", "button; label"]]


def soffice(target, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--infilter=CSV:44,34,76,1",
                    "--convert-to", target, "--outdir", outdir, os.path.join(OUT, "input.csv")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    with open(os.path.join(OUT, "input.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(ROWS)
    soffice("xlsx", os.path.join(OUT, "x"))
    shutil.move(os.path.join(OUT, "x", "input.xlsx"), os.path.join(OUT, "glossary.xlsx"))
    # separator ';' (59), quote '"' (34), UTF-8 (76), quote all text cells (token 7: false), as shown (9: true)
    soffice("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true", os.path.join(OUT, "c"))
    shutil.move(glob.glob(os.path.join(OUT, "c", "*.csv"))[0], os.path.join(OUT, "glossary.csv"))
    with open(os.path.join(OUT, "glossary.csv"), "rb") as f:
        body = f.read()
    with open(os.path.join(OUT, "glossary-bom.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + body)
    sheet = openpyxl.load_workbook(os.path.join(OUT, "glossary.xlsx"), read_only=True).worksheets[0]
    xlsx = [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    with open(os.path.join(OUT, "glossary.csv"), encoding="utf-8", newline="") as f:
        semicolons = [row for row in csv.reader(f, delimiter=";")]
    json.dump({"glossary.xlsx": xlsx, "glossary.csv": semicolons}, open(os.path.join(OUT, "expected.json"), "w",
              encoding="utf-8"), ensure_ascii=False, indent=1)


main()
