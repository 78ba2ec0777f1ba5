#!/usr/bin/env bash
# Puts the Japanese fonts that documents/ embeds in every PDF on the backend classpath (fonts/), with their licence.
# BIZ UDMincho and BIZ UDGothic (Morisawa, SIL Open Font License 1.1) cover JIS X 0208 and every CP932 extra
# (髙 﨑 ① ㈱ …). They are not on Maven Central; the npm registry publishes Google Fonts' TTF files as
# @expo-google-fonts/* packages, so the machine's npm fetches them (as frontend/tools/package-node.sh does for Node)
# and each file is checked against the checksum pinned below.
# Usage: fetch-fonts.sh <output dir>
set -euo pipefail

out="${1:?output directory, e.g. target/classes/fonts}"

# package@version | file inside the package | name on the classpath | sha256 of the font file
fonts=(
  "@expo-google-fonts/biz-udmincho@0.4.0|400Regular/BIZUDMincho_400Regular.ttf|BIZUDMincho-Regular|21717378e2af006ddf1cc899fe36c7158179b52947e4be71e3e9695eaf5f16db"
  "@expo-google-fonts/biz-udgothic@0.4.0|400Regular/BIZUDGothic_400Regular.ttf|BIZUDGothic-Regular|e267830408f04daf92858d89477f2df8539c05ee4fe597d13ffdcaa7565b519e"
)

sha256() { sha256sum "$1" | cut -d' ' -f1; }

mkdir -p "${out}"
for entry in "${fonts[@]}"; do
  IFS='|' read -r package member name expected <<<"${entry}"
  target="${out}/${name}.ttf"
  if [[ -s "${target}" && "$(sha256 "${target}")" == "${expected}" && -s "${out}/${name}-OFL.txt" ]]; then
    continue
  fi
  command -v npm >/dev/null || { echo "fetch-fonts: npm is needed on PATH to fetch ${package}" >&2; exit 1; }
  work="$(mktemp -d)"
  (cd "${work}" && npm pack --silent "${package}" >/dev/null)
  tar -xzf "${work}"/*.tgz -C "${work}" "package/${member}" package/LICENSE_FONT
  actual="$(sha256 "${work}/package/${member}")"
  if [[ "${actual}" != "${expected}" ]]; then
    rm -rf "${work}"
    echo "fetch-fonts: ${package} ${member} has sha256 ${actual}, expected ${expected}" >&2
    exit 1
  fi
  mv "${work}/package/${member}" "${target}"
  mv "${work}/package/LICENSE_FONT" "${out}/${name}-OFL.txt"
  touch "${target}" "${out}/${name}-OFL.txt"
  rm -rf "${work}"
  echo "fetch-fonts: ${name}.ttf from ${package}"
done
