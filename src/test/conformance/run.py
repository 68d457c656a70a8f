#!/usr/bin/python3
"""Conformance suite: the peers' own test files through tmsh's importers, checked by independent readers.

Usage (from the worktree root, after `mvn -o -q package -DskipTests` and `mvn -o -q test-compile`):

    /usr/bin/python3 src/test/conformance/run.py /work/conformance-data [--details FILE]

DATA is a folder of test files taken from other projects (never part of this repository; see
docs/formats.md for how it is filled). Every TMX, XLIFF (1.x, 2.0), SDLXLIFF, mqxliff, Trados TTX, Wordfast TXML, PO, TBX and OmegaT
glossary, and Excel workbook (.xlsx, .xls: as a glossary) under it is run through the importer `tm import` or `term import` calls (in one JVM:
org.tmsh.conformance.ConformanceRun, so that 700 files take a minute, not an hour), and what tmsh
kept (units, language tags, texts without inline codes; a glossary's terms) is compared with what an
independent reader finds by the format's own rules: lxml for the XML formats, msgfmt and
translate-toolkit for PO, OmegaT's published rules for its glossaries, openpyxl and Debian's
iso-codes for Excel glossaries. Prints the table:
format | tried | read right | refused (with reason) | refused wrongly | silently wrong | invalid accepted | crashed |
not checked (the independent reader itself could not read the file).
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
DONE = {"translated", "signed-off", "final", "reviewed"}
MARKER = re.compile(r"⟨/?\d+/?⟩")
CODES_12 = {"bpt", "ept", "ph", "it", "ut", "bx", "ex", "x"}
CODES_20 = {"ph", "sc", "ec"}


def norm(s):
    return re.sub(r"[\s\u00a0]+", " ", s or "").strip()


def tag(t):
    return (t or "").strip().replace("_", "-").lower()


def local(el):
    return etree.QName(el).localname if isinstance(el.tag, str) else None


def plain(el, codes):
    """Text of an element without the content of its inline codes; XLIFF 2.0 cp as its character."""
    out = [el.text or ""]
    for ch in el:
        name = local(ch)
        if name is None:
            out.append(ch.tail or "")
            continue
        if name == "cp":
            try:
                c = chr(int(ch.get("hex"), 16))
                # a character XML 1.0 cannot carry is an inline code in a TMX unit (no text)
                out.append(c if re.match("[\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]", c) else "")
            except (TypeError, ValueError):
                pass
        elif name not in codes:
            out.append(plain(ch, codes))
        out.append(ch.tail or "")
    return "".join(out)


def parse(path):
    # collect_ids=False: a repeated xml:id breaks the xml:id Recommendation, not XML 1.0's well-formedness
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, collect_ids=False)
    return etree.parse(path, parser).getroot()


def kind_of(path):
    low = path.lower()
    ext = low.rsplit(".", 1)[-1]
    if ext == "tmx":
        return "TMX"
    if ext == "sdlxliff":
        return "SDLXLIFF"
    if ext == "mqxliff":
        return "mqxliff"
    if ext == "mxliff":
        return "mxliff"
    if ext in ("xlf", "xliff"):
        try:
            head = open(path, "rb").read(4000).decode("utf-8", "replace")
        except OSError:
            return None
        m = re.search(r"<(?:\w+:)?xliff[^>]*\sversion\s*=\s*[\"']([0-9.]+)", head)
        return "XLIFF 2.0" if m and m.group(1).startswith("2") else "XLIFF 1.x"
    if ext == "po":
        return "PO"
    if ext == "tbx":
        return "TBX"
    if ext in ("utf8", "tab") or (ext == "txt" and "glossar" in low):
        return "OmegaT glossary"
    if ext in ("xlsx", "xls"):
        return "Excel glossary"
    if ext == "ttx":
        return "TTX"
    if ext == "txml":
        return "TXML"
    return None


# ---------------------------------------------------------------- expectations, by the formats' rules

class Invalid(Exception):
    pass


def expect_tmx(path):
    try:
        root = parse(path)
    except etree.XMLSyntaxError as e:
        raise Invalid("not well-formed: %s" % e)
    if local(root) != "tmx":
        raise Invalid("root is not <tmx>")
    units = []
    for tu in root.iter("{*}tu"):
        langs = {}
        bad = False
        for tuv in tu:
            if local(tuv) != "tuv":
                continue
            lang = tuv.get("{http://www.w3.org/XML/1998/namespace}lang") or tuv.get("lang")
            if not lang:
                bad = True
                continue
            seg = next((s for s in tuv if local(s) == "seg"), None)
            if seg is None:
                continue
            text = norm(plain(seg, CODES_12 - {"hi"}))
            if text and tag(lang) not in langs:
                langs[tag(lang)] = text
        if not bad and len(langs) >= 2:
            units.append(langs)
    return units, None


def sdl_state(conf):
    return {"Translated": "translated", "ApprovedTranslation": "signed-off", "ApprovedSignOff": "final"}.get(conf, "new")


def mq_state(tu):
    for k, v in tu.attrib.items():
        if ("memoq" in k.lower() or "{mqxliff}" in k.lower()) and k.endswith("}status"):
            return {"ManuallyConfirmed": "translated", "Confirmed": "translated", "Reviewer1Confirmed": "signed-off",
                    "Proofread": "signed-off", "Reviewer2Confirmed": "final"}.get(v, "needs-translation")
    return None


def phrase_state(tu):
    """Phrase's .mxliff: m:confirmed="1" is translated, else not done; None for another tool's unit."""
    attrs = {k: v for k, v in tu.attrib.items() if "memsource" in k}
    if not attrs:
        return None
    return "translated" if any(k.endswith("}confirmed") and v in ("1", "true") for k, v in attrs.items()) else "new"


def phrase_plain(text, tu):
    """Text less Phrase's codes: {1>, <1}, {b>, <b} and a {1} the unit's m:mark declares."""
    marks = {m.get("id") for m in tu.iter("{*}mark")}
    text = re.sub(r"\{(\d+|[bBiIuU]|sup|sub)>|<(\d+|[bBiIuU]|sup|sub)\}", "", text)
    return re.sub(r"\{(\d+)\}", lambda m: "" if m.group(1) in marks else m.group(0), text)


def expect_xliff12(path):
    try:
        root = parse(path)
    except etree.XMLSyntaxError as e:
        raise Invalid("not well-formed: %s" % e)
    if local(root) != "xliff":
        raise Invalid("root is not <xliff>")
    if root.get("version") not in ("1.0", "1.1", "1.2", None):
        raise Invalid("XLIFF version %r" % root.get("version"))
    units = []
    files = [f for f in root if local(f) == "file"]
    first = (files[0].get("source-language"), files[0].get("target-language")) if files else (None, None)
    for f in files:
        sl, tl = f.get("source-language") or first[0], f.get("target-language") or first[1]
        for tu in f.iter("{*}trans-unit"):
            if not tu.get("id"):
                raise Invalid("a trans-unit without id")
            if tu.get("restype") == "x-gettext-domain-header":
                continue
            parent = tu.getparent()
            if parent is not None and local(parent) == "group" and parent.get("restype") == "x-gettext-plurals" \
                    and [c for c in parent if local(c) == "trans-unit"][0] is not tu:
                continue  # a plural's further forms: translate-toolkit's poxliff reads the group as one unit, its first
            src = next((c for c in tu if local(c) == "source"), None)
            tgt = next((c for c in tu if local(c) == "target"), None)
            segsrc = next((c for c in tu if local(c) == "seg-source"), None)
            state = tgt.get("state") if tgt is not None else None
            state = state or mq_state(tu) or phrase_state(tu)
            if state is None and tu.get("approved") == "no":
                state = "x-not-approved"
            confs = {}
            for sd in tu.iter("{*}seg"):
                confs[sd.get("id")] = sdl_state(sd.get("conf"))
            pairs = []
            if segsrc is not None and any(m.get("mtype") == "seg" for m in segsrc.iter("{*}mrk")):
                tsegs = {}
                if tgt is not None:
                    for m in tgt.iter("{*}mrk"):
                        if m.get("mtype") == "seg":
                            tsegs.setdefault(m.get("mid"), m)
                seen = set()
                for m in segsrc.iter("{*}mrk"):
                    if m.get("mtype") != "seg" or m.get("mid") in seen:
                        continue
                    seen.add(m.get("mid"))
                    t = tsegs.get(m.get("mid"))
                    pairs.append((plain(m, CODES_12), plain(t, CODES_12) if t is not None else "",
                                  confs.get(m.get("mid"), state)))
            elif src is not None:
                pairs.append((plain(src, CODES_12), plain(tgt, CODES_12) if tgt is not None else "", state))
            for s, t, st in pairs:
                if phrase_state(tu):
                    s, t = phrase_plain(s, tu), phrase_plain(t, tu)
                if norm(s) and norm(t) and (st is None or st in DONE):
                    units.append({tag(sl): norm(s), tag(tl): norm(t)})
    if units and not (first[0] and first[1]):
        raise Invalid("no source or target language")
    return units, (first[0], first[1])


def expect_xliff20(path):
    try:
        root = parse(path)
    except etree.XMLSyntaxError as e:
        raise Invalid("not well-formed: %s" % e)
    if local(root) != "xliff":
        raise Invalid("root is not <xliff>")
    sl, tl = root.get("srcLang"), root.get("trgLang")
    units = []
    for unit in root.iter("{*}unit"):
        if not unit.get("id"):
            raise Invalid("a unit without id")
    for seg in root.iter("{*}segment"):
        if any(local(a) in ("matches", "match") for a in seg.iterancestors()):
            continue
        st = seg.get("state") or "initial"
        src = next((c for c in seg if local(c) == "source"), None)
        tgt = next((c for c in seg if local(c) == "target"), None)
        if src is None:
            raise Invalid("a segment without source")
        if tgt is None or st not in DONE:
            continue
        s, t = norm(plain(src, CODES_20)), norm(plain(tgt, CODES_20))
        if s and t:
            units.append({tag(sl): s, tag(tl): t})
    if units and not (sl and tl):
        raise Invalid("no source or target language")
    return units, (sl, tl)


def expect_ttx(path):
    """Trados 2007 TagEditor: every <Tu> is a closed segment; its Tuv in the source language is the source."""
    try:
        root = parse(path)
    except etree.XMLSyntaxError as e:
        raise Invalid("not well-formed: %s" % e)
    if local(root) != "TRADOStag":
        raise Invalid("root is not <TRADOStag>")
    us = next(root.iter("{*}UserSettings"), None)
    sl = us.get("SourceLanguage") if us is not None else None
    tl = us.get("TargetLanguage") if us is not None else None
    units = []
    for tu in root.iter("{*}Tu"):
        tuvs = [t for t in tu if local(t) == "Tuv"]
        if any(not t.get("Lang") for t in tuvs):
            raise Invalid("a Tuv without Lang")
        if not tuvs:
            raise Invalid("a Tu without Tuv")
        src = next((t for t in tuvs if sl and tag(t.get("Lang")) == tag(sl)), tuvs[0])
        others = [t for t in tuvs if t is not src]
        sl = sl or src.get("Lang")
        if not others:
            continue
        tl = tl or others[0].get("Lang")
        s, t = norm(plain(src, {"ut"})), norm(plain(others[0], {"ut"}))
        if s and t:
            units.append({tag(src.get("Lang")): s, tag(others[0].get("Lang")): t})
    return units, (sl, tl)


def expect_txml(path):
    """Wordfast Pro: a segment's target is done unless unconfirmed or an unedited machine translation."""
    try:
        root = parse(path)
    except etree.XMLSyntaxError as e:
        raise Invalid("not well-formed: %s" % e)
    if local(root) != "txml":
        raise Invalid("root is not <txml>")
    sl, tl = root.get("locale"), root.get("targetlocale")
    codes = {"ut", "ph", "bpt", "ept", "it", "x", "bx", "ex"}
    units = []
    for block in root:
        if local(block) != "translatable":
            continue
        for seg in block:
            if local(seg) != "segment":
                continue
            if not seg.get("segmentId"):
                raise Invalid("a segment without segmentId")
            src = next((c for c in seg if local(c) == "source"), None)
            tgt = next((c for c in seg if local(c) == "target"), None)
            if src is None:
                raise Invalid("a segment without source")
            machine = seg.get("gtmt") == "true" and seg.get("modified") != "true"
            if tgt is None or seg.get("unconfirmed") == "true" or machine:
                continue
            s, t = norm(plain(src, codes)), norm(plain(tgt, codes))
            if s and t:
                units.append({tag(sl): s, tag(tl): t})
    if units and not (sl and tl):
        raise Invalid("no source or target language")
    return units, (sl, tl)


