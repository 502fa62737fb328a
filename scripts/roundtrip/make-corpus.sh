#!/usr/bin/env bash
# Regenerates the round-trip corpus in test/roundtrip/fixtures/ (see test/roundtrip/README.md).
# Files made by OTHER programs than this project's writer: openpyxl, LibreOffice (UNO, headless) and
# zipfile-level XML edits. Needs: node (run `npm run build:cli` first), /usr/bin/python3 with openpyxl
# and python3-uno, soffice. The register itself comes from this project's `init`; everything after
# that is foreign.
#
#   scripts/roundtrip/make-corpus.sh [OUT_DIR]      (default: test/roundtrip/fixtures)
#   SO_THI_DUA_CLI=/path/to/bin/so-thi-dua.js scripts/roundtrip/make-corpus.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/scripts/roundtrip"
OUT="${1:-$ROOT/test/roundtrip/fixtures}"
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the tree
PY=/usr/bin/python3 # the Debian Python: openpyxl + uno (the pyenv python3 on PATH has neither)
WORK="$(mktemp -d /tmp/stđ-corpus-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

"$PY" -c 'import openpyxl, uno' || { echo "need /usr/bin/python3 with openpyxl and python3-uno" >&2; exit 2; }
command -v soffice >/dev/null || { echo "need LibreOffice (soffice)" >&2; exit 2; }

# SO_THI_DUA_CLI=…/bin/so-thi-dua.js makes the base register with another build (e.g. a released one).
cli() { node "${SO_THI_DUA_CLI:-$ROOT/bin/so-thi-dua.js}" "$@"; }

# 1. A fresh register, plus one candidate in `TC Cá nhân` whose name is a nomination row without a
#    score (so `criteria link` has something to link).
cli init "$WORK/base.xlsx" --year 2026 --unit "UBND phường Kiến Hưng"
cli criteria add-candidates "$WORK/base.xlsx" --sheet "TC Cá nhân" "Nguyễn Thị Lan"

# 2. openpyxl: fill nominations by label (base-filled.xlsx), then the two openpyxl fixtures.
(cd "$HERE" && "$PY" make_openpyxl.py "$WORK/base.xlsx" "$WORK" "$OUT")

# 3. LibreOffice (UNO, own profile): chart, picture, comment, protection; saved as Excel 2007 XML.
(cd "$HERE" && "$PY" -c 'import sys; from corpus_common import tiny_png; open(sys.argv[1], "wb").write(tiny_png())' "$WORK/picture.png")
(cd "$HERE" && "$PY" make_libreoffice.py "$WORK/base-filled.xlsx" "$OUT/libreoffice-features.xlsx" "$WORK/picture.png")

# 4. zipfile-level edits: x14 extensions and friends; a macro-enabled package.
(cd "$HERE" && "$PY" make_raw.py raw-x14 "$WORK/base-filled.xlsx" "$OUT/raw-x14.xlsx")
(cd "$HERE" && "$PY" make_raw.py macro "$WORK/base.xlsx" "$OUT/macro.xlsm")

# 5. Pin zip timestamps and document dates, so a regeneration only differs where the content does.
(cd "$HERE" && "$PY" pin_zip.py "$OUT/openpyxl-features.xlsx" "$OUT/openpyxl-1904.xlsx" \
  "$OUT/libreoffice-features.xlsx" "$OUT/raw-x14.xlsx" "$OUT/macro.xlsm")

# 6. The CSV for `criteria import`.
cat >"$OUT/tc-moi.csv" <<'CSV'
Mã,Nội dung tiêu chí,Loại dòng,Điểm chuẩn
I,"Thực hiện nhiệm vụ chuyên môn",Nhóm,60
1.1,"Hoàn thành chỉ tiêu, kế hoạch năm",Tiêu chí,40
1.2,"Chất lượng, tiến độ công việc",Tiêu chí,20
II,"Ý thức, tác phong",Nhóm,40
2.1,"Chấp hành nội quy, kỷ luật lao động",Tiêu chí,25
2.2,"Tinh thần phối hợp, hỗ trợ đồng nghiệp",Tiêu chí,15
C1,Được biểu dương trong năm,Điểm cộng,5
T1,Vi phạm nội quy bị nhắc nhở,Điểm trừ,5
ĐK1,"Không bị kỷ luật trong năm",Điều kiện,
CSV

ls -l "$OUT"
