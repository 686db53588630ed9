#!/usr/bin/env python3
"""Check kb/places/curated-syria.tsv, kb/places/villages-syria.tsv and kb/places/roads-syria.tsv
(Python 3.11 stdlib only).

Validates: schema (14 columns; 15 for roads), NFC, sorting by id, duplicate ids, id/kind/source
syntax, Syria bounding box (32.3-37.4 N, 35.6-42.4 E), admin1 in the fixed governorate list,
every admin2 named in a row exists as an admin2 row, road lines.

Distance report for every row whose source is `curated` (coordinates written by hand):
  * nearest GeoNames place in the same governorate (GeoNames-sourced rows of this file plus
    kb/places/geonames.tsv when present) and its distance;
  * distance to the named reference place (REFS below) against the stated tolerance -> FLAG;
  * governorate consistency: point-in-polygon against kb/places/admin1-polygons.geojson when
    present (Natural Earth, coarse: reported as WARN), rough governorate boxes otherwise, and the
    governorate of the nearest district seat (WARN).
villages-syria.tsv (hand-curated villages and small towns, every row `curated`):
  * same schema and common checks; kind in VILLAGE_KINDS; ids must not collide with curated-syria.tsv;
    admin2/admin3 must name admin2/admin3 rows of curated-syria.tsv;
  * every row needs a reference place in VILLAGE_REFS (a GeoNames anchor or a curated-syria.tsv row),
    tolerance at most 15 km; farther than the tolerance -> FLAG;
  * governorate: FLAG when the nearest sub-district (admin3) seat lies in another governorate and
    the nearest seat of the row's own governorate is more than 20 km away; rough box -> FLAG;
    Natural Earth polygon disagreement -> WARN;
  * duplicates: same normalised Arabic name (article, hamza, ta marbuta, alif maqsura and spaces
    ignored) as a place of curated-syria.tsv or geonames.tsv, or another row of this file, within
    5 km -> FLAG.
Exit status 1 when any ERROR or FLAG is found.

Usage: python3 tools/gazetteer/check_curated.py [--quiet] [KB_PLACES_DIR]
"""
import json, math, os, re, sys, unicodedata

ADMIN1 = ['Damascus', 'Rural Damascus', 'Aleppo', 'Idlib', 'Hama', 'Homs', 'Latakia', 'Tartus',
          'Deir ez-Zor', 'Raqqa', 'Al-Hasakah', 'Daraa', 'As-Suwayda', 'Quneitra']
# names used by other files of kb/places (Natural Earth / generated GeoNames) -> ours
ADMIN1_ALIASES = {'Rif Dimashq': 'Rural Damascus', 'Al-Raqqah': 'Raqqa', 'Ar-Raqqah': 'Raqqa', 'Raqqah': 'Raqqa',
                  'Hasakah': 'Al-Hasakah', 'Al Hasakah': 'Al-Hasakah', 'Deir Ez-Zor': 'Deir ez-Zor',
                  'Suwayda': 'As-Suwayda', 'Dar`a': 'Daraa', "Dar'a": 'Daraa', 'Lattakia': 'Latakia'}
KINDS = {'admin2', 'admin3', 'region', 'town', 'village', 'desert', 'area', 'base', 'airbase', 'oilfield', 'gasfield',
         'station', 'crossing', 'dam', 'mountain', 'camp', 'checkpoint', 'bridge'}
HEADER = ['id', 'kind', 'name_en', 'name_ar', 'name_fa', 'alt_names', 'lat', 'lon', 'country', 'admin1',
          'admin2', 'admin3', 'population', 'source']
BBOX = (32.3, 37.4, 35.6, 42.4)
# rough governorate boxes (lat_min, lat_max, lon_min, lon_max), used when no polygon file is present
GOV_BOX = {
    'Damascus': (33.40, 33.62, 36.15, 36.40), 'Rural Damascus': (32.90, 34.45, 35.70, 38.60),
    'Aleppo': (35.55, 36.90, 36.45, 38.70), 'Idlib': (35.35, 36.35, 36.15, 37.25),
    'Hama': (34.75, 35.85, 36.05, 38.20), 'Homs': (33.20, 35.30, 36.15, 41.00),
    'Latakia': (35.15, 36.00, 35.70, 36.40), 'Tartus': (34.60, 35.30, 35.80, 36.35),
    'Deir ez-Zor': (34.20, 36.00, 39.50, 41.40), 'Raqqa': (35.20, 36.75, 38.00, 40.00),
    'Al-Hasakah': (35.60, 37.35, 39.80, 42.40), 'Daraa': (32.40, 33.30, 35.85, 36.65),
    'As-Suwayda': (32.30, 33.30, 36.30, 37.70), 'Quneitra': (32.70, 33.40, 35.60, 36.05)}

