# expect: {"success": true, "output": {"readable": [], "listable": []}}
# options: {}
# host: {"secretFile": true}
# None of the usual places is readable or listable: /etc, /root, /home, /proc (other processes and our own), /tmp, the test's dir.
import os
readable, listable = [], []
for p in ["/etc/passwd", "/etc/shadow", "/etc/hostname", "/proc/1/environ", "/proc/self/environ", "/proc/self/maps",
          "/root/.bashrc", "{{SECRET_FILE}}", "/sys/kernel/notes", "/var/log/dpkg.log"]:
    try:
        with open(p, "rb") as f:
            f.read(1)
        readable.append(p)
    except OSError:
        pass
for d in ["/", "/etc", "/root", "/home", "/tmp", "/proc", "/work", os.path.dirname("{{SECRET_FILE}}")]:
    try:
        os.listdir(d)
        listable.append(d)
    except OSError:
        pass
{"readable": readable, "listable": listable}
