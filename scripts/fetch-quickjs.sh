#!/usr/bin/env bash
# Fetches the QuickJS 2025-04-26 release from Debian's `quickjs` source package and unpacks it
# into third_party/quickjs (git-ignored). The mirror is taken from this machine's own apt
# configuration; /etc/apt is never modified. QUICKJS_TARBALL=/path/to.tar.xz skips the download.
# Our fixes to the engine live in patches/quickjs/*.patch and are applied in name order after
# unpacking; the stamp covers the tarball and the patches, so changing a patch re-unpacks.
set -euo pipefail

readonly VERSION=2025.04.26
readonly SHA256=ec81da5b3249ed648dbc7df4a1654988910e66a118d9b71cb63534216efcfbbe
readonly TARBALL_NAME="quickjs_${VERSION}.orig.tar.xz"

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/third_party/quickjs"
cache="$root/third_party/cache"

die() { echo "fetch-quickjs: $*" >&2; exit 1; }

patches=("$root"/patches/quickjs/*.patch)
[ -e "${patches[0]}" ] || patches=()
stamp=$( { echo "$SHA256"; for p in "${patches[@]}"; do basename "$p"; cat "$p"; done; } | sha256sum | cut -d' ' -f1)
if [ -f "$dest/.stamp" ] && [ "$(cat "$dest/.stamp")" = "$stamp" ] && [ -f "$dest/quickjs.c" ]; then
  exit 0
fi

# The first archive URI of the machine's apt sources that serves the main Debian suite.
apt_mirror() {
  local uri=""
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    uri=$(awk '
      /^Types:/ { types=$0 }
      /^URIs:/  { uris=$2 }
      /^Suites:/ { suites=$0 }
      /^$/ { if (types ~ /deb/ && suites !~ /security/ && uris != "") { print uris; exit } types=""; uris=""; suites="" }
      END { if (types ~ /deb/ && suites !~ /security/ && uris != "") print uris }' "$f" | head -n1)
    [ -n "$uri" ] && { echo "$uri"; return; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    uri=$(awk '$1 ~ /^deb(-src)?$/ && $0 !~ /security/ {
             for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' "$f" | head -n1)
    [ -n "$uri" ] && { echo "$uri"; return; }
  done
}

tarball="${QUICKJS_TARBALL:-}"
if [ -z "$tarball" ]; then
  mkdir -p "$cache"
  tarball="$cache/$TARBALL_NAME"
  if [ ! -f "$tarball" ] || ! echo "$SHA256  $tarball" | sha256sum -c --status; then
    mirror=$(apt_mirror)
    [ -n "$mirror" ] || die "no Debian mirror found in /etc/apt/sources.list{,.d}; set QUICKJS_TARBALL=/path/to/$TARBALL_NAME"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$work/lists/partial" "$work/archives/partial"
    keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    opt=""
    [ -f "$keyring" ] && opt="[signed-by=$keyring]"
    echo "deb-src $opt $mirror trixie main" > "$work/sources.list"
    aptopts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=-"
             -o "Dir::State::Lists=$work/lists" -o "Dir::Cache::archives=$work/archives"
             -o "APT::Sandbox::User=root")
    echo "fetch-quickjs: downloading Debian source package quickjs ($VERSION) from the trixie suite of $mirror"
    apt-get "${aptopts[@]}" -qq update || die "apt-get update of the temporary source list failed"
    (cd "$work" && apt-get "${aptopts[@]}" -qq source --download-only "quickjs=${VERSION}-1") \
      || die "apt-get source quickjs failed"
    [ -f "$work/$TARBALL_NAME" ] || die "the source package did not contain $TARBALL_NAME"
    mv "$work/$TARBALL_NAME" "$tarball"
  fi
fi

[ -f "$tarball" ] || die "no such file: $tarball"
echo "$SHA256  $tarball" | sha256sum -c --status \
  || die "SHA-256 mismatch for $tarball (expected $SHA256, got $(sha256sum "$tarball" | cut -d' ' -f1))"

rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
tar -xJf "$tarball" -C "$dest.tmp" --strip-components=1
for p in "${patches[@]}"; do
  patch -d "$dest.tmp" -p1 --forward --quiet < "$p" || die "patch $(basename "$p") does not apply"
done
echo "$stamp" > "$dest.tmp/.stamp"
rm -rf "$dest" && mv "$dest.tmp" "$dest"
echo "fetch-quickjs: QuickJS $VERSION verified, unpacked in third_party/quickjs, ${#patches[@]} patch(es) applied"