# Reference place and tolerance (km) for every hand-written (`curated`) coordinate: the distance
# from the entry to the reference must not exceed the tolerance. The tolerance is the expected
# distance to that neighbour plus the allowed error (about 5 km) - e.g. Hajin 4 km from al-Bahrah.
REFS = {
    'marsad:sy-alp-al-ansari': ('geonames:170063', 5),
    'marsad:sy-alp-al-ashrafiyah-aleppo': ('geonames:170063', 4),
    'marsad:sy-alp-al-hamdaniyah': ('geonames:170063', 6),
    'marsad:sy-alp-al-jamiliyah': ('geonames:170063', 3),
    'marsad:sy-alp-al-layramoun': ('geonames:170063', 7),
    'marsad:sy-alp-al-midan-aleppo': ('geonames:170063', 3),
    'marsad:sy-alp-al-ramouseh': ('geonames:170063', 5),
    'marsad:sy-alp-al-rashideen': ('geonames:170063', 9),
    'marsad:sy-alp-al-sakhour': ('geonames:170063', 4),
    'marsad:sy-alp-al-sheikh-saeed': ('geonames:170063', 6),
    'marsad:sy-alp-al-sukkari': ('geonames:170063', 5),
    'marsad:sy-alp-al-zahraa': ('geonames:166331', 4),
    'marsad:sy-alp-aleppo-citadel': ('geonames:170063', 2),
    'marsad:sy-alp-aleppo-university': ('geonames:170063', 4),
    'marsad:sy-alp-anadan': ('geonames:169858', 5),
    'marsad:sy-alp-bab-al-salama': ('geonames:172082', 6),
    'marsad:sy-alp-bani-zaid': ('geonames:170063', 5),
    'marsad:sy-alp-bustan-al-qasr': ('geonames:170063', 4),
    'marsad:sy-alp-dabiq': ('geonames:163913', 7),
    'marsad:sy-alp-hanano': ('geonames:170063', 5),
    'marsad:sy-alp-handarat': ('geonames:169858', 7),
    'marsad:sy-alp-jarabulus-crossing': ('geonames:169179', 3),
    'marsad:sy-alp-jirah': ('geonames:170785', 25),
    'marsad:sy-alp-khan-tuman': ('geonames:172045', 12),
    'marsad:sy-alp-kobani-crossing': ('geonames:172256', 3),
    'marsad:sy-alp-kuweires': ('geonames:167713', 6),
    'marsad:sy-alp-minakh': ('geonames:172082', 9),
    'marsad:sy-alp-nayrab': ('geonames:170063', 8),
    'marsad:sy-alp-new-aleppo': ('geonames:170063', 7),
    'marsad:sy-alp-sabkhat-al-jabbul': ('geonames:172503', 15),
    'marsad:sy-alp-salah-al-din-aleppo': ('geonames:170063', 6),
    'marsad:sy-alp-sheikh-maqsoud': ('geonames:170063', 4),
    'marsad:sy-alp-sheikh-najjar': ('geonames:170063', 15),
    'marsad:sy-alp-tariq-al-bab': ('geonames:170063', 4),
    'marsad:sy-alp-tishrin-dam': ('geonames:174407', 10),
    'marsad:sy-alp-urum-al-kubra': ('geonames:174030', 12),
    'marsad:sy-dam-al-abbasiyyin': ('geonames:170654', 4),
    'marsad:sy-dam-abu-rummaneh': ('geonames:170654', 8),
    'marsad:sy-dam-bab-touma': ('geonames:170654', 8),
    'marsad:sy-dam-al-qassaa': ('geonames:170654', 8),
    'marsad:sy-dam-bab-sharqi': ('geonames:170654', 8),
    'marsad:sy-dam-al-shaghour': ('geonames:170654', 8),
    'marsad:sy-dam-al-assali': ('geonames:170654', 8),
    'marsad:sy-dam-al-salihiyah-damascus': ('geonames:170654', 8),
    'marsad:sy-dam-sarouja': ('geonames:170654', 8),
    'marsad:sy-dam-al-zahira': ('geonames:170654', 8),
    'marsad:sy-dam-nahr-aisha': ('geonames:170654', 8),
    'marsad:sy-dam-al-baramkeh': ('geonames:170654', 8),
    'marsad:sy-dam-al-marjeh': ('geonames:170654', 8),
    'marsad:sy-dam-al-adawi': ('geonames:170654', 8),
    'marsad:sy-dam-al-jisr-al-abyad': ('geonames:170654', 8),
    'marsad:sy-dam-masaken-barzeh': ('geonames:170654', 8),
    'marsad:sy-dam-al-rabweh': ('geonames:170654', 8),
    'marsad:sy-dam-mashrou-dummar': ('geonames:170654', 8),
    'marsad:sy-dam-sheikh-saad': ('geonames:170654', 8),
    'marsad:sy-dam-al-duwaylaa': ('geonames:170654', 8),
    'marsad:sy-dam-al-kashkoul': ('geonames:170654', 8),
    'marsad:sy-dam-souq-al-hamidiyah': ('geonames:170654', 8),
    'marsad:sy-dam-al-qaymariyah': ('geonames:170654', 8),
    'marsad:sy-dam-bab-srija': ('geonames:170654', 8),
    'marsad:sy-dam-al-hariqa': ('geonames:170654', 8),
    'marsad:sy-dam-jabal-qasioun': ('geonames:170654', 8),
    'marsad:sy-dam-hijaz-station': ('geonames:170654', 8),
    'marsad:sy-dam-al-mujtahid-hospital': ('geonames:170654', 8),
    'marsad:sy-dam-al-mezzeh': ('geonames:170654', 5),
    'marsad:sy-dam-al-midan': ('geonames:170654', 3),
    'marsad:sy-dam-al-muhajirin': ('geonames:170654', 4),
    'marsad:sy-dam-al-qaboun': ('geonames:170654', 6),
    'marsad:sy-dam-al-qadam': ('geonames:170654', 5),
    'marsad:sy-dam-al-tadamon': ('geonames:170654', 5),
    'marsad:sy-dam-barzeh': ('geonames:170654', 6),
    'marsad:sy-dam-dummar': ('geonames:170654', 7),
    'marsad:sy-dam-jobar': ('geonames:170654', 5),
    'marsad:sy-dam-kafr-sousa': ('geonames:170654', 4),
    'marsad:sy-dam-mezzeh-86': ('geonames:170654', 7),
    'marsad:sy-dam-mezzeh-airbase': ('geonames:170654', 8),
    'marsad:sy-dam-old-damascus': ('geonames:170654', 3),
    'marsad:sy-dam-rukn-al-din': ('geonames:170654', 3),
    'marsad:sy-dam-umayyad-square': ('geonames:170654', 4),
    'marsad:sy-district-fiq': ('geonames:173334', 45),
    'marsad:sy-district-markaz-rif-dimashq': ('geonames:170654', 12),
    'marsad:sy-dra-al-yadudah': ('geonames:170905', 9),
    'marsad:sy-dra-busr-al-harir': ('geonames:169341', 11),
    'marsad:sy-dra-daraa-al-balad': ('geonames:170905', 3),
    'marsad:sy-dra-daraa-al-mahatta': ('geonames:170905', 3),
    'marsad:sy-dra-ibta': ('geonames:164328', 5),
    'marsad:sy-dra-lajat': ('geonames:169341', 25),
    'marsad:sy-dra-nasib': ('geonames:170905', 18),
    'marsad:sy-dra-nasib-town': ('geonames:170905', 16),
    'marsad:sy-dra-tell-shihab': ('geonames:166503', 7),
    'marsad:sy-dra-yarmouk-basin': ('geonames:172829', 8),
    'marsad:sy-dz-abu-hamam': ('geonames:174506', 18),
    'marsad:sy-dz-al-baghuz': ('geonames:174448', 8),
    'marsad:sy-dz-al-bahrah': ('geonames:174506', 8),
    'marsad:sy-dz-al-bughayliyah': ('geonames:170794', 10),
    'marsad:sy-dz-al-bukamal-al-qaim': ('geonames:174448', 6),
    'marsad:sy-dz-al-bulil': ('geonames:162284', 10),
    'marsad:sy-dz-al-buomar': ('geonames:162284', 8),
    'marsad:sy-dz-al-hari': ('geonames:174448', 10),
    'marsad:sy-dz-al-husayniyah': ('geonames:170794', 6),
    'marsad:sy-dz-al-huwayqa': ('geonames:170794', 3),
    'marsad:sy-dz-al-jafrah': ('geonames:170794', 10),
    'marsad:sy-dz-al-jazira-dz': ('geonames:170794', 45),
    'marsad:sy-dz-al-joura': ('geonames:170794', 4),
    'marsad:sy-dz-al-kishkiyah': ('geonames:174506', 22),
    'marsad:sy-dz-al-marashidah': ('geonames:172415', 7),
    'marsad:sy-dz-al-muraiyah': ('geonames:162284', 12),
    'marsad:sy-dz-al-omar': ('geonames:170691', 10),
    'marsad:sy-dz-al-quriyah': ('geonames:173480', 12),
    'marsad:sy-dz-al-qusour-dz': ('geonames:170794', 3),
    'marsad:sy-dz-al-rashdiyah': ('geonames:170794', 3),
    'marsad:sy-dz-al-sabha': ('geonames:173927', 10),
    'marsad:sy-dz-al-salihiyah': ('geonames:166597', 18),
    'marsad:sy-dz-al-salihiyah-jazira': ('geonames:170794', 9),
    'marsad:sy-dz-al-shaafah': ('geonames:172415', 9),
    'marsad:sy-dz-al-shamiya-dz': ('geonames:173480', 15),
    'marsad:sy-dz-al-shuhayl': ('geonames:173927', 12),
    'marsad:sy-dz-al-sukkariyah': ('geonames:174448', 8),
    'marsad:sy-dz-al-suwar': ('geonames:167208', 35),
    'marsad:sy-dz-al-tabiyah': ('geonames:167899', 10),
    'marsad:sy-dz-al-taim': ('geonames:170794', 14),
    'marsad:sy-dz-al-tanak': ('geonames:174506', 25),
    'marsad:sy-dz-al-tayyanah': ('geonames:170691', 8),
    'marsad:sy-dz-ayyash': ('geonames:170794', 22),
    'marsad:sy-dz-badiyat-al-bukamal': ('geonames:174448', 40),
    'marsad:sy-dz-badiyat-al-mayadin': ('geonames:173480', 30),
    'marsad:sy-dz-badiyat-al-shaitat': ('geonames:174506', 25),
    'marsad:sy-dz-badiyat-deir-ez-zor': ('geonames:170794', 45),
    'marsad:sy-dz-buqrus': ('geonames:173480', 15),
    'marsad:sy-dz-conoco': ('geonames:167899', 8),
    'marsad:sy-dz-darnaj': ('geonames:170691', 12),
    'marsad:sy-dz-deir-ez-zor-airport': ('geonames:170794', 9),
    'marsad:sy-dz-deir-ez-zor-suspension-bridge': ('geonames:170794', 3),
    'marsad:sy-dz-gharanij': ('geonames:174506', 14),
    'marsad:sy-dz-hatla': ('geonames:170794', 8),
    'marsad:sy-dz-hawijat-saqr': ('geonames:170794', 6),
    'marsad:sy-dz-jabal-al-thardah': ('geonames:170794', 12),
    'marsad:sy-dz-jadid-ekeidat': ('geonames:173927', 12),
    'marsad:sy-dz-mahkan': ('geonames:173480', 8),
    'marsad:sy-dz-marrat': ('geonames:167899', 13),
    'marsad:sy-dz-mazlum': ('geonames:167899', 8),
    'marsad:sy-dz-rahba-castle': ('geonames:173480', 5),
    'marsad:sy-dz-suwaydan-jazira': ('geonames:170691', 20),
    'marsad:sy-dz-t2': ('geonames:174448', 95),
    'marsad:sy-ham-al-ghab': ('geonames:164398', 15),
    'marsad:sy-ham-al-lataminah': ('geonames:168620', 8),
    'marsad:sy-ham-badiyat-hama-al-sharqiyah': ('geonames:162803', 30),
    'marsad:sy-ham-hama-airbase': ('geonames:170017', 6),
    'marsad:sy-ham-ithriya': ('geonames:162803', 32),
    'marsad:sy-ham-kafr-nabudah': ('geonames:167739', 8),
    'marsad:sy-ham-qamhana': ('geonames:170017', 9),
    'marsad:sy-has-al-hol': ('geonames:173797', 3),
    'marsad:sy-has-al-nashwa': ('geonames:173811', 4),
    'marsad:sy-has-al-yarubiyah-rabia': ('geonames:383661', 2),
    'marsad:sy-has-ghuwayran': ('geonames:173811', 4),
    'marsad:sy-has-jabal-abd-al-aziz': ('geonames:163434', 40),
    'marsad:sy-has-nusaybin-crossing': ('geonames:173377', 3),
    'marsad:sy-has-qamishli-airport': ('geonames:173377', 6),
    'marsad:sy-has-ras-al-ayn-crossing': ('geonames:165509', 3),
    'marsad:sy-has-rmeilan': ('geonames:173711', 15),
    'marsad:sy-has-rmeilan-fields': ('geonames:173711', 15),
    'marsad:sy-has-semalka': ('geonames:173530', 22),
    'marsad:sy-has-tell-brak': ('geonames:173811', 45),
    'marsad:sy-has-tell-halaf': ('geonames:165509', 4),
    'marsad:sy-hms-55-km-zone': ('geonames:165158', 110),
    'marsad:sy-hms-akrama': ('geonames:169577', 4),
    'marsad:sy-hms-al-dabaa': ('geonames:173322', 9),
    'marsad:sy-hms-al-hamidiyah-homs': ('geonames:169577', 3),
    'marsad:sy-hms-al-inshaat': ('geonames:169577', 5),
    'marsad:sy-hms-al-khalidiyah-homs': ('geonames:169577', 4),
    'marsad:sy-hms-al-nuzha': ('geonames:169577', 4),
    'marsad:sy-hms-al-qusur': ('geonames:169577', 4),
    'marsad:sy-hms-al-shaer-gas-field': ('geonames:163808', 60),
    'marsad:sy-hms-al-tanf': ('geonames:165158', 110),
    'marsad:sy-hms-al-tanf-garrison': ('geonames:165158', 110),
    'marsad:sy-hms-al-waer': ('geonames:169577', 8),
    'marsad:sy-hms-al-zahraa-homs': ('geonames:169577', 4),
    'marsad:sy-hms-arak': ('geonames:163808', 35),
    'marsad:sy-hms-arak-gas-field': ('geonames:163808', 36),
    'marsad:sy-hms-baba-amr': ('geonames:169577', 5),
    'marsad:sy-hms-badiyat-al-sukhnah': ('geonames:172425', 20),
    'marsad:sy-hms-badiyat-homs': ('geonames:170340', 45),
    'marsad:sy-hms-badiyat-homs-al-sharqiyah': ('geonames:170340', 60),
    'marsad:sy-hms-badiyat-tadmur': ('geonames:163808', 30),
    'marsad:sy-hms-homs-military-academy': ('geonames:169577', 5),
    'marsad:sy-hms-homs-refinery': ('geonames:169577', 7),
    'marsad:sy-hms-jabal-al-amour': ('geonames:163808', 14),
    'marsad:sy-hms-jabal-bilas': ('geonames:166719', 60),
    'marsad:sy-hms-jousieh': ('geonames:173322', 15),
    'marsad:sy-hms-karm-al-zaytun': ('geonames:169577', 4),
    'marsad:sy-hms-old-homs': ('geonames:169577', 3),
    'marsad:sy-hms-palmyra-airport': ('geonames:163808', 5),
    'marsad:sy-hms-palmyra-castle': ('geonames:163808', 4),
    'marsad:sy-hms-palmyra-ruins': ('geonames:163808', 3),
    'marsad:sy-hms-qalaat-al-hosn': ('geonames:173802', 5),
    'marsad:sy-hms-rukban': ('geonames:165158', 120),
    'marsad:sy-hms-shayrat': ('geonames:165303', 12),
    'marsad:sy-hms-syrian-desert': ('geonames:163808', 45),
    'marsad:sy-hms-t4': ('geonames:170340', 60),
    'marsad:sy-hms-tiyas': ('geonames:170340', 60),
    'marsad:sy-idl-abu-al-duhur-airbase': ('geonames:174611', 7),
    'marsad:sy-idl-al-bara': ('geonames:174144', 8),
    'marsad:sy-idl-al-foua': ('geonames:171451', 4),
    'marsad:sy-idl-al-habit': ('geonames:168325', 12),
    'marsad:sy-idl-al-nayrab-idlib': ('geonames:164816', 7),
    'marsad:sy-idl-atmeh': ('geonames:174259', 18),
    'marsad:sy-idl-bab-al-hawa': ('geonames:174259', 12),
    'marsad:sy-idl-hass': ('geonames:168661', 6),
    'marsad:sy-idl-jabal-al-zawiya': ('geonames:174144', 10),
    'marsad:sy-idl-jarjanaz': ('geonames:167611', 12),
    'marsad:sy-idl-kafr-lusin': ('geonames:174259', 9),
    'marsad:sy-idl-kafr-rumah': ('geonames:167611', 7),
    'marsad:sy-idl-kafr-yahmul': ('geonames:167605', 5),
    'marsad:sy-idl-kafriya': ('geonames:171451', 6),
    'marsad:sy-idl-kansafra': ('geonames:168661', 9),
    'marsad:sy-idl-mastumah': ('geonames:169389', 8),
    'marsad:sy-idl-sarmada': ('geonames:174259', 7),
    'marsad:sy-idl-taftanaz-airbase': ('geonames:163799', 4),
    'marsad:sy-idl-talmenes': ('geonames:167611', 6),
    'marsad:sy-idl-tell-mardikh': ('geonames:164816', 9),
    'marsad:sy-idl-zardana': ('geonames:167605', 7),
    'marsad:sy-lat-al-raml-al-filastini': ('geonames:173576', 5),
    'marsad:sy-lat-hmeimim': ('geonames:169304', 6),
    'marsad:sy-lat-jabal-al-akrad': ('geonames:167863', 8),
    'marsad:sy-lat-jabal-al-turkman': ('geonames:167880', 10),
    'marsad:sy-lat-kabani': ('geonames:167863', 11),
    'marsad:sy-lat-kasab-crossing': ('geonames:168519', 4),
    'marsad:sy-lat-latakia-port': ('geonames:173576', 4),
    'marsad:sy-lat-ras-al-bassit': ('geonames:168519', 20),
    'marsad:sy-lat-salma': ('geonames:167863', 8),
    'marsad:sy-qun-fiq': ('geonames:173334', 45),
    'marsad:sy-qun-hadar': ('geonames:168355', 12),
    'marsad:sy-qun-jubata-al-khashab': ('geonames:168355', 8),
    'marsad:sy-qun-madinat-al-baath': ('geonames:168355', 4),
    'marsad:sy-qun-quneitra-crossing': ('geonames:173334', 3),
    'marsad:sy-raq-al-mishlab': ('geonames:172955', 4),
    'marsad:sy-raq-al-naim-roundabout': ('geonames:172955', 3),
    'marsad:sy-raq-ayn-issa-camp': ('geonames:172134', 5),
    'marsad:sy-raq-baath-dam': ('geonames:8559276', 8),
    'marsad:sy-raq-badiyat-al-raqqa': ('geonames:172955', 50),
    'marsad:sy-raq-badiyat-al-rasafa': ('geonames:8559276', 40),
    'marsad:sy-raq-brigade-93': ('geonames:172134', 8),
    'marsad:sy-raq-division-17': ('geonames:172955', 8),
    'marsad:sy-raq-lake-assad': ('geonames:172374', 40),
    'marsad:sy-raq-rasafa': ('geonames:8559276', 25),
    'marsad:sy-raq-tabqa-airbase': ('geonames:172374', 12),
    'marsad:sy-raq-tabqa-dam': ('geonames:172374', 6),
    'marsad:sy-raq-tell-abyad-crossing': ('geonames:163750', 3),
    'marsad:sy-rd-adra': ('geonames:170592', 12),
    'marsad:sy-rd-al-hamah': ('geonames:166251', 4),
    'marsad:sy-rd-al-nasiriyah-airbase': ('geonames:169113', 20),
    'marsad:sy-rd-al-otaybah': ('geonames:169843', 10),
    'marsad:sy-rd-al-sbeineh': ('geonames:8419677', 4),
    'marsad:sy-rd-beit-sahem': ('geonames:171998', 3),
    'marsad:sy-rd-bloudan': ('geonames:172059', 4),
    'marsad:sy-rd-damascus-international': ('geonames:169843', 8),
    'marsad:sy-rd-dumayr-airbase': ('geonames:170589', 8),
    'marsad:sy-rd-eastern-ghouta': ('geonames:170592', 8),
    'marsad:sy-rd-eastern-qalamoun': ('geonames:172922', 35),
    'marsad:sy-rd-ein-tarma': ('geonames:168713', 3),
    'marsad:sy-rd-hamouriyah': ('geonames:168713', 3),
    'marsad:sy-rd-hazzeh': ('geonames:168713', 3),
    'marsad:sy-rd-jdeidet-artouz': ('geonames:165929', 7),
    'marsad:sy-rd-jdeidet-yabous': ('geonames:168886', 4),
    'marsad:sy-rd-jisreen': ('geonames:168713', 3),
    'marsad:sy-rd-khan-al-sheikh': ('geonames:165929', 8),
    'marsad:sy-rd-marj-ruhayyil': ('geonames:173598', 22),
    'marsad:sy-rd-misraba': ('geonames:170592', 3),
    'marsad:sy-rd-mount-hermon': ('geonames:166946', 15),
    'marsad:sy-rd-muadamiyat-al-sham': ('geonames:170892', 5),
    'marsad:sy-rd-qalamoun': ('geonames:162627', 15),
    'marsad:sy-rd-saqba': ('geonames:168713', 3),
    'marsad:sy-rd-saydnaya-prison': ('geonames:164717', 6),
    'marsad:sy-rd-sayqal': ('geonames:170589', 55),
    'marsad:sy-rd-sayyidah-zaynab': ('geonames:171998', 5),
    'marsad:sy-rd-wadi-barada': ('geonames:172232', 8),
    'marsad:sy-rd-western-ghouta': ('geonames:170892', 8),
    'marsad:sy-rd-yalda': ('geonames:171998', 3),
    'marsad:sy-rd-zamalka': ('geonames:169372', 3),
    'marsad:sy-subdistrict-al-suwar': ('geonames:167208', 35),
    'marsad:sy-subdistrict-fiq': ('geonames:173334', 45),
    'marsad:sy-subdistrict-urum-al-kubra': ('geonames:174030', 12),
    'marsad:sy-swd-al-kafr': ('geonames:172408', 12),
    'marsad:sy-swd-khalkhalah': ('geonames:12795', 6),
    'marsad:sy-swd-thaalah': ('geonames:172441', 12),
    'marsad:sy-tar-tartus-naval-base': ('geonames:163345', 4),
    'marsad:sy-tar-tartus-port': ('geonames:163345', 4),
}

