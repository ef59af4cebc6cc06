# Sourced by bin/cluster, bin/cluster-benchmark and bin/test: installs Debian's haproxy when it is missing
# (it lives in /usr/sbin, which a non-root PATH may lack) and sets HAPROXY to the binary, unless HAPROXY names one.
if [ -z "${HAPROXY:-}" ]; then
  HAPROXY=$(command -v haproxy || true)
  [ -z "$HAPROXY" ] && [ -x /usr/sbin/haproxy ] && HAPROXY=/usr/sbin/haproxy
  if [ -z "$HAPROXY" ]; then
    echo "Installing Debian's haproxy ..." >&2
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
    HAPROXY=/usr/sbin/haproxy
  fi
fi
export HAPROXY
