#!/usr/bin/python3
"""Writes translation files with the real tools installed here, and what each tool itself reads in them.

Run by RealToolFilesTest: python3 translate_toolkit_files.py OUT_DIR. Needs gettext (xgettext, msginit,
msgfilter, msgmerge, msgfmt) and translate-toolkit's Python classes (python3-translate).

Files written (every one by a tool, none by hand):
  de.po           gettext: xgettext from a C file, msginit, translations filled by msgfilter, msgmerge with a
                  changed source (fuzzy entries with #| previous msgids, obsolete #~ entries), checked by msgfmt -c
  po2tmx.tmx      translate-toolkit's po2tmx of de.po
  po2xliff.xlf    translate-toolkit's po2xliff of de.po (a poxliff: plural groups, contexts, fuzzy as needs-review)
  storage.tmx     translate-toolkit's tmxfile class, units added one by one
  storage.xlf     translate-toolkit's xlifffile class, with approved and unapproved units
  csv2tbx.tbx     translate-toolkit's csv2tbx of a CSV written by its csvfile class
Then expected.json: for each file, what translate-toolkit's own reader (translate.storage.factory) finds in it:
the (source, target) pairs a translation memory should take (translated, not fuzzy, not obsolete, not the
header), or a glossary's (source term, target term) pairs.
"""
import json
import os
import subprocess
import sys

from translate.storage import factory, tmx, xliff, csvl10n

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


def run(*cmd, **kw):
    subprocess.run(cmd, check=True, cwd=OUT, **kw)


def path(name):
    return os.path.join(OUT, name)


SOURCE = r'''#include <libintl.h>
#define _(s) gettext(s)
void f(int n) {
  /* TRANSLATORS: the main window's title */
  puts(_("File manager"));
  puts(_("Save the \"draft\" & close <b>now</b>?"));
  puts(_("Line one\nLine two\tindented"));
  printf(ngettext("%d file deleted", "%d files deleted", n), n);
  puts(pgettext("menu", "Open"));
  puts(pgettext("verb, a door", "Open"));
  puts(_("  Leading and trailing spaces  "));
  puts(_("This is a long message that xgettext and msgmerge will wrap over several lines because it is longer than seventy-nine columns in all."));
  puts(_("Untranslated one"));
  puts(_("Changed later"));
  puts(_("Removed later"));
  puts(_("Größe: 10 µm – café"));
  puts(_("Tab\there, backslash \\ and a bell-free end."));
}
'''

# the translations msgfilter fills in, by (context, msgid, plural form); an absent key stays untranslated
TRANSLATIONS = {
    ("", "File manager", ""): "Dateiverwaltung",
    ("", 'Save the "draft" & close <b>now</b>?', ""): 'Den „Entwurf“ speichern & <b>jetzt</b> schließen?',
    ("", "Line one\nLine two\tindented", ""): "Zeile eins\nZeile zwei\teingerückt",
    ("", "%d file deleted", "0"): "%d Datei gelöscht",
    ("", "%d file deleted", "1"): "%d Dateien gelöscht",
    ("menu", "Open", ""): "Öffnen",
    ("verb, a door", "Open", ""): "Aufmachen",
    ("", "  Leading and trailing spaces  ", ""): "  Leerzeichen vorn und hinten  ",
    ("", "This is a long message that xgettext and msgmerge will wrap over several lines because it is "
         "longer than seventy-nine columns in all.", ""):
        "Dies ist eine lange Meldung, die xgettext und msgmerge über mehrere Zeilen umbrechen, weil sie "
        "insgesamt länger als neunundsiebzig Spalten ist.",
    ("", "Changed later", ""): "Später geändert",
    ("", "Removed later", ""): "Später entfernt",
    ("", "Größe: 10 µm – café", ""): "Größe: 10 µm – Café",
    ("", "Tab\there, backslash \\ and a bell-free end.", ""): "Tab\thier, Backslash \\ und ein Ende.",
}

FILTER = '''import json, os, sys
sys.stdin.read()
t = json.load(open(%r, encoding="utf-8"))
key = "\\x04".join([os.environ.get("MSGFILTER_MSGCTXT", ""), os.environ["MSGFILTER_MSGID"],
                     os.environ.get("MSGFILTER_PLURAL_FORM", "")])
sys.stdout.write(t.get(key, ""))
'''