def expect_po(path):
    from translate.storage import pypo
    # a UTF-8 byte order mark before the first line: msgfmt refuses it, Okapi's and translate-toolkit's
    # readers (and tmsh) take it as saying UTF-8; the file is judged without it
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        fd, bare = tempfile.mkstemp(suffix=".po")
        os.write(fd, data[3:])
        os.close(fd)
        path = bare
    r = subprocess.run(["msgfmt", "-o", os.devnull, path], capture_output=True, text=True)
    if r.returncode != 0:
        raise Invalid("msgfmt: " + (r.stderr.strip().splitlines() or ["error"])[0])
    with open(path, "rb") as f:
        store = pypo.pofile(f)
    header = store.parseheader() if hasattr(store, "parseheader") else {}
    tl = header.get("Language") or None
    sl = header.get("X-Source-Language") or None
    if tl:
        tl = tl.split("@")[0]
    tgt_lang = tl or "de"
    src_lang = sl or ("de" if tag(tgt_lang).startswith("en") else "en")
    units = []
    for u in store.units:
        if u.isheader() or u.isobsolete() or u.isfuzzy() or not u.istranslated():
            continue
        s = u.source.strings[0] if u.hasplural() else str(u.source)
        t = u.target.strings[0] if u.hasplural() else str(u.target)
        if norm(s) and norm(t):
            units.append({tag(src_lang): norm(s), tag(tgt_lang): norm(t)})
    return units, (None if sl else src_lang, None if tl else tgt_lang)


