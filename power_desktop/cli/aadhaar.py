"""`power-desktop aadhaar-qr`: what an Aadhaar Secure QR code holds, and whether UIDAI signed it.

Only the last four digits of the Aadhaar number are in a code, and only they are printed; the
photo is never printed, only its size. Exit codes: 0 read (signature verified or not
verifiable with this program's certificates), 1 read but its signature is invalid (altered),
2 not an Aadhaar QR code this program can read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from power_desktop.core.validate import mask_aadhaar
from power_desktop.services import Services
from power_desktop.services.aadhaar_qr import QrNotRead

_LABELS = (("name", "Name"), ("dob", "Date of birth"), ("gender", "Gender"),
           ("care_of", "Care of"), ("house", "House"), ("street", "Street"),
           ("landmark", "Landmark"), ("location", "Location"), ("vtc", "Village/town/city"),
           ("post_office", "Post office"), ("sub_district", "Sub-district"),
           ("district", "District"), ("state", "State"), ("pin", "PIN code"),
           ("mobile_last4", "Mobile (last 4)"))


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("aadhaar-qr", help="decode an Aadhaar Secure QR code as a scanner types "
                                          "it, and check UIDAI's signature",
                       description="Decode the digits a 2D scanner types for an Aadhaar "
                       "Secure QR code. Prints the fields, the last four digits of the Aadhaar "
                       "number and the signature verdict; never the photo.")
    p.add_argument("file", nargs="?", default="-", metavar="FILE",
                   help="a file holding the digits, or - (the default) for standard input")
    p.add_argument("--json", action="store_true", help="print JSON")


def cmd_aadhaar_qr(services: Services, args: argparse.Namespace) -> int:
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    where = "standard input" if args.file == "-" else args.file
    try:
        qr = services.aadhaar_qr.read(raw.decode("latin-1"))
    except QrNotRead as refusal:
        print(f"error: {where}: {refusal}", file=sys.stderr)
        return 2
    code = 1 if qr.signature.verdict == "invalid" else 0
    if args.json:
        print(json.dumps(qr.to_json(), ensure_ascii=False, indent=2))
        return code
    print(f"Aadhaar Secure QR, version {qr.version}")
    print(f"  {'Signature':<18} {qr.signature.describe()}")
    print(f"  {'Aadhaar':<18} {mask_aadhaar(qr.reference_last4)}")
    for key, label in _LABELS:
        value = getattr(qr, key)
        if value:
            print(f"  {label:<18} {value}")
    if qr.reference_time:
        print(f"  {'Code made':<18} {qr.reference_time:%d/%m/%Y %H:%M}")
    registered = [w for w, yes in (("email", qr.has_email), ("mobile", qr.has_mobile)) if yes]
    print(f"  {'Registered':<18} {', '.join(registered) or 'no email or mobile'}")
    print(f"  {'Photo':<18} JPEG 2000, {len(qr.photo):,} bytes (not shown)")
    return code