# villages-syria.tsv: reference place and tolerance (km) for every row; the tolerance is the expected
# distance to that neighbour plus the allowed error (<= 15 km for every row of that file).
VILLAGE_KINDS = {'village', 'town', 'area', 'hill', 'farm', 'checkpoint'}
VILLAGE_MAX_TOL = 15
VILLAGE_GOV_KM = 20
VILLAGE_DUP_KM = 5
VILLAGE_REFS = {
    'marsad:sy-alp-abzimu': ('geonames:174030', 8),
    'marsad:sy-alp-ahras': ('geonames:163476', 10),
    'marsad:sy-alp-ain-al-tal': ('geonames:170063', 9),
    'marsad:sy-alp-ain-dara': ('geonames:174186', 10),
    'marsad:sy-alp-al-amarinah': ('geonames:169179', 9),
    'marsad:sy-alp-al-ameriyah': ('geonames:170063', 9),
    'marsad:sy-alp-al-aziziyah-aleppo': ('geonames:170063', 6),
    'marsad:sy-alp-al-eis': ('geonames:170137', 8),
    'marsad:sy-alp-al-halwaniyah': ('geonames:170063', 6),
    'marsad:sy-alp-al-haydariyah': ('geonames:170063', 9),
    'marsad:sy-alp-al-kallasa': ('geonames:170063', 6),
    'marsad:sy-alp-al-khalidiyah-aleppo': ('geonames:170063', 8),
    'marsad:sy-alp-al-mallah': ('geonames:170063', 12),
    'marsad:sy-alp-al-mansurah-aleppo': ('marsad:sy-alp-anadan', 14),
    'marsad:sy-alp-al-marja': ('geonames:170063', 8),
    'marsad:sy-alp-al-masharqa': ('geonames:170063', 6),
    'marsad:sy-alp-al-qaterji': ('geonames:170063', 6),
    'marsad:sy-alp-al-sheikh-khodr': ('geonames:170063', 7),
    'marsad:sy-alp-al-sheikh-lutfi': ('marsad:sy-alp-nayrab', 8),
    'marsad:sy-alp-al-zayzafun': ('geonames:163913', 14),
    'marsad:sy-alp-al-zebdiyeh': ('geonames:170063', 7),
    'marsad:sy-alp-anjara': ('marsad:sy-alp-urum-al-kubra', 9),
    'marsad:sy-alp-ayn-daqnah': ('geonames:163476', 10),
    'marsad:sy-alp-bab-al-hadid': ('geonames:170063', 5),
    'marsad:sy-alp-bab-al-nayrab': ('geonames:170063', 6),
    'marsad:sy-alp-bab-antakya': ('geonames:170063', 5),
    'marsad:sy-alp-balaban': ('geonames:164159', 15),
    'marsad:sy-alp-barad': ('geonames:166331', 13),
    'marsad:sy-alp-bashkuy': ('geonames:169858', 8),
    'marsad:sy-alp-basuta': ('geonames:174186', 9),
    'marsad:sy-alp-bayanoun': ('geonames:166331', 10),
    'marsad:sy-alp-burj-abdalu': ('geonames:174186', 15),
    'marsad:sy-alp-burj-abdullah': ('geonames:174186', 15),
    'marsad:sy-alp-bustan-al-basha': ('geonames:170063', 7),
    'marsad:sy-alp-bzaah': ('geonames:174018', 8),
    'marsad:sy-alp-dahiyat-al-assad': ('geonames:170063', 11),
    'marsad:sy-alp-deir-ballut': ('geonames:169190', 11),
    'marsad:sy-alp-deir-jamal': ('geonames:163476', 12),
    'marsad:sy-alp-deir-simaan': ('geonames:170857', 9),
    'marsad:sy-alp-hardatnin': ('marsad:sy-alp-anadan', 10),
    'marsad:sy-alp-hawar-kilis': ('geonames:163913', 14),
    'marsad:sy-alp-hayyah-kabirah': ('geonames:174407', 15),
    'marsad:sy-alp-hayyan': ('geonames:169858', 7),
    'marsad:sy-alp-herbel': ('geonames:167245', 7),
    'marsad:sy-alp-ihtaimlat': ('marsad:sy-alp-dabiq', 7),
    'marsad:sy-alp-jabal-aqil': ('geonames:174018', 6),
    'marsad:sy-alp-jarabulus-tahtani': ('geonames:169179', 7),
    'marsad:sy-alp-jibrin': ('geonames:170063', 11),
    'marsad:sy-alp-jubb-hasan-agha': ('geonames:174407', 9),
    'marsad:sy-alp-kabir-kabir': ('geonames:167357', 11),
    'marsad:sy-alp-kafr-ammah': ('geonames:174030', 9),
    'marsad:sy-alp-kafr-dael': ('marsad:sy-alp-anadan', 12),
    'marsad:sy-alp-kafr-ghan': ('geonames:163913', 12),
    'marsad:sy-alp-kafr-halab': ('geonames:174030', 14),
    'marsad:sy-alp-kafr-hamra': ('geonames:169858', 7),
    'marsad:sy-alp-kafr-janneh': ('geonames:164451', 9),
    'marsad:sy-alp-kafr-kalbin': ('geonames:172082', 13),
    'marsad:sy-alp-kafr-karmin': ('geonames:174030', 9),
    'marsad:sy-alp-kafr-naha': ('marsad:sy-alp-urum-al-kubra', 12),
    'marsad:sy-alp-kafr-naya': ('geonames:166331', 11),
    'marsad:sy-alp-kafr-nouran': ('geonames:174030', 8),
    'marsad:sy-alp-kafr-taal': ('geonames:170857', 12),
    'marsad:sy-alp-kafra': ('geonames:163913', 9),
    'marsad:sy-alp-kaljibrin': ('geonames:167245', 9),
    'marsad:sy-alp-karm-al-jabal': ('geonames:170063', 6),
    'marsad:sy-alp-karm-al-tahhan': ('geonames:170063', 7),
    'marsad:sy-alp-karm-maysar': ('geonames:170063', 7),
    'marsad:sy-alp-khalasa': ('geonames:172045', 8),
    'marsad:sy-alp-khan-al-asal': ('geonames:170063', 15),
    'marsad:sy-alp-kimar': ('geonames:166331', 14),
    'marsad:sy-alp-maranaz': ('geonames:172082', 10),
    'marsad:sy-alp-maydanki': ('geonames:174186', 13),
    'marsad:sy-alp-mayer': ('geonames:166331', 9),
    'marsad:sy-alp-mishtanur': ('geonames:172256', 6),
    'marsad:sy-alp-project-1070': ('geonames:170063', 10),
    'marsad:sy-alp-qabtan-al-jabal': ('geonames:170857', 13),
    'marsad:sy-alp-qalaat-simaan': ('geonames:170857', 10),
    'marsad:sy-alp-qatmah': ('geonames:164451', 8),
    'marsad:sy-alp-ratyan': ('geonames:166331', 9),
    'marsad:sy-alp-sheikh-issa': ('geonames:167245', 8),
    'marsad:sy-alp-shuyukh-fawqani': ('geonames:164159', 8),
    'marsad:sy-alp-sijraz': ('geonames:172082', 8),
    'marsad:sy-alp-sousyan': ('geonames:174018', 8),
    'marsad:sy-alp-tall-battal': ('geonames:174115', 15),
    'marsad:sy-alp-tell-ahmar': ('geonames:164159', 10),
    'marsad:sy-alp-tell-arn': ('geonames:172503', 7),
    'marsad:sy-alp-tell-jibbin': ('geonames:169858', 11),
    'marsad:sy-alp-turindah': ('geonames:174186', 7),
    'marsad:sy-alp-turkman-bareh': ('geonames:174115', 8),
    'marsad:sy-alp-umm-el-marra': ('geonames:170785', 7),
    'marsad:sy-alp-umm-hosh': ('geonames:167245', 10),
    'marsad:sy-alp-urum-al-sughra': ('marsad:sy-alp-urum-al-kubra', 8),
    'marsad:sy-alp-zitan': ('geonames:172045', 8),
    'marsad:sy-dra-al-ghariyah-al-gharbiyah': ('geonames:168120', 9),
    'marsad:sy-dra-al-ghariyah-al-sharqiyah': ('geonames:173819', 11),
    'marsad:sy-dra-al-harah': ('geonames:165997', 12),
    'marsad:sy-dra-al-karak-al-sharqi': ('geonames:173819', 10),
    'marsad:sy-dra-al-maliha-al-gharbiyah': ('geonames:173819', 8),
    'marsad:sy-dra-al-manshiyah-daraa': ('geonames:170905', 5),
    'marsad:sy-dra-al-mataaiyah': ('geonames:169017', 13),
    'marsad:sy-dra-al-naimah': ('geonames:170905', 10),
    'marsad:sy-dra-al-sahwah': ('geonames:173416', 9),
    'marsad:sy-dra-al-shaykh-saad': ('geonames:166365', 10),
    'marsad:sy-dra-atman': ('geonames:170905', 9),
    'marsad:sy-dra-daraa-camp': ('geonames:170905', 5),
    'marsad:sy-dra-deir-al-adas': ('geonames:168634', 8),
    'marsad:sy-dra-deir-al-bukht': ('geonames:170325', 10),
    'marsad:sy-dra-heit': ('geonames:172829', 7),
    'marsad:sy-dra-jabab': ('geonames:172469', 12),
    'marsad:sy-dra-jamla': ('geonames:172829', 7),
    'marsad:sy-dra-jamrin': ('geonames:171126', 8),
    'marsad:sy-dra-jillin': ('geonames:163330', 11),
    'marsad:sy-dra-kahil': ('geonames:173416', 9),
    'marsad:sy-dra-khabab': ('geonames:171706', 11),
    'marsad:sy-dra-kharab-al-shahm': ('geonames:166503', 7),
    'marsad:sy-dra-maarabah': ('geonames:171126', 9),
    'marsad:sy-dra-maariya': ('geonames:172829', 8),
    'marsad:sy-dra-mahajjah': ('geonames:169341', 15),
    'marsad:sy-dra-maliha-al-atash': ('geonames:169341', 11),
    'marsad:sy-dra-nafia': ('geonames:172829', 8),
    'marsad:sy-dra-nahtah': ('geonames:173819', 10),
    'marsad:sy-dra-qarfa': ('marsad:sy-dra-ibta', 8),
    'marsad:sy-dra-rakham': ('geonames:173819', 9),
    'marsad:sy-dra-sahm-al-jawlan': ('geonames:172829', 8),
    'marsad:sy-dra-tariq-al-sad': ('geonames:170905', 6),
    'marsad:sy-dra-tell-al-harah': ('geonames:165997', 14),
    'marsad:sy-dra-tell-al-jabiyah': ('geonames:166365', 9),
    'marsad:sy-dra-umm-al-mayadhin': ('geonames:170905', 9),
    'marsad:sy-dra-umm-walad': ('geonames:173416', 14),
    'marsad:sy-dra-zayzun': ('marsad:sy-dra-tell-shihab', 6),
    'marsad:sy-dz-abu-hardoub': ('marsad:sy-dz-suwaydan-jazira', 8),
    'marsad:sy-dz-abu-hasan': ('geonames:174506', 10),
    'marsad:sy-dz-al-dahla': ('geonames:173927', 12),
    'marsad:sy-dz-al-hamidiyah-dz': ('geonames:170794', 5),
    'marsad:sy-dz-al-harabesh': ('geonames:170794', 7),
    'marsad:sy-dz-al-hawayij': ('geonames:170691', 9),
    'marsad:sy-dz-al-jubaylah': ('geonames:170794', 6),
    'marsad:sy-dz-al-junaynah': ('marsad:sy-dz-al-bughayliyah', 6),
    'marsad:sy-dz-al-jurdi': ('geonames:164025', 10),
    'marsad:sy-dz-al-kishma': ('geonames:164025', 8),
    'marsad:sy-dz-al-sayyal': ('geonames:172415', 11),
    'marsad:sy-dz-al-shumaytiyah': ('marsad:sy-dz-ayyash', 14),
    'marsad:sy-dz-al-zir': ('geonames:173927', 8),
    'marsad:sy-dz-dablan': ('geonames:164025', 7),
    'marsad:sy-dz-hamdan': ('geonames:174448', 9),
    'marsad:sy-dz-jadid-bakkara': ('marsad:sy-dz-jadid-ekeidat', 7),
    'marsad:sy-dz-sweidan-shamiya': ('geonames:174036', 7),
    'marsad:sy-ham-abu-qubays': ('geonames:163470', 11),
    'marsad:sy-ham-al-hamamiyat': ('geonames:167739', 8),
    'marsad:sy-ham-al-zakah': ('geonames:168620', 10),
    'marsad:sy-ham-al-zilaqiyat': ('geonames:168620', 7),
    'marsad:sy-ham-aqarib-al-safiyah': ('geonames:165143', 10),
    'marsad:sy-ham-ayn-al-kurum': ('geonames:169873', 15),
    'marsad:sy-ham-deir-shamil': ('marsad:sy-ham-tell-salhab', 11),
    'marsad:sy-ham-farikah': ('geonames:164052', 12),
    'marsad:sy-ham-hamadi-umar': ('geonames:162803', 8),
    'marsad:sy-ham-hawijah-fauqa': ('geonames:164398', 15),
    'marsad:sy-ham-hayalin': ('geonames:163921', 9),
    'marsad:sy-ham-jabal-zayn-al-abidin': ('geonames:170017', 12),
    'marsad:sy-ham-jurin': ('geonames:164052', 10),
    'marsad:sy-ham-khunayzir': ('marsad:sy-ham-mhardeh', 7),
    'marsad:sy-ham-lahaya': ('geonames:166640', 7),
    'marsad:sy-ham-maan': ('geonames:163915', 11),
    'marsad:sy-ham-maardes': ('geonames:163915', 8),
    'marsad:sy-ham-maarkabah': ('geonames:166640', 8),
    'marsad:sy-ham-maarzaf': ('marsad:sy-ham-mhardeh', 6),
    'marsad:sy-ham-mafkar-sharqi': ('geonames:171757', 8),
    'marsad:sy-ham-qarqur': ('geonames:172027', 11),
    'marsad:sy-ham-qasr-abu-samrah': ('geonames:173830', 15),
    'marsad:sy-ham-qastoun': ('geonames:172027', 8),
    'marsad:sy-ham-shayzar': ('geonames:166742', 7),
    'marsad:sy-ham-sirmaniyah': ('geonames:172027', 9),
    'marsad:sy-ham-tell-al-tut': ('geonames:171757', 8),
    'marsad:sy-ham-tell-malah': ('geonames:168620', 10),
    'marsad:sy-has-ain-diwar': ('geonames:173530', 15),
    'marsad:sy-has-al-antariyah': ('geonames:173377', 5),
    'marsad:sy-has-al-aziziyah-hasakah': ('geonames:173811', 5),
    'marsad:sy-has-al-dardara': ('geonames:163434', 9),
    'marsad:sy-has-al-hilaliyah': ('geonames:173377', 6),
    'marsad:sy-has-al-khatuniyah': ('geonames:173797', 12),
    'marsad:sy-has-al-muabbadah': ('marsad:sy-has-rmeilan', 10),
    'marsad:sy-has-al-salihiyah-hasakah': ('geonames:173811', 8),
    'marsad:sy-has-hay-tai': ('marsad:sy-has-qamishli-airport', 7),
    'marsad:sy-has-jabal-kawkab': ('geonames:173811', 15),
    'marsad:sy-has-tell-goran': ('geonames:163434', 12),
    'marsad:sy-has-tell-hajar': ('geonames:173811', 5),
    'marsad:sy-has-tell-jumaa': ('geonames:163434', 7),
    'marsad:sy-has-tell-nasri': ('geonames:163434', 6),
    'marsad:sy-has-tell-shamiram': ('geonames:163434', 7),
    'marsad:sy-has-tell-tawil': ('geonames:163434', 11),
    'marsad:sy-has-umm-al-kayf': ('geonames:163434', 7),
    'marsad:sy-hms-al-bayada': ('geonames:169577', 8),
    'marsad:sy-hms-al-buwaydah-al-sharqiyah': ('geonames:173322', 10),
    'marsad:sy-hms-al-ghassaniyah': ('marsad:sy-hms-kafr-musa-al-hmidiya', 7),
    'marsad:sy-hms-al-qarabis': ('geonames:169577', 7),
    'marsad:sy-hms-al-zarah': ('marsad:sy-hms-qalaat-al-hosn', 8),
    'marsad:sy-hms-aqrabiyah': ('marsad:sy-hms-kafr-musa-al-hmidiya', 12),
    'marsad:sy-hms-arjoun': ('marsad:sy-hms-kafr-musa-al-hmidiya', 7),
    'marsad:sy-hms-bab-dreib': ('geonames:169577', 6),
    'marsad:sy-hms-bab-hud': ('geonames:169577', 6),
    'marsad:sy-hms-bab-sbaa': ('geonames:169577', 5),
    'marsad:sy-hms-bab-tadmur': ('geonames:169577', 5),
    'marsad:sy-hms-bureij': ('marsad:sy-rd-qara', 15),
    'marsad:sy-hms-burj-qai': ('marsad:sy-hms-taldou', 9),
    'marsad:sy-hms-deir-baalba': ('geonames:169577', 8),
    'marsad:sy-hms-deir-ful': ('marsad:sy-district-al-rastan', 15),
    'marsad:sy-hms-fairouzeh': ('geonames:169577', 9),
    'marsad:sy-hms-hawarin': ('geonames:167488', 8),
    'marsad:sy-hms-jouret-al-shayah': ('geonames:169577', 6),
    'marsad:sy-hms-kafr-aya': ('geonames:169577', 7),
    'marsad:sy-hms-qattinah': ('geonames:169577', 14),
    'marsad:sy-hms-rablah': ('geonames:173322', 12),
    'marsad:sy-hms-shinshar': ('marsad:sy-hms-akrama', 15),
    'marsad:sy-hms-tell-dahab': ('geonames:163596', 6),
    'marsad:sy-hms-tell-nabi-mando': ('geonames:11431916', 8),
    'marsad:sy-hms-tir-maalah': ('geonames:169577', 10),
    'marsad:sy-hms-wadi-al-dhahab': ('geonames:169577', 6),
    'marsad:sy-hms-zaafaranah': ('geonames:163779', 8),
    'marsad:sy-hms-zaidal': ('geonames:169577', 9),
    'marsad:sy-hms-zita-al-gharbiyah': ('marsad:sy-district-al-qusayr', 13),
    'marsad:sy-idl-ain-larouz': ('geonames:168661', 12),
    'marsad:sy-idl-al-alani': ('marsad:sy-idl-salqin', 11),
    'marsad:sy-idl-al-deir-al-gharbi': ('geonames:167611', 7),
    'marsad:sy-idl-al-deir-al-sharqi': ('geonames:167611', 8),
    'marsad:sy-idl-al-ghadfah': ('geonames:167611', 12),
    'marsad:sy-idl-al-hamidiyah': ('geonames:167611', 8),
    'marsad:sy-idl-al-judaydah-jisr': ('geonames:173715', 8),
    'marsad:sy-idl-al-najiyah': ('marsad:sy-idl-bidama', 8),
    'marsad:sy-idl-al-quniyah': ('geonames:173715', 9),
    'marsad:sy-idl-al-tah': ('geonames:169563', 12),
    'marsad:sy-idl-al-tlul': ('geonames:164898', 14),
    'marsad:sy-idl-al-yaqubiyah': ('geonames:170865', 12),
    'marsad:sy-idl-babisqa': ('marsad:sy-idl-sarmada', 9),
    'marsad:sy-idl-babulin': ('geonames:169563', 8),
    'marsad:sy-idl-balyun': ('geonames:174144', 9),
    'marsad:sy-idl-barisha': ('geonames:165672', 8),
    'marsad:sy-idl-basqala': ('geonames:168661', 7),
    'marsad:sy-idl-bsanqul': ('geonames:172994', 12),
    'marsad:sy-idl-dadikh': ('geonames:164816', 8),
    'marsad:sy-idl-deir-hassan': ('geonames:174259', 7),
    'marsad:sy-idl-deir-sunbul': ('geonames:174144', 10),
    'marsad:sy-idl-fatterah': ('geonames:168661', 8),
    'marsad:sy-idl-fleifel': ('geonames:168661', 9),
    'marsad:sy-idl-frikeh': ('geonames:169023', 11),
    'marsad:sy-idl-harbanoush': ('geonames:167605', 11),
    'marsad:sy-idl-hazano': ('geonames:167605', 10),
    'marsad:sy-idl-hazarin': ('geonames:168661', 8),
    'marsad:sy-idl-iblin': ('geonames:174144', 8),
    'marsad:sy-idl-ishtabraq': ('geonames:169023', 8),
    'marsad:sy-idl-jabal-al-arbain': ('geonames:172994', 6),
    'marsad:sy-idl-jabal-al-summaq': ('geonames:165672', 6),
    'marsad:sy-idl-jobas': ('geonames:164816', 8),
    'marsad:sy-idl-kafr-battikh': ('geonames:172994', 15),
    'marsad:sy-idl-kafr-kila': ('geonames:165672', 8),
    'marsad:sy-idl-kafr-najd': ('geonames:172994', 9),
    'marsad:sy-idl-kafr-oweid': ('geonames:168661', 12),
    'marsad:sy-idl-kafr-sijnah': ('geonames:168661', 9),
    'marsad:sy-idl-kafrlata': ('geonames:172994', 8),
    'marsad:sy-idl-kaftin': ('geonames:165672', 12),
    'marsad:sy-idl-khan-al-sabil': ('marsad:sy-idl-tell-mardikh', 10),
    'marsad:sy-idl-khirbet-al-joz': ('geonames:173715', 14),
    'marsad:sy-idl-killi': ('marsad:sy-idl-sarmada', 10),
    'marsad:sy-idl-kurin': ('geonames:172994', 8),
    'marsad:sy-idl-maar-hattat': ('geonames:167611', 12),
    'marsad:sy-idl-maar-shamarin': ('geonames:167611', 9),
    'marsad:sy-idl-maar-shamshah': ('geonames:167611', 7),
    'marsad:sy-idl-maarbalit': ('geonames:172994', 9),
    'marsad:sy-idl-maarrat-al-ikhwan': ('geonames:167605', 10),
    'marsad:sy-idl-maarrat-al-naasan': ('geonames:163799', 11),
    'marsad:sy-idl-maarrat-hurmah': ('geonames:168661', 10),
    'marsad:sy-idl-maarshurin': ('marsad:sy-idl-talmenes', 6),
    'marsad:sy-idl-maasaran': ('marsad:sy-idl-jarjanaz', 7),
    'marsad:sy-idl-maataram': ('geonames:172994', 7),
    'marsad:sy-idl-marayan': ('geonames:174144', 11),
    'marsad:sy-idl-mashmashan': ('geonames:169023', 11),
    'marsad:sy-idl-nahlaya': ('geonames:172994', 8),
    'marsad:sy-idl-qah': ('marsad:sy-idl-atmeh', 8),
    'marsad:sy-idl-qalb-lozeh': ('geonames:165672', 7),
    'marsad:sy-idl-qminas': ('geonames:169389', 10),
    'marsad:sy-idl-rakaya-sijnah': ('geonames:168661', 11),
    'marsad:sy-idl-ram-hamdan': ('geonames:167605', 8),
    'marsad:sy-idl-serjilla': ('marsad:sy-idl-al-bara', 7),
    'marsad:sy-idl-sfuhun': ('geonames:168661', 9),
    'marsad:sy-idl-shinan': ('geonames:174144', 6),
    'marsad:sy-idl-sukayk': ('geonames:172347', 10),
    'marsad:sy-idl-taum': ('geonames:163799', 8),
    'marsad:sy-idl-termanin': ('geonames:174259', 8),
    'marsad:sy-idl-urum-al-jawz': ('geonames:172994', 10),
    'marsad:sy-idl-wadi-al-deif': ('geonames:167611', 7),
    'marsad:sy-idl-zarzur': ('marsad:sy-idl-darkush', 11),
    'marsad:sy-lat-bisnada': ('geonames:173576', 7),
    'marsad:sy-lat-doreen': ('marsad:sy-lat-salma', 6),
    'marsad:sy-lat-mashqita': ('marsad:sy-lat-ayn-al-bayda', 7),
    'marsad:sy-lat-salib-al-turkman': ('marsad:sy-lat-burj-islam', 6),
    'marsad:sy-qun-bariqa': ('geonames:173334', 15),
    'marsad:sy-qun-beer-ajam': ('geonames:173334', 14),
    'marsad:sy-qun-mashara': ('geonames:169334', 9),
    'marsad:sy-qun-trinjeh': ('marsad:sy-qun-jubata-al-khashab', 6),
    'marsad:sy-qun-ufaniya': ('geonames:168355', 9),
    'marsad:sy-raq-ain-al-arous': ('marsad:sy-raq-tell-abyad-crossing', 7),
    'marsad:sy-raq-hawi-al-hawa': ('geonames:172955', 14),
    'marsad:sy-raq-hazima': ('geonames:172955', 14),
    'marsad:sy-raq-heraqla': ('geonames:172955', 11),
    'marsad:sy-raq-jahbal': ('geonames:172134', 6),
    'marsad:sy-raq-kasrat-afnan': ('geonames:172955', 10),
    'marsad:sy-raq-kasrat-faraj': ('geonames:172955', 10),
    'marsad:sy-raq-kasrat-sheikh-al-jomaa': ('geonames:172955', 7),
    'marsad:sy-raq-khatuniyah': ('marsad:sy-raq-baath-dam', 14),
    'marsad:sy-raq-mazraat-rabia': ('geonames:172955', 13),
    'marsad:sy-raq-qalaat-jaabar': ('geonames:172374', 12),
    'marsad:sy-raq-raqqa-al-samra': ('geonames:172955', 11),
    'marsad:sy-raq-salhabiyah': ('marsad:sy-raq-baath-dam', 10),
    'marsad:sy-rd-aftris': ('marsad:sy-rd-hamouriyah', 6),
    'marsad:sy-rd-ain-al-khadra': ('geonames:172232', 4),
    'marsad:sy-rd-ain-al-shaara': ('geonames:166946', 10),
    'marsad:sy-rd-al-hujayrah': ('marsad:sy-rd-sayyidah-zaynab', 7),
    'marsad:sy-rd-al-husayniyah-wadi-barada': ('geonames:172232', 8),
    'marsad:sy-rd-al-mudayra': ('geonames:170592', 5),
    'marsad:sy-rd-al-rayhan': ('geonames:170592', 8),
    'marsad:sy-rd-al-shifuniyah': ('geonames:170592', 6),
    'marsad:sy-rd-aqraba-rd': ('marsad:sy-rd-sayyidah-zaynab', 7),
    'marsad:sy-rd-arnah': ('geonames:166946', 10),
    'marsad:sy-rd-ashrafiyat-al-wadi': ('geonames:166251', 7),
    'marsad:sy-rd-ashrafiyat-sahnaya': ('geonames:164994', 6),
    'marsad:sy-rd-baqqin': ('geonames:167558', 6),
    'marsad:sy-rd-basima': ('geonames:172232', 5),
    'marsad:sy-rd-beit-naim': ('geonames:173178', 8),
    'marsad:sy-rd-beit-saber': ('geonames:164773', 10),
    'marsad:sy-rd-beit-sawa': ('geonames:170592', 9),
    'marsad:sy-rd-burhaliya': ('geonames:172232', 10),
    'marsad:sy-rd-deir-khabiyah': ('geonames:162560', 8),
    'marsad:sy-rd-deir-muqrin': ('geonames:172232', 8),
    'marsad:sy-rd-deir-qanun': ('geonames:172232', 6),
    'marsad:sy-rd-halboun': ('geonames:172349', 12),
    'marsad:sy-rd-harfa': ('geonames:166946', 11),
    'marsad:sy-rd-hazrama': ('geonames:173178', 7),
    'marsad:sy-rd-hosh-al-ashari': ('geonames:170592', 8),
    'marsad:sy-rd-jamraya': ('marsad:sy-rd-al-hamah', 7),
    'marsad:sy-rd-jdeidet-al-wadi': ('geonames:166251', 8),
    'marsad:sy-rd-jubbadin': ('geonames:167375', 8),
    'marsad:sy-rd-kafr-al-awamid': ('geonames:172232', 9),
    'marsad:sy-rd-kafr-al-zayt': ('geonames:172232', 7),
    'marsad:sy-rd-kafr-hawr': ('geonames:166946', 9),
    'marsad:sy-rd-khan-dannun': ('geonames:173598', 7),
    'marsad:sy-rd-khirbet-al-sawda': ('geonames:166946', 11),
    'marsad:sy-rd-maaraba': ('geonames:172349', 7),
    'marsad:sy-rd-maghar-al-mir': ('geonames:166946', 9),
    'marsad:sy-rd-maydaa': ('marsad:sy-rd-adra', 8),
    'marsad:sy-rd-minin': ('geonames:172349', 8),
    'marsad:sy-rd-qalaat-al-jandal': ('marsad:sy-rd-mount-hermon', 14),
    'marsad:sy-rd-souq-wadi-barada': ('geonames:172232', 10),
    'marsad:sy-rd-yafour': ('geonames:174239', 12),
    'marsad:sy-rd-zabdin': ('geonames:170817', 6),
    'marsad:sy-swd-al-thaala': ('marsad:sy-swd-thaalah', 6),
    'marsad:sy-swd-atil': ('geonames:172408', 8),
    'marsad:sy-swd-deir-dama': ('geonames:5174', 14),
    'marsad:sy-swd-ira': ('geonames:172408', 15),
    'marsad:sy-swd-rimat-hazem': ('geonames:172408', 10),
    'marsad:sy-swd-sahwat-al-khudr': ('geonames:173331', 15),
    'marsad:sy-swd-umm-al-zaytoun': ('geonames:164626', 10),
    'marsad:sy-swd-walgha': ('geonames:172408', 10),
    'marsad:sy-tar-al-bayda-baniyas': ('geonames:171830', 9),
}