def expect_tbx(path):
    try:
        root = parse(path)
    except etree.XMLSyntaxError as e:
        raise Invalid("not well-formed: %s" % e)
    if local(root) not in ("martif", "tbx"):
        raise Invalid("root is not <martif> or <tbx>")
    terms = []
    for entry in root.iter():
        if local(entry) not in ("termEntry", "conceptEntry"):
            continue
        for ls in entry:
            if local(ls) not in ("langSet", "langSec"):
                continue
            lang = ls.get("{http://www.w3.org/XML/1998/namespace}lang")
            for sec in ls:
                if local(sec) not in ("tig", "ntig", "termSec"):
                    continue
                forms = [t for t in sec.iter() if local(t) == "term"]
                if len(forms) > 1:
                    raise Invalid("two terms in one term section")
                for t in forms:
                    if norm("".join(t.itertext())) and lang:
                        terms.append((tag(lang), norm("".join(t.itertext()))))
    return sorted(terms), None


def expect_omegat(path):
    data = open(path, "rb").read()
    enc = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        enc = "utf-16"
    m = re.match(rb"#.*-\*-.*coding:\s*([A-Za-z0-9._-]+)", data)
    if m and not path.endswith(".utf8") and enc == "utf-8":
        enc = m.group(1).decode()
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise Invalid("not in %s" % enc)
    pairs = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        tok = [t.strip() for t in line.split("\t")]
        while tok and tok[-1] == "":
            tok.pop()
        if len(tok) < 2 or not tok[0] or not tok[1]:
            continue
        pairs.add((tok[0], tok[1]))
    return sorted(pairs), None


