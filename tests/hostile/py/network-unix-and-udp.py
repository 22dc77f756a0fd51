# expect: {"success": true, "output": {"opened": []}}
# options: {}
# No socket of any family can be created (UNIX, abstract UNIX, UDP, raw, netlink).
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
    socket.socketpair()
    opened.append("socketpair")
except OSError:
    pass
{"opened": opened}
