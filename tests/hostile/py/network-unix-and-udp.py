# expect: {"success": true, "output": {"opened": []}}
# options: {}
# No socket of any family can be created (UNIX, abstract UNIX, UDP, raw, netlink), nor a
# datagram socketpair.
import socket
opened = []
for fam, typ in [(socket.AF_UNIX, socket.SOCK_STREAM), (socket.AF_INET, socket.SOCK_DGRAM),
                 (socket.AF_INET6, socket.SOCK_STREAM), (socket.AF_NETLINK, socket.SOCK_RAW),
                 (socket.AF_INET, socket.SOCK_RAW)]:
    try:
        socket.socket(fam, typ).close()
        opened.append(str(fam))
    except OSError:
        pass
try:
    socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)  # could be sent to a named socket
    opened.append("socketpair(SOCK_DGRAM)")
except OSError:
    pass
# A connected stream pair (asyncio's wake-up channel) is allowed: it reaches only itself, and
# cannot be pointed at another socket.
a, b = socket.socketpair()
a.sendall(b"ping")
assert b.recv(4) == b"ping"
for target in ("/run/systemd/notify", "\0abstract"):
    try:
        a.sendto(b"x", target)
        opened.append("sendto " + target)
    except OSError:
        pass
{"opened": opened}