def gettext_po():
    with open(path("app.c"), "w", encoding="utf-8") as f:
        f.write(SOURCE)
    keys = ["-k_", "-kpgettext:1c,2", "-kngettext:1,2"]
    run("xgettext", "--from-code=UTF-8", *keys, "--add-comments=TRANSLATORS:", "--package-name=demo",
        "--package-version=1", "-o", "app.pot", "app.c")
    run("msginit", "--no-translator", "-l", "de_DE.UTF-8", "-i", "app.pot", "-o", "empty.po")
    with open(path("translations.json"), "w", encoding="utf-8") as f:
        json.dump({"\x04".join(k): v for k, v in TRANSLATIONS.items()}, f, ensure_ascii=False)
    with open(path("fill.py"), "w", encoding="utf-8") as f:
        f.write(FILTER % path("translations.json"))
    run("msgfilter", "--keep-header", "-i", "empty.po", "-o", "filled.po", sys.executable, path("fill.py"))
    changed = SOURCE.replace('"Changed later"', '"Changed later on"').replace('  puts(_("Removed later"));\n', '')
    with open(path("app.c"), "w", encoding="utf-8") as f:
        f.write(changed)
    run("xgettext", "--from-code=UTF-8", *keys, "--add-comments=TRANSLATORS:", "--package-name=demo",
        "--package-version=1", "-o", "app.pot", "app.c")
    run("msgmerge", "--previous", "-q", "-o", "de.po", "filled.po", "app.pot")
    run("msgfmt", "-c", "-o", os.devnull, "de.po")


def xliff_done(u):
    """XLIFF 1.2's rule: a target's state says whether it is done; without a state, approved="no" says it is not.
    (translate-toolkit's own isfuzzy() takes every unit not approved="yes" for fuzzy, a stricter reading.)"""
    first = u.units[0] if getattr(u, "units", None) else u  # a poxliff plural group: its first form
    node = first.getlanguageNode(lang=None, index=1)
    if node is None or not str(u.target).strip():
        return False
    state = node.get("state")
    if state:
        return state in ("translated", "signed-off", "final")
    return first.xmlelement.get("approved") != "no"


def memory_pairs(store):
    """What a memory takes: translated units that are neither fuzzy nor obsolete, nor the header."""
    pairs = []
    for u in store.units:
        if u.isheader() or u.isobsolete():
            continue
        if isinstance(u, xliff.xliffunit):
            if not xliff_done(u):
                continue
        elif u.isfuzzy() or not u.istranslated():
            continue
        src, tgt = u.source, u.target
        # a plural entry: the singular source and the first plural form of the target
        src = src.strings[0] if hasattr(src, "strings") else src
        tgt = tgt.strings[0] if hasattr(tgt, "strings") else tgt
        pairs.append([str(src), str(tgt)])
    return pairs


def main():
    gettext_po()
    expected = {}
    expected["de.po"] = {"kind": "tm", "pairs": memory_pairs(factory.getobject(path("de.po")))}

    run(sys.executable, "-m", "translate.convert.po2tmx", "-l", "de-DE", "--source-language", "en-US",
        "-i", "de.po", "-o", "po2tmx.tmx")
    expected["po2tmx.tmx"] = {"kind": "tm", "pairs": memory_pairs(factory.getobject(path("po2tmx.tmx")))}

    run(sys.executable, "-m", "translate.convert.po2xliff", "-i", "de.po", "-o", "po2xliff.xlf")
    expected["po2xliff.xlf"] = {"kind": "tm", "pairs": memory_pairs(factory.getobject(path("po2xliff.xlf")))}

    store = tmx.tmxfile(sourcelanguage="en-GB", targetlanguage="fr-FR")
    for src, tgt in [("Hello <world> & \"you\"", "Bonjour <monde> & « vous »"),
                     ("Two\nlines", "Deux\nlignes"), ("  spaced  ", "  espacé  "),
                     ("Ünïcödé ✓ 𝄞", "Unicode ✓ 𝄞")]:
        store.addtranslation(src, "en-GB", tgt, "fr-FR")
    store.savefile(path("storage.tmx"))
    expected["storage.tmx"] = {"kind": "tm", "pairs": memory_pairs(factory.getobject(path("storage.tmx")))}

    store = xliff.xlifffile(sourcelanguage="en", targetlanguage="pt-BR")
    for i, (src, tgt, approved) in enumerate([("Approved & done", "Aprovado & pronto", True),
                                               ("Not approved", "Não aprovado", False),
                                               ("No target", None, False),
                                               ("Spaces  kept", "Espaços  mantidos", True)]):
        u = store.addsourceunit(src)
        u.setid(str(i + 1))
        if tgt is not None:
            u.target = tgt
        u.markapproved(approved)
    store.savefile(path("storage.xlf"))
    expected["storage.xlf"] = {"kind": "tm", "pairs": memory_pairs(factory.getobject(path("storage.xlf")))}

    csv = csvl10n.csvfile()
    for src, tgt in [("file manager", "Dateiverwaltung"), ("save", "speichern"),
                     ("Größe", "Größe"), ("drag & drop", "Drag & Drop")]:
        u = csvl10n.csvunit(src)
        u.target = tgt
        csv.addunit(u)
    csv.savefile(path("terms.csv"))
    run(sys.executable, "-m", "translate.convert.csv2tbx", "-i", "terms.csv", "-o", "csv2tbx.tbx")
    tbx = factory.getobject(path("csv2tbx.tbx"))
    expected["csv2tbx.tbx"] = {"kind": "terms", "pairs": [[str(u.source), str(u.target)] for u in tbx.units]}

    with open(path("expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


main()
