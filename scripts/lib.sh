# Shared by the scripts in this folder (sourced, not run).

# The project's version: the spec's info.version, which every artifact's version follows.
spec_version() {
  sed -nE 's/^  version: *//p' "${1:-$root/openapi/wawp-session.yaml}" | head -1 | tr -d "'\""
}