def iso_languages():
    """English names and codes of ISO 639 (Debian's iso-codes), and ISO 3166 country names and codes."""
    def load(name, key):
        try:
            return json.load(open("/usr/share/iso-codes/json/%s.json" % name, encoding="utf-8"))[key]
        except (OSError, KeyError, ValueError):
            return []
    names, codes = {}, set()
    for entry in load("iso_639-2", "639-2") + load("iso_639-3", "639-3"):
        code = entry.get("alpha_2") or entry.get("alpha_3")
        codes.update(c for c in (entry.get("alpha_2"), entry.get("alpha_3")) if c)
        for n in entry.get("name", "").split(";"):
            names.setdefault(re.sub(r"[^a-z]", "", n.split(",")[0].lower()), code)
    countries = {}
    for entry in load("iso_3166-1", "3166-1"):
        for n in (entry.get("name"), entry.get("common_name")):
            if n:
                countries[re.sub(r"[^a-z]", "", n.lower())] = entry["alpha_2"]
    return names, codes, countries


ISO_NAMES, ISO_CODES, ISO_COUNTRIES = iso_languages()


def header_language(cell):
    """A header cell's language, independently of tmsh: an ISO 639 code with subtags, or an English name
    with a country in brackets ("German (Austria)"); None otherwise."""
    c = cell.strip()
    m = re.fullmatch(r"([A-Za-z]{2,3})((?:[-_][A-Za-z0-9]{2,8})*)", c)
    if m and m.group(1).lower() in ISO_CODES:
        parts = [m.group(1).lower()] + [p for p in re.split(r"[-_]", m.group(2)) if p]
        return "-".join(parts)
    m = re.fullmatch(r"([A-Za-z ]+?)\s*(?:\(([A-Za-z .]+)\))?", c)
    if m:
        lang = ISO_NAMES.get(re.sub(r"[^a-z]", "", m.group(1).lower()))
        if lang and m.group(2):
            country = ISO_COUNTRIES.get(re.sub(r"[^a-z]", "", m.group(2).lower()))
            return lang + "-" + country if country else None
        return lang
    return None