def norm_ar(name):
    """Arabic name key for duplicate detection: no harakat/tatweel, unified hamza/alif, ta marbuta,
    alif maqsura, no article on any word, no spaces."""
    t = re.sub('[\u064b-\u0652\u0670\u0640]', '', unicodedata.normalize('NFC', name))
    t = re.sub('[أإآٱ]', 'ا', t).replace('ة', 'ه').replace('ى', 'ي').replace('ؤ', 'و').replace('ئ', 'ي')
    t = ' '.join(w[2:] if w.startswith('ال') and len(w) > 3 else w for w in t.split())
    return t.replace(' ', '')


def hav(a, b, c, d):
    r = math.radians
    h = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def point_in_ring(lat, lon, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def load_polygons(path):
    if not os.path.exists(path):
        return None
    polys = {}
    with open(path, encoding='utf-8') as f:
        data = json.load(f)
    for feat in data.get('features', []):
        p = feat.get('properties', {})
        if p.get('country') != 'SY':
            continue
        name = ADMIN1_ALIASES.get(p.get('name_en'), p.get('name_en'))
        g = feat['geometry']
        rings = [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']
        polys.setdefault(name, []).extend(rings)
    return polys or None


def gov_of(lat, lon, polys):
    for name, plist in polys.items():
        for poly in plist:
            if point_in_ring(lat, lon, poly[0]) and not any(point_in_ring(lat, lon, h) for h in poly[1:]):
                return name
    return None


def read_tsv(path, ncols, errors):
    rows = []
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    want = HEADER + (['line'] if ncols == 15 else [])
    if not lines or lines[0].split('\t') != want:
        errors.append('%s: bad header' % path)
    for n, line in enumerate(lines[1:], start=2):
        if unicodedata.normalize('NFC', line) != line:
            errors.append('%s:%d not NFC' % (path, n))
        if '\r' in line:
            errors.append('%s:%d carriage return' % (path, n))
        cols = line.split('\t')
        if len(cols) != ncols:
            errors.append('%s:%d has %d columns, want %d' % (path, n, len(cols), ncols))
            continue
        rows.append((n, cols))
    return rows


def check_common(path, rows, errors, kinds):
    ids = [c[0] for _, c in rows]
    if ids != sorted(ids):
        errors.append('%s: not sorted by id' % path)
    seen = set()
    for n, c in rows:
        rid, kind, en, ar, fa, alts, lat, lon, country, a1, a2, a3, pop, src = c[:14]
        where = '%s:%d %s' % (path, n, rid)
        if rid in seen:
            errors.append('%s duplicate id' % where)
        seen.add(rid)
        if not re.fullmatch(r'marsad:[a-z0-9]+(-[a-z0-9]+)*', rid):
            errors.append('%s bad id' % where)
        if kind not in kinds:
            errors.append('%s bad kind %r' % (where, kind))
        if not en or not ar:
            errors.append('%s missing name_en or name_ar' % where)
        if ar and not re.search('[\u0600-\u06ff]', ar):
            errors.append('%s name_ar is not Arabic' % where)
        if any(a.strip() != a or not a for a in alts.split('|')) and alts:
            errors.append('%s empty/padded alt name' % where)
        if not re.fullmatch(r'-?\d+\.\d{5}', lat) or not re.fullmatch(r'-?\d+\.\d{5}', lon):
            errors.append('%s lat/lon not 5 decimals' % where)
            continue
        la, lo = float(lat), float(lon)
        if not (BBOX[0] <= la <= BBOX[1] and BBOX[2] <= lo <= BBOX[3]):
            errors.append('%s outside Syria bbox (%s,%s)' % (where, lat, lon))
        if country != 'SY':
            errors.append('%s country %r' % (where, country))
        if a1 not in ADMIN1:
            errors.append('%s admin1 %r not in fixed list' % (where, a1))
        if pop and not pop.isdigit():
            errors.append('%s population %r' % (where, pop))
        if not re.fullmatch(r'geonames:\d+|curated', src):
            errors.append('%s bad source %r' % (where, src))
    return seen


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    quiet = '--quiet' in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    kb = args[0] if args else os.path.join(here, '..', '..', 'kb', 'places')
    cur_path = os.path.join(kb, 'curated-syria.tsv')
    road_path = os.path.join(kb, 'roads-syria.tsv')
    errors, warns, flags = [], [], []

    rows = read_tsv(cur_path, 14, errors)
    ids = check_common(cur_path, rows, errors, KINDS)
    byid = {c[0]: c for _, c in rows}
    admin2 = {(c[9], c[2]): c for _, c in rows if c[1] == 'admin2'}
    admin3 = {(c[9], c[10], c[2]) for _, c in rows if c[1] == 'admin3'}
    gn_src = {}
    for n, c in rows:
        where = '%s:%d %s' % (cur_path, n, c[0])
        kind, a1, a2, a3 = c[1], c[9], c[10], c[11]
        if a2 and (a1, a2) not in admin2:
            errors.append('%s admin2 %r (%s) has no admin2 row' % (where, a2, a1))
        if a3 and a2 and (a1, a2, a3) not in admin3:
            errors.append('%s admin3 %r (%s/%s) has no admin3 row' % (where, a3, a1, a2))
        if kind == 'admin2' and a2 != c[2]:
            errors.append('%s admin2 row must name itself in admin2' % where)
        if kind == 'admin3' and (a3 != c[2] or not a2):
            errors.append('%s admin3 row must name itself in admin3 and its district in admin2' % where)
        if kind in ('town', 'village') and not (a1 and a2):
            errors.append('%s town/village without admin1+admin2' % where)
        if c[13].startswith('geonames:'):
            gn_src.setdefault(c[13], c)
    for rid in REFS:
        if rid not in ids:
            warns.append('REFS entry %s has no row' % rid)

    # GeoNames anchors: GeoNames-sourced rows here plus the generated GeoNames file
    anchors = {}
    for key, c in gn_src.items():
        anchors[key] = (c[2], float(c[6]), float(c[7]), c[9])
    gpath = os.path.join(kb, 'geonames.tsv')
    if os.path.exists(gpath):
        with open(gpath, encoding='utf-8') as f:
            next(f, None)
            for line in f:
                c = line.rstrip('\n').split('\t')
                if len(c) < 14 or c[8] != 'SY' or c[1] in ('country', 'admin1'):
                    continue
                key = c[0] if c[0].startswith('geonames:') else c[13]
                a1 = ADMIN1_ALIASES.get(c[9], c[9])
                if key in gn_src:
                    mine = gn_src[key]
                    d = hav(float(mine[6]), float(mine[7]), float(c[6]), float(c[7]))
                    if d > 0.5:
                        errors.append('%s: coordinate differs from %s in geonames.tsv by %.1f km' % (mine[0], key, d))
                anchors.setdefault(key, (c[2], float(c[6]), float(c[7]), a1))
    polys = load_polygons(os.path.join(kb, 'admin1-polygons.geojson'))
    seats = [(c[2], float(c[6]), float(c[7]), c[9]) for _, c in rows if c[1] == 'admin2']

    def coord_of(ref):
        if ref in byid:
            c = byid[ref]
            return c[2], float(c[6]), float(c[7])
        if ref in anchors:
            a = anchors[ref]
            return a[0], a[1], a[2]
        return None

    report = []
    for n, c in rows:
        if c[13] != 'curated':
            continue
        rid, a1 = c[0], c[9]
        la, lo = float(c[6]), float(c[7])
        same = [(hav(la, lo, a[1], a[2]), a[0]) for k, a in anchors.items() if a[3] == a1]
        near = min(same) if same else (float('nan'), '-')
        line = '%-58s %-13s nearest GN (%s): %-24s %6.1f km' % (rid, c[1], a1, near[1][:24], near[0])
        ref = REFS.get(rid)
        if ref is None:
            flags.append('%s: curated coordinate without reference place in REFS' % rid)
            line += ' | ref: NONE  FLAG'
        else:
            rc = coord_of(ref[0])
            if rc is None:
                flags.append('%s: reference %s not found' % (rid, ref[0]))
                line += ' | ref %s missing FLAG' % ref[0]
            else:
                d = hav(la, lo, rc[1], rc[2])
                ok = d <= ref[1]
                line += ' | ref %-22s %6.1f km (tol %g)%s' % (rc[0][:22], d, ref[1], '' if ok else '  FLAG')
                if not ok:
                    flags.append('%s: %.1f km from reference %s, tolerance %g km' % (rid, d, rc[0], ref[1]))
        # governorate consistency
        if polys:
            g = gov_of(la, lo, polys)
            if g is not None and g != a1:
                warns.append('%s: point lies in %s polygon, row says %s' % (rid, g, a1))
                line += '  [polygon: %s]' % g
        b = GOV_BOX[a1]
        if not (b[0] <= la <= b[1] and b[2] <= lo <= b[3]):
            flags.append('%s: outside rough box of %s' % (rid, a1))
            line += '  [outside %s box] FLAG' % a1
        ns = min(seats, key=lambda s: hav(la, lo, s[1], s[2]))
        if ns[3] != a1:
            warns.append('%s: nearest district seat is %s (%s), row says %s' % (rid, ns[0], ns[3], a1))
        report.append(line)

    # villages-syria.tsv
    vil_path = os.path.join(kb, 'villages-syria.tsv')
    vrows = []
    if os.path.exists(vil_path):
        vrows = read_tsv(vil_path, 14, errors)
        check_common(vil_path, vrows, errors, VILLAGE_KINDS)
    else:
        errors.append('%s missing' % vil_path)
    sub_seats = [(c[2], float(c[6]), float(c[7]), c[9]) for _, c in rows if c[1] == 'admin3']
    # Arabic names of the other files (name_ar and Arabic alt names), for duplicate detection
    others = []
    for _, c in rows:
        names = [c[3]] + [a for a in c[5].split('|') if re.search('[\u0600-\u06ff]', a)]
        others.append((c[0], {norm_ar(x) for x in names if x}, float(c[6]), float(c[7])))
    if os.path.exists(gpath):
        with open(gpath, encoding='utf-8') as f:
            next(f, None)
            for line in f:
                c = line.rstrip('\n').split('\t')
                if len(c) < 14 or c[8] != 'SY':
                    continue
                names = [c[3]] + [a for a in c[5].split('|') if re.search('[\u0600-\u06ff]', a)]
                others.append((c[0], {norm_ar(x) for x in names if x}, float(c[6]), float(c[7])))
    vreport = []
    vseen = []
    for n, c in vrows:
        rid, kind, a1, a2, a3 = c[0], c[1], c[9], c[10], c[11]
        where = '%s:%d %s' % (vil_path, n, rid)
        if rid in ids:
            errors.append('%s id collides with curated-syria.tsv' % where)
        if c[13] != 'curated':
            errors.append('%s source must be curated' % where)
        if not a2:
            errors.append('%s admin2 missing' % where)
        elif (a1, a2) not in admin2:
            errors.append('%s admin2 %r (%s) has no admin2 row' % (where, a2, a1))
        if a3 and (a1, a2, a3) not in admin3:
            errors.append('%s admin3 %r (%s/%s) has no admin3 row' % (where, a3, a1, a2))
        try:
            la, lo = float(c[6]), float(c[7])
        except ValueError:
            continue
        line = '%-52s %-8s' % (rid, kind)
        ref = VILLAGE_REFS.get(rid)
        if ref is None:
            flags.append('%s: no reference place in VILLAGE_REFS' % rid)
            line += ' ref: NONE  FLAG'
        else:
            rc = coord_of(ref[0])
            if rc is None:
                errors.append('%s: reference %s not found' % (rid, ref[0]))
                line += ' ref %s missing ERROR' % ref[0]
            else:
                d = hav(la, lo, rc[1], rc[2])
                ok = d <= ref[1]
                line += ' ref %-24s %5.1f km (tol %g)%s' % (rc[0][:24], d, ref[1], '' if ok else '  FLAG')
                if not ok:
                    flags.append('%s: %.1f km from reference %s, tolerance %g km' % (rid, d, rc[0], ref[1]))
            if ref[1] > VILLAGE_MAX_TOL:
                flags.append('%s: tolerance %g km exceeds %d km' % (rid, ref[1], VILLAGE_MAX_TOL))
        if a1 in GOV_BOX:
            b = GOV_BOX[a1]
            if not (b[0] <= la <= b[1] and b[2] <= lo <= b[3]):
                flags.append('%s: outside rough box of %s' % (rid, a1))
                line += '  [outside %s box] FLAG' % a1
        ns = min(sub_seats, key=lambda s: hav(la, lo, s[1], s[2]))
        nd = hav(la, lo, ns[1], ns[2])
        line += ' | seat %s %.1f km' % (ns[0], nd)
        if ns[3] != a1:
            own = [hav(la, lo, s[1], s[2]) for s in sub_seats if s[3] == a1]
            od = min(own) if own else float('inf')
            if od > VILLAGE_GOV_KM:
                flags.append('%s: nearest sub-district seat %s is in %s and no %s seat within %d km (%.1f)'
                             % (rid, ns[0], ns[3], a1, VILLAGE_GOV_KM, od))
                line += '  [gov %s] FLAG' % ns[3]
            else:
                warns.append('%s: nearest sub-district seat %s is in %s (own seat %.1f km)' % (rid, ns[0], ns[3], od))
        if polys:
            g = gov_of(la, lo, polys)
            if g is not None and g != a1:
                warns.append('%s: point lies in %s polygon, row says %s' % (rid, g, a1))
                line += '  [polygon: %s]' % g
        key = norm_ar(c[3])
        for oid, keys, ola, olo in others:
            if key in keys:
                d = hav(la, lo, ola, olo)
                if d <= VILLAGE_DUP_KM:
                    flags.append('%s: duplicate of %s (%s, %.1f km)' % (rid, oid, c[3], d))
                    line += '  [dup %s] FLAG' % oid
        for oid, okey, ola, olo in vseen:
            if okey == key and hav(la, lo, ola, olo) <= VILLAGE_DUP_KM:
                flags.append('%s: duplicate of %s in the same file' % (rid, oid))
        vseen.append((rid, key, la, lo))
        vreport.append(line)
    for rid in VILLAGE_REFS:
        if rid not in {c[0] for _, c in vrows}:
            warns.append('VILLAGE_REFS entry %s has no row' % rid)

    # roads
    if os.path.exists(road_path):
        rrows = read_tsv(road_path, 15, errors)
        check_common(road_path, rrows, errors, {'road'})
        for n, c in rrows:
            where = '%s:%d %s' % (road_path, n, c[0])
            if c[10] and (c[9], c[10]) not in admin2:
                errors.append('%s admin2 %r has no admin2 row' % (where, c[10]))
            pts = []
            for p in c[14].split(';'):
                m = re.fullmatch(r'(-?\d+\.\d{5}),(-?\d+\.\d{5})', p)
                if not m:
                    errors.append('%s bad line point %r' % (where, p))
                    continue
                la, lo = float(m.group(1)), float(m.group(2))
                if not (BBOX[0] <= la <= BBOX[1] and BBOX[2] <= lo <= BBOX[3]):
                    errors.append('%s line point outside Syria bbox %r' % (where, p))
                pts.append((la, lo))
            if len(pts) < 2:
                errors.append('%s line needs at least 2 points' % where)
                continue
            mid = (float(c[6]), float(c[7]))
            dmin = min(hav(mid[0], mid[1], a, b) for a, b in pts)
            seg = max(hav(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1]) for i in range(len(pts) - 1))
            if dmin > seg:
                errors.append('%s midpoint is not near its line' % where)
            total = sum(hav(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1]) for i in range(len(pts) - 1))
            report.append('%-58s road  %d points, %.0f km' % (c[0], len(pts), total))
        nroads = len(rrows)
    else:
        errors.append('%s missing' % road_path)
        nroads = 0

    if not quiet:
        print('== distance report for curated coordinates ==')
        for line in report:
            print(line)
        print('== distance report for villages-syria.tsv ==')
        for line in vreport:
            print(line)
    kinds = {}
    for _, c in rows:
        kinds[c[1]] = kinds.get(c[1], 0) + 1
    src = {}
    for _, c in rows:
        s = c[13].split(':')[0]
        src[s] = src.get(s, 0) + 1
    print('== summary ==')
    print('curated-syria.tsv rows: %d  %s' % (len(rows), ' '.join('%s=%d' % kv for kv in sorted(kinds.items()))))
    vk = {}
    for _, c in vrows:
        vk[c[1]] = vk.get(c[1], 0) + 1
    vg = {}
    for _, c in vrows:
        vg[c[9]] = vg.get(c[9], 0) + 1
    print('villages-syria.tsv rows: %d  %s' % (len(vrows), ' '.join('%s=%d' % kv for kv in sorted(vk.items()))))
    print('villages by governorate: %s' % ' '.join('%s=%d' % kv for kv in sorted(vg.items())))
    print('sources: %s; GeoNames anchors: %d; roads: %d' % (' '.join('%s=%d' % kv for kv in sorted(src.items())), len(anchors), nroads))
    for w in warns:
        print('WARN', w)
    for fl in flags:
        print('FLAG', fl)
    for e in errors:
        print('ERROR', e)
    print('%d errors, %d flags, %d warnings' % (len(errors), len(flags), len(warns)))
    return 1 if errors or flags else 0


if __name__ == '__main__':
    sys.exit(main())
