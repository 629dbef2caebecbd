#!/usr/bin/env bash
# Vendors FollowTheMoney's published model (every schema, property and type) as
# src/main/resources/org/scamkg/ftm/model.json, from the npm registry's package of the
# FollowTheMoney project. Run by hand to move to a newer release: set VERSION, run this script,
# then update MODEL_VERSION and MODEL_SHA256 in FtmModelTest (which checks that the vendored file
# is the release named here) and run mvn verify.
set -euo pipefail
VERSION=4.5.2
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@opensanctions/followthemoney@$VERSION" >/dev/null && tar xzf ./*.tgz)
cp "$work/package/dist/defaultModel.json" "$home/src/main/resources/org/scamkg/ftm/model.json"
echo "model.json: @opensanctions/followthemoney $VERSION, sha256 $(sha256sum "$home/src/main/resources/org/scamkg/ftm/model.json" | cut -d' ' -f1)"
