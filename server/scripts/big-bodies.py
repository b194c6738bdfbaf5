"""N (default 16) concurrent ~4 MB BIK bodies against a fresh contactkit-server on
loopback; prints the statuses, the time and the server's peak RSS (VmHWM, Linux).

    cargo build --release -p contactkit-server --bin contactkit-server
    python3 server/scripts/big-bodies.py 18080 --max-body-bytes-in-flight 16777216 --body-budget-wait 60
    N=32 BIN=target/release/contactkit-server python3 server/scripts/big-bodies.py 18080

Arguments after the port are passed to the server. Every loop and wait is bounded.
"""
import base64, json, os, socket, subprocess, sys, tempfile, threading, time

BIN = os.environ.get("BIN", "target/release/contactkit-server")
PORT = int(sys.argv[1])
extra = sys.argv[2:]
db = os.path.join(tempfile.gettempdir(), f"big-bodies-{PORT}.db")
for suffix in ("", "-wal", "-shm"):
    try: os.remove(db + suffix)
    except FileNotFoundError: pass
env = dict(os.environ, CONTACTKIT_API_KEYS="PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", CONTACTKIT_BASIC_AUTH="bik:s3cret", RUST_LOG="warn")
server = subprocess.Popen([BIN, "--listen", f"127.0.0.1:{PORT}", "--database", db, *extra], env=env, stderr=subprocess.DEVNULL)
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", PORT)).close(); break
    except OSError: time.sleep(0.05)

def body(i):
    entries, size, n = [], 30, 0
    while True:
        k = i * 100000 + n
        e = json.dumps({"firstName": f"User{k}", "lastName": "Load-Measurement", "email": f"user{k}@example.com", "phoneNumber": f"98{k:08d}",
                        "city": "Kladno-Krocehlavy", "state": "Stredocesky kraj", "country": "Czech Republic", "source": "bigbodies-measurement",
                        "partnerCustomerId": f"partner-{k:012d}", "tags": [f"tag-{t:02d}-measurement" for t in range(8)]}, separators=(",", ":"))
        if size + len(e) + 1 > 4_000_000 or n >= 9_900: break
        entries.append(e); size += len(e) + 1; n += 1
    return ('{"userProperties":[' + ",".join(entries) + "]}").encode()

N = int(os.environ.get("N", "16"))
bodies = [body(i) for i in range(N)]
auth = base64.b64encode(b"bik:s3cret").decode()
results = [None] * N
def send(i):
    s = socket.create_connection(("127.0.0.1", PORT))
    s.sendall((f"POST /integrations/bikPlatformFunctions-createOrUpdateUserProperties HTTP/1.1\r\nhost: x\r\nauthorization: Basic {auth}\r\n"
               f"content-type: application/json\r\ncontent-length: {len(bodies[i])}\r\nconnection: close\r\n\r\n").encode() + bodies[i])
    out = b""
    s.settimeout(300)
    while True:
        chunk = s.recv(65536)
        if not chunk: break
        out += chunk
    results[i] = out.split(b" ", 2)[1].decode() if out else "none"
try:
    start = time.time()
    threads = [threading.Thread(target=send, args=(i,)) for i in range(N)]
    for t in threads: t.start()
    for t in threads: t.join(timeout=600)
    elapsed = time.time() - start
    hwm = [l for l in open(f"/proc/{server.pid}/status") if l.startswith("VmHWM")][0].split()[1]
finally:
    server.terminate()
    server.wait(timeout=30)
    for suffix in ("", "-wal", "-shm"):
        try: os.remove(db + suffix)
        except FileNotFoundError: pass
print(f"{' '.join(extra) or '(defaults)'}: statuses {sorted(set(map(str, results)))} x{N}, body {len(bodies[0])} bytes, {elapsed:.1f} s, peak RSS {int(hwm)/1024:.0f} MiB")
