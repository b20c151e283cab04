"""Errors a service raises; each carries a message an operator can act on."""

from __future__ import annotations

from power_desktop.core.messages import Problem


class ServiceError(Exception):
    """Something the user asked for cannot be done; str() says why in plain words (English,
    for the command line and the log) and `say("hi")` in Hindi, for the window in Hindi."""

    def __init__(self, message: str, hi: str | None = None) -> None:
        super().__init__(message)
        self.hi = hi

    def say(self, lang: str) -> str:
        return self.hi if lang == "hi" and self.hi else str(self)


class NotSetUp(ServiceError):
    def __init__(self) -> None:
        super().__init__("This laptop has no camp set up yet. Run the camp set-up first "
                         "(power-desktop init ...).",
                         hi="इस लैपटॉप पर अभी कोई कैंप सेट नहीं है। पहले कैंप सेट करें।")


class NotFound(ServiceError):
    pass


def no_family(family_id: str) -> NotFound:
    return NotFound(f"No family with ID {family_id} on this laptop.",
                    hi=f"इस लैपटॉप पर {family_id} ID का कोई परिवार नहीं है।")


class StaleRecord(ServiceError):
    """Someone saved the record after it was opened here; reopen it to see their change."""


class InvalidFamily(ServiceError):
    """The family has errors, or warnings nobody confirmed; nothing was saved."""

    def __init__(self, problems: list[Problem], needs_confirmation: bool = False) -> None:
        self.problems = problems
        self.needs_confirmation = needs_confirmation
        head = ("Please confirm these before saving" if needs_confirmation
                else "The family was not saved")
        head_hi = ("सहेजने से पहले इनकी पुष्टि करें" if needs_confirmation
                   else "परिवार सहेजा नहीं गया")
        super().__init__(
            head + ":\n" + "\n".join(f"  - {p.describe()}" for p in problems),
            hi=head_hi + ":\n" + "\n".join(f"  - {p.describe('hi')}" for p in problems))


class NotLoggedIn(ServiceError):
    def __init__(self) -> None:
        super().__init__("Nobody is logged in. Log in with your name and password first.",
                         hi="कोई लॉग इन नहीं है। पहले अपने नाम और पासवर्ड से लॉग इन करें।")


class NotAllowed(ServiceError):
    """The logged-in person's role does not allow this action."""


class LoginFailed(ServiceError):
    """Wrong name or password, a disabled account, or one locked after too many tries."""


class StorageProblem(ServiceError):
    """The database could not be written (full disk, read-only, removed drive); rolled back."""


class ServerUnreachable(ServiceError):
    """The camp server (PostgreSQL) does not answer, or refuses this laptop."""

    def __init__(self, where: str, why: str, unsure: bool = False) -> None:
        self.where, self.why = where, why
        done = ("The connection broke while the change was being committed: once the server "
                "is back, look for it (Families) before doing it again." if unsure
                else "Nothing was changed.")
        done_hi = ("बदलाव पक्का होते समय संपर्क टूट गया: सर्वर लौटने पर उसे दोबारा करने से "
                   "पहले देखें कि वह हुआ या नहीं (परिवार)।" if unsure else "कुछ नहीं बदला गया।")
        from power_desktop.store.db import REFUSALS
        if why in REFUSALS:  # it answers, and says no: no cable to check
            super().__init__(
                f"The camp server {where} refuses this laptop ({why}). {done} Ask the camp "
                "supervisor: this laptop may have been shut out on the server, or its "
                "password changed there. Meanwhile work on this laptop's own database (in the "
                "window: Camp > Work on this laptop's own database; on the command line: "
                "--database local), and send what was registered with `power-desktop sync` "
                "once it is let in.",
                hi=f"कैंप सर्वर {where} इस लैपटॉप को मना कर रहा है ({why})। {done_hi} कैंप "
                   "सुपरवाइज़र से पूछें: हो सकता है सर्वर पर इस लैपटॉप की पहुँच बंद की गई हो या "
                   "वहाँ उसका पासवर्ड बदला गया हो। तब तक इस लैपटॉप का अपना डेटाबेस इस्तेमाल "
                   "करें (विंडो में: कैंप > इस लैपटॉप के अपने डेटाबेस पर काम करें; कमांड लाइन "
                   "पर: --database local), और पहुँच मिलने पर दर्ज किया गया `power-desktop "
                   "sync` से भेजें।")
            return
        super().__init__(
            f"The camp server {where} cannot be reached ({why}). {done} Check "
            "the LAN cable or Wi-Fi and that the server laptop is on. To go on registering "
            "without it, work on this laptop's own database (in the window: Camp > Work on "
            "this laptop's own database; on the command line: --database local), and send "
            "what was registered with `power-desktop sync` when the server is back.",
            hi=f"कैंप सर्वर {where} से संपर्क नहीं हो पा रहा ({why})। {done_hi} LAN "
               "केबल या वाई-फ़ाई और सर्वर लैपटॉप चालू है या नहीं, जाँचें। इसके बिना पंजीकरण "
               "जारी रखने के लिए इस लैपटॉप का अपना डेटाबेस इस्तेमाल करें (विंडो में: "
               "कैंप > इस लैपटॉप के अपने डेटाबेस पर काम करें; कमांड लाइन पर: --database "
               "local), और सर्वर लौटने पर दर्ज किया गया `power-desktop sync` से भेजें।")


class OtherVersion(ServiceError):
    """The database was made or upgraded by another PoWER Desktop (a newer one, as a rule)."""

    def __init__(self, found: str | None, known: str, where: str | None = None,
                 saving: bool = False) -> None:
        self.found = found
        what_en = f"The database {where}" if where else "The camp server's database"
        what_hi = f"डेटाबेस {where}" if where else "कैंप सर्वर का डेटाबेस"
        done_en = "This change was not saved; everything saved before is safe." if saving \
            else "Nothing was changed."
        done_hi = "यह बदलाव सहेजा नहीं गया; पहले सहेजा गया सब सुरक्षित है।" if saving \
            else "कुछ नहीं बदला गया।"
        super().__init__(
            f"{what_en} was set up by another PoWER Desktop, most likely a newer one (schema "
            f"{found}; this laptop's program has schema {known}). {done_en} Install on this "
            "laptop the PoWER Desktop that set it up (on a camp server: the one the other "
            "laptops have), then start it again.",
            hi=f"{what_hi} किसी दूसरे, शायद नए PoWER Desktop ने बनाया है (स्कीमा {found}; इस "
               f"लैपटॉप के प्रोग्राम का स्कीमा {known})। {done_hi} इस लैपटॉप पर वही PoWER "
               "Desktop लगाएँ जिसने इसे बनाया (कैंप सर्वर पर: जो दूसरे लैपटॉप पर है), फिर इसे "
               "दोबारा खोलें।")
