# expect: {"success": false, "error": {"name": "PermissionError", "kind": "runtime"}}
# options: {}
# host: {"tcpListener": true}
# No sockets: a TCP connection to a listener the test opened on 127.0.0.1 fails (seccomp, net namespace, Landlock).
import socket
socket.create_connection(("127.0.0.1", {{PORT}}), timeout=1)