def cell_text(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def expect_xlsx(path):
    """openpyxl: the first worksheet with a cell; its first row must name two languages or more; each
    further row in which every language has a term gives its terms (a cell split at ; | and line breaks)."""
    import openpyxl
    if path.lower().endswith(".xls"):
        raise Invalid("an Excel 97-2003 workbook: tmsh reads .xlsx")
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:
        raise Invalid("openpyxl cannot open it: %s" % type(e).__name__)
    rows = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            cells = [cell_text(v) for v in row]
            while cells and not cells[-1].strip():
                cells.pop()
            if cells:
                rows.append(cells)
        if rows:
            break
    if not rows:
        raise Invalid("no worksheet holds a cell")
    langs = [header_language(h) for h in rows[0]]
    if len({l.lower() for l in langs if l}) < 2:
        raise Invalid("the first row names fewer than two languages")
    terms = []
    for row in rows[1:]:
        got = []
        for k, cell in enumerate(row[:len(langs)]):
            if langs[k]:
                got += [(tag(langs[k]), norm(f)) for f in re.split(r"\s*(?:[;|]|\r\n|\n|\r)\s*", cell.strip()) if f.strip()]
        if {l.lower() for l in langs if l} <= {g[0] for g in got}:
            terms += got
    return sorted(terms), None


EXPECT = {"TMX": expect_tmx, "XLIFF 1.x": expect_xliff12, "SDLXLIFF": expect_xliff12, "mqxliff": expect_xliff12,
          "mxliff": expect_xliff12,
          "XLIFF 2.0": expect_xliff20, "PO": expect_po, "TBX": expect_tbx, "OmegaT glossary": expect_omegat,
          "Excel glossary": expect_xlsx, "TTX": expect_ttx, "TXML": expect_txml}
GLOSSARY = {"TBX", "OmegaT glossary", "Excel glossary"}


# ---------------------------------------------------------------- tmsh's side and the comparison

def tmsh_units(r):
    out = []
    for u in r.get("units", []):
        d = {}
        for lang, text in u:
            d.setdefault(tag(lang), norm(MARKER.sub("", text)))
        out.append(d)
    return out


def as_set(units):
    return Counter(frozenset(u.items()) for u in units)


def compare(kind, expected, r):
    """None when tmsh read the file right, else what differs."""
    if kind in ("TBX", "Excel glossary"):
        got = sorted((tag(t[0]), norm(t[1])) for c in r["concepts"] for t in c)
        return None if got == expected else "terms differ: expected %d, tmsh %d" % (len(expected), len(got))
    if kind == "OmegaT glossary":
        got = set()
        for c in r["concepts"]:
            for s in c:
                for t in c:
                    if s[0] == "de" and t[0] == "en":
                        got.add((s[1], t[1]))
        return None if got == set(expected) else "pairs differ: expected %d, tmsh %d" % (len(expected), len(got))
    exp = set(as_set(expected))
    got = set(as_set(tmsh_units(r)))
    if exp != got:
        missing = list(exp - got)[:1]
        extra = list(got - exp)[:1]
        return "units differ: expected %d, tmsh %d (missing e.g. %s; extra e.g. %s)" % (
            len(exp), len(got), [dict(m) for m in missing], [dict(x) for x in extra])
    langs = {tag(l) for l in r.get("languages", {})}
    want = {l for u in expected for l in u}
    if langs != want:
        return "languages differ: expected %s, tmsh %s" % (sorted(want), sorted(langs))
    return None


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    data = sys.argv[1]
    details = sys.argv[sys.argv.index("--details") + 1] if "--details" in sys.argv else None
    files = []
    for p in sorted(glob.glob(os.path.join(data, "**", "*"), recursive=True)):
        if os.path.isfile(p) and kind_of(p):
            files.append((kind_of(p), p))
    expectations = {}
    listing = []
    for kind, p in files:
        try:
            if not open(p, "rb").read().strip():
                raise Invalid("empty file")
            expected, langs = EXPECT[kind](p)
            expectations[p] = ("valid", expected)
        except Invalid as e:
            expectations[p] = ("invalid", str(e))
            langs = None
        except Exception as e:  # the independent reader itself failed: no verdict on tmsh
            expectations[p] = ("unchecked", "independent reader failed: %s" % e)
            langs = None
        if kind == "OmegaT glossary":
            src, tgt = "de", "en"
        elif kind == "PO" and langs:
            src, tgt = langs[0] or "-", langs[1] or "-"
        elif kind == "PO":  # no verdict on the file: the languages a user would give, so tmsh reaches its own reason
            src, tgt = "en", "de"
        else:
            src, tgt = "-", "-"
        listing.append("%s\t%s\t%s\t%s" % ("glossary" if kind in GLOSSARY else "tm", os.path.abspath(p), src, tgt))
    tmp = tempfile.mkdtemp(prefix="tmsh-conf-")
    lst, out = os.path.join(tmp, "files.tsv"), os.path.join(tmp, "out.jsonl")
    open(lst, "w", encoding="utf-8").write("\n".join(listing) + "\n")
    app = os.path.join(ROOT, "target", "tmsh-app")
    cp = ":".join([os.path.join(app, "tmsh.jar"), os.path.join(app, "lib", "*"), os.path.join(ROOT, "target", "test-classes")])
    subprocess.run(["java", "-Xmx1g", "-cp", cp, "org.tmsh.conformance.ConformanceRun", lst, out], check=True,
                   stderr=subprocess.DEVNULL)
    results = {}
    for line in open(out, encoding="utf-8"):
        r = json.loads(line)
        results[r["file"]] = r
    table = defaultdict(Counter)
    rows = []
    for kind, p in files:
        r = results[os.path.abspath(p)]
        verdict, why = expectations[p]
        if "crash" in r:
            col, note = "crashed", r["crash"]
        elif verdict == "unchecked":
            col, note = "not checked", why
        elif verdict == "invalid":
            col, note = ("refused (with reason)", r["error"]) if not r["ok"] else ("invalid accepted", why)
        elif not r["ok"] and kind not in GLOSSARY and not as_set(why) \
                and ("no translated unit to import" in r["error"] or "no valid unit to import" in r["error"]):
            # a valid file with nothing translated in it: tmsh imports nothing, says so, and changes nothing
            col, note = "read right", r["error"]
        elif not r["ok"]:
            col, note = "refused wrongly", r["error"]
        else:
            diff = compare(kind, why, r)
            col, note = ("read right", "") if diff is None else ("silently wrong", diff)
        table[kind]["tried"] += 1
        table[kind][col] += 1
        rows.append((kind, col, os.path.relpath(p, data), note, why if verdict == "invalid" else ""))
    cols = ["tried", "read right", "refused (with reason)", "refused wrongly", "silently wrong", "invalid accepted", "crashed",
            "not checked"]
    print("| format | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for kind in ["TMX", "XLIFF 1.x", "XLIFF 2.0", "SDLXLIFF", "mqxliff", "mxliff", "TTX", "TXML", "PO", "TBX", "OmegaT glossary",
                 "Excel glossary"]:
        if table[kind]["tried"]:
            print("| %s | %s |" % (kind, " | ".join(str(table[kind][c]) for c in cols)))
    if details:
        with open(details, "w", encoding="utf-8") as f:
            for kind, col, p, note, why in rows:
                f.write("%s\t%s\t%s\t%s\t%s\n" % (kind, col, p, note.replace("\n", " ")[:300], why[:200]))


if __name__ == "__main__":
    main()
