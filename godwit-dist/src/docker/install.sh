#!/bin/sh
# Installs a Godwit distribution archive: unpacks ARCHIVE (godwit-VERSION.tar.gz) into PREFIX, points
# PREFIX/godwit at it, and runs it once so that its class-data-sharing archive is recorded in its
# lib/ folder now, while that folder is writable (the image's user cannot write there later).
# Used by the Dockerfile beside it at image build time; the distribution's tests run it as well.
#   sh install.sh godwit-VERSION.tar.gz /opt
set -eu
archive=$1
prefix=$2
name=$(basename "$archive" .tar.gz)
mkdir -p "$prefix"
tar -xzf "$archive" -C "$prefix"
[ -x "$prefix/$name/bin/godwit" ] || { echo "install.sh: $archive holds no $name/bin/godwit" >&2; exit 1; }
ln -sfn "$name" "$prefix/godwit"
"$prefix/godwit/bin/godwit" --version
# The first run above recorded lib/godwit-VERSION-*.jsa. A runtime shipped without its default
# class-data-sharing archive cannot record one on top of it: make that one (-Xshare:dump) and try
# again. Fail the image build if there is still none.
if ! ls "$prefix/$name"/lib/godwit-*.jsa >/dev/null 2>&1; then
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xshare:dump >/dev/null 2>&1 || :
  "$prefix/godwit/bin/godwit" --version >/dev/null
fi
ls "$prefix/$name"/lib/godwit-*.jsa >/dev/null
