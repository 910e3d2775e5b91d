#!/bin/sh
# Makes geonames.txt again from Debian's libgeonames packages (GeoNames data,
# CC BY 4.0) and iso-codes; see internal/actor/internal/mkgeo. Run from the
# repository root as root (apt-get) on Debian 12.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v gresource >/dev/null || apt-get install -y -q libglib2.0-bin
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || apt-get install -y -q iso-codes
(cd "$tmp" && apt-get download libgeonames-common=0.3.0-1 libgeonames0=0.3.0-1)
for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/root"; done
gresource extract "$tmp"/root/usr/lib/*/libgeonames.so.0.3.0 \
	/com/lomiri/geonames/cities.compiled >"$tmp/cities.compiled"
go run ./internal/actor/internal/mkgeo \
	-mo "$tmp/root/usr/share/locale/ar/LC_MESSAGES/geonames.mo" \
	-cities "$tmp/cities.compiled" \
	-iso /usr/share/iso-codes/json/iso_3166-1.json \
	-out internal/actor/data/geonames.txt
