#!/usr/bin/env bash
# Builds the documentation site with Antora 3 and a bare page layout, and fails on any Antora or Asciidoctor warning
# (broken include or xref, bad AsciiDoc). Needs Node.js and the npm registry; writes docs/target/site/.
# Not part of .ci/run: build-checks' DocsLinksTest checks includes and xrefs in every Maven build without Node.
set -euo pipefail
cd "$(dirname "$0")"

work=target/antora
rm -rf "$work" target/site
mkdir -p "$work/content" "$work/ui/layouts"
npm install --prefix "$work" --no-audit --no-fund --silent antora@3

# Antora reads content from git: a throwaway repository holding the docs as they are in the work tree.
cp -r antora.yml modules "$work/content/"
git -C "$work/content" init -q
git -C "$work/content" add -A
git -C "$work/content" -c user.name=docs -c user.email=docs@localhost commit -qm docs

# The Quarkiverse site brings its own UI; a bare layout is enough to render and check every page.
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{page.title}}</title></head><body>{{{page.contents}}}</body></html>\n' \
    > "$work/ui/layouts/default.hbs"
cp "$work/ui/layouts/default.hbs" "$work/ui/layouts/404.hbs"
jar --create --no-manifest --file "$work/ui.zip" -C "$work/ui" .

cat > "$work/playbook.yml" <<YAML
site:
  title: LVB
content:
  sources:
  - url: ./content
    branches: HEAD
    start_path: .
ui:
  bundle:
    url: ./ui.zip
output:
  dir: ../site
runtime:
  log:
    failure_level: warn
YAML
(cd "$work" && npx --no-install antora --stacktrace playbook.yml)
echo "Site: $(pwd)/target/site/quarkus-lvb/dev/index.html"
