"""Which addresses newsdesk may connect to: the SSRF guard used by the HTTP client.

Feed and page URLs are chosen by strangers. Loopback, private, link-local, multicast,
reserved and unspecified addresses — also when embedded in IPv4-mapped, NAT64, 6to4 or
Teredo IPv6 addresses, or spelled oddly (``0x7f000001``, ``127.1``) — are refused unless
the user allows private networks or lists a host name, address or network.
`GuardedBackend` resolves names itself and checks the address actually connected to, so
a DNS answer that changes between check and connect (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote, urlsplit

import httpcore
import httpx

from newsdesk.errors import BlockedAddress, BlockedScheme, FetchError
from newsdesk.settings import Settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def is_forbidden_ip(ip: IPAddress) -> bool:
    """True for any address that is not plainly a public unicast one.

    IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64 64:ff9b::/96, 6to4, Teredo)
    are judged by the embedded address too, so ``::ffff:127.0.0.1`` is loopback.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return is_forbidden_ip(ip.ipv4_mapped)
        if ip in _NAT64:
            return is_forbidden_ip(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        embedded = [ip.sixtofour] if ip.sixtofour else list(ip.teredo or ())
        if any(is_forbidden_ip(v4) for v4 in embedded):
            return True
        if ip.is_site_local:
            return True
    return (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address a host string denotes literally, including legacy IPv4 spellings.

    ``inet_aton`` (and so getaddrinfo) accepts hex, octal, and 1–3 part forms such as
    ``0x7f000001``, ``0177.0.0.1``, ``2130706433`` and ``127.1``; we parse them the same way
    so that they are refused before any I/O.
    """
    host = unquote(host).strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    try:
        numbers = [_parse_ipv4_part(p) for p in parts]
    except ValueError:
        return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for index, number in enumerate(head):
        value += number << (8 * (3 - index))
    return ipaddress.IPv4Address(value)


def _parse_ipv4_part(part: str) -> int:
    lowered = part.lower()
    if lowered.startswith("0x"):
        return int(lowered[2:] or "0", 16)
    if len(lowered) > 1 and lowered.startswith("0"):
        return int(lowered, 8)
    if not lowered.isdigit():
        raise ValueError(part)
    return int(lowered)


class AddressPolicy:
    """Decides whether a (host, address) pair may be contacted, from the settings.

    ``allowed_hosts`` entries are host names (matched against the URL's host only) or IP
    addresses / CIDR networks (matched against the address connected to). So allowing
    ``localhost`` does not allow a redirect to ``127.0.0.1``, while allowing ``127.0.0.1``
    allows any name that resolves there.
    """

    def __init__(self, settings: Settings) -> None:
        self.allow_all = bool(settings.allow_private)
        self.names: set[str] = set()
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in settings.allowed_hosts:
            entry = entry.strip().lower().strip("[]").rstrip(".")
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.names.add(entry)

    def permits(self, host: str, ip: IPAddress) -> bool:
        if self.allow_all or not is_forbidden_ip(ip):
            return True
        if host.lower().strip("[]").rstrip(".") in self.names:
            return True
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip in network for network in self.networks)


def check_url(url: str, settings: Settings) -> None:
    """Refuse a URL before any I/O: only http(s), and no forbidden literal address."""
    try:
        parsed = httpx.URL(url)
        scheme, host = parsed.scheme, parsed.host
    except httpx.InvalidURL as exc:
        split = urlsplit(url)
        scheme, host = split.scheme.lower(), split.hostname or ""
        literal = parse_ip_literal(host) if host else None
        if scheme not in ("http", "https") or literal is None:
            raise FetchError(f"invalid URL: {exc}", where=url) from exc
    if scheme not in ("http", "https"):
        raise BlockedScheme(f"scheme {scheme or '(none)'!r} is not fetched", where=url)
    if not host:
        raise FetchError("URL has no host", where=url)
    literal = parse_ip_literal(host)
    if literal is not None and not AddressPolicy(settings).permits(host, literal):
        raise BlockedAddress(f"address {literal} is not public", where=url)


class GuardedBackend(httpcore.NetworkBackend):
    """A sync network backend that connects only to addresses the policy permits.

    It resolves the host itself, skips forbidden addresses, connects by IP and then checks
    the socket's peer address. TLS still uses the host name (httpcore passes it to
    ``start_tls``), so SNI and certificate checks are unaffected.
    """

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        candidates = [ip for ip in _resolve(host, port) if self._policy.permits(host, ip)]
        if not candidates:
            raise BlockedAddress(f"{host} resolves only to refused addresses", where=host)
        failure: Exception | None = None
        for ip in candidates:
            try:
                stream = self._inner.connect_tcp(
                    str(ip), port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            self._verify_peer(host, stream)
            return stream
        raise failure or httpcore.ConnectError(f"cannot connect to {host}")

    def _verify_peer(self, host: str, stream: httpcore.NetworkStream) -> None:
        peer = stream.get_extra_info("server_addr")
        ip = ipaddress.ip_address(str(peer[0]).split("%", 1)[0])
        if not self._policy.permits(host, ip):
            stream.close()
            raise BlockedAddress(f"{host} connected to refused address {ip}", where=host)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    addresses: list[IPAddress] = []
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    return addresses
