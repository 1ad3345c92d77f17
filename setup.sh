#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages, as root), builds, and then:
#   ./setup.sh run      starts Sen CRM on the default database (demo data on first start)
#   ./setup.sh test     runs every test (what CI runs)
#   ./setup.sh bench    runs the benchmarks on 1,000,000 demo leads (a few minutes, ~1.5 GB of disk)
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6
    catch2 libphonenumber-dev libicu-dev libsqlite3-dev
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

mode=${1:-run}
build_dir=${SENCRM_BUILD_DIR:-build}
werror=OFF
[ "$mode" = test ] && werror=ON
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSENCRM_WERROR=$werror
cmake --build "$build_dir"

case "$mode" in
run)
    shift || true
    exec "$build_dir/app/sencrm" "$@"
    ;;
test)
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" --timeout 600
    ;;
bench)
    # The core benchmark builds a 1M-lead database that the GUI benchmark then opens.
    bench_dir=$(mktemp -d)
    trap 'rm -rf "$bench_dir"' EXIT
    "$build_dir/tests/bench/sencrm_bench" --db "$bench_dir/bench.db" "${@:2}"
    "$build_dir/tests/bench/sencrm_gui_bench" --db "$bench_dir/bench.db"
    ;;
*)
    echo "usage: $0 run|test|bench" >&2
    exit 1
    ;;
esac
