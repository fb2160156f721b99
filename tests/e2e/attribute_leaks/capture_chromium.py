#!/usr/bin/env python3
# A stand-in for Chromium for the placement leak test: it speaks just enough
# of the DevTools pipe protocol (NUL-terminated JSON on fds 3 and 4) for
# charterc's PDF stage, appends every page it is given to print
# (Page.setDocumentContent) to $CAPTURE_FILE, and returns a one-page PDF.
import base64, json, os

PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""
RESULTS = {
    "Target.createTarget": {"targetId": "page"},
    "Target.attachToTarget": {"sessionId": "session"},
    "Page.printToPDF": {"data": base64.b64encode(PDF).decode()},
}

pending = b""
while True:
    chunk = os.read(3, 65536)
    if not chunk:
        break
    pending += chunk
    while b"\0" in pending:
        message, pending = pending.split(b"\0", 1)
        command = json.loads(message)
        if command["method"] == "Page.setDocumentContent":
            with open(os.environ["CAPTURE_FILE"], "a", encoding="utf-8") as capture:
                capture.write(command["params"]["html"] + "\n")
        reply = {"id": command["id"], "result": RESULTS.get(command["method"], {})}
        os.write(4, json.dumps(reply).encode() + b"\0")
        if command["method"] == "Browser.close":
            raise SystemExit(0)
