"""Validation messages in English and Hindi, naming the field in words an operator uses.

The core has no Qt, so it cannot use Qt's translator; it carries both languages itself and the
screens, the command line and the printed forms pick one.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Literal

Severity = Literal["error", "warning"]

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "family": ("Family", "परिवार"),
    "members": ("Members", "सदस्य"),
    "mobile": ("Mobile number", "मोबाइल नंबर"),
    "annual_income": ("Annual family income", "परिवार की वार्षिक आय"),
    "social_category": ("Social category", "सामाजिक वर्ग"),
    "minority": ("Minority", "अल्पसंख्यक"),
    "years_in_state": ("Years living in the state", "राज्य में निवास के वर्ष"),
    "ration_card.number": ("Ration card number", "राशन कार्ड नंबर"),
    "ration_card.category": ("Ration card type", "राशन कार्ड का प्रकार"),
    "address.line1": ("Address (house, street)", "पता (मकान, गली)"),
    "address.locality": ("Locality / colony", "मोहल्ला / कॉलोनी"),
    "address.district": ("District", "ज़िला"),
    "address.state": ("State", "राज्य"),
    "address.pin": ("PIN code", "पिन कोड"),
    "name": ("Name", "नाम"),
    "name_hi": ("Name in Hindi", "हिंदी में नाम"),
    "relation": ("Relation to head", "मुखिया से संबंध"),
    "gender": ("Gender", "लिंग"),
    "father_or_husband_name": ("Father's or husband's name", "पिता या पति का नाम"),
    "dob": ("Date of birth", "जन्म तिथि"),
    "age": ("Age", "आयु"),
    "aadhaar": ("Aadhaar number", "आधार नंबर"),
    "marital_status": ("Marital status", "वैवाहिक स्थिति"),
    "occupation": ("Occupation", "व्यवसाय"),
    "construction_days_last_year": (
        "Days of construction work in the last 12 months",
        "पिछले 12 महीनों में निर्माण कार्य के दिन",
    ),
    "disability_percent": ("Disability (%)", "विकलांगता (%)"),
    "income_tax_payer": ("Pays income tax", "आयकर दाता"),
    "pregnant": ("Pregnant", "गर्भवती"),
    "lactating": ("Breastfeeding mother", "धात्री माता"),
    "delivery_date": ("Expected or actual delivery date", "प्रसव की अपेक्षित या वास्तविक तिथि"),
    "school_class": ("School class", "स्कूल की कक्षा"),
    "bank.ifsc": ("Bank IFSC", "बैंक IFSC कोड"),
    "bank.account": ("Bank account number", "बैंक खाता संख्या"),
    "extra": ("Answers to scheme questions", "योजना प्रश्नों के उत्तर"),
    "aadhaar_qr": ("Aadhaar QR code", "आधार QR कोड"),
    "photo_consent": ("Agrees to the photo on forms", "फ़ॉर्म पर फ़ोटो के लिए सहमति"),
}

# code -> (English template, Hindi template); {field} is the field's label, other keys as given.
TEMPLATES: dict[str, tuple[str, str]] = {
    "required": ("{field} is required.", "{field} भरना ज़रूरी है।"),
    "not_a_number": ("{field} must be a whole number.", "{field} एक पूर्ण संख्या होनी चाहिए।"),
    "negative": ("{field} cannot be negative.", "{field} ऋणात्मक नहीं हो सकता।"),
    "too_large": ("{field} cannot be more than {limit}.", "{field} {limit} से अधिक नहीं हो सकता।"),
    "unknown_code": (
        "{field}: '{value}' is not one of the choices ({choices}).",
        "{field}: '{value}' विकल्पों ({choices}) में से नहीं है।",
    ),
    "aadhaar_length": (
        "{field} must have 12 digits (you typed {count}).",
        "{field} में 12 अंक होने चाहिए (आपने {count} लिखे)।",
    ),
    "aadhaar_first_digit": (
        "{field} cannot start with 0 or 1.", "{field} 0 या 1 से शुरू नहीं हो सकता।"
    ),
    "aadhaar_checksum": (
        "{field} is not valid: a digit is mistyped (check digit does not match).",
        "{field} सही नहीं है: कोई अंक गलत लिखा गया है (जाँच अंक मेल नहीं खाता)।",
    ),
    "aadhaar_invalid": (
        "{field} is not a number UIDAI issues. Please check it on the card.",
        "{field} UIDAI द्वारा जारी नंबर नहीं है। कृपया कार्ड पर जाँचें।",
    ),
    "mobile_invalid": (
        "{field} must be 10 digits starting with 6, 7, 8 or 9.",
        "{field} 6, 7, 8 या 9 से शुरू होने वाले 10 अंकों का होना चाहिए।",
    ),
    "pin_invalid": (
        "{field} must be 6 digits and cannot start with 0 or 9.",
        "{field} 6 अंकों का होना चाहिए और 0 या 9 से शुरू नहीं हो सकता।",
    ),
    "pin_not_delhi": (
        "{field} {value} does not start with 110, as Delhi PIN codes do. Please check it.",
        "{field} {value} 110 से शुरू नहीं होता, जैसा दिल्ली के पिन कोड होते हैं। कृपया जाँचें।",
    ),
    "ifsc_invalid": (
        "{field} must be 11 characters: 4 letters, a zero, then 6 letters or digits.",
        "{field} 11 अक्षरों का होना चाहिए: 4 अक्षर, एक शून्य, फिर 6 अक्षर या अंक।",
    ),
    "account_invalid": (
        "{field} must be 9 to 18 digits.", "{field} 9 से 18 अंकों का होना चाहिए।"
    ),
    "date_invalid": (
        "{field} must be a date written as DD/MM/YYYY.",
        "{field} DD/MM/YYYY के रूप में लिखी तारीख होनी चाहिए।",
    ),
    "date_future": ("{field} cannot be in the future.", "{field} भविष्य की नहीं हो सकती।"),
    "age_too_old": (
        "{field} gives an age over 120 years.", "{field} से आयु 120 वर्ष से अधिक बनती है।"
    ),
    "dob_or_age": (
        "Give either the date of birth or the age.", "जन्म तिथि या आयु में से एक दें।"
    ),
    "no_members": ("The family has no members.", "परिवार में कोई सदस्य नहीं है।"),
    "no_head": (
        "One member must be the head of the family.", "एक सदस्य को परिवार का मुखिया होना चाहिए।"
    ),
    "many_heads": (
        "Only one member can be the head of the family ({count} are).",
        "केवल एक सदस्य परिवार का मुखिया हो सकता है ({count} हैं)।",
    ),
    "name_required": ("{field} is required.", "{field} भरना ज़रूरी है।"),
    "duplicate_aadhaar": (
        "{field} is the same as member {other}'s.", "{field} सदस्य {other} के समान है।"
    ),
    "young_spouse": (
        "A spouse aged {age}: please confirm this is right.",
        "{age} वर्ष की आयु का पति/पत्नी: कृपया पुष्टि करें कि यह सही है।",
    ),
    "young_head": (
        "A head of family aged {age}: please confirm this is right.",
        "{age} वर्ष की आयु का मुखिया: कृपया पुष्टि करें कि यह सही है।",
    ),
    "child_older_than_parent": (
        "This {relation} is older than the head of the family: please confirm.",
        "यह {relation} परिवार के मुखिया से बड़ा/बड़ी है: कृपया पुष्टि करें।",
    ),
    "parent_younger_than_head": (
        "This {relation} is not at least 12 years older than the head: please confirm.",
        "यह {relation} मुखिया से कम से कम 12 वर्ष बड़ा/बड़ी नहीं है: कृपया पुष्टि करें।",
    ),
    "pregnant_not_female": (
        "Only a woman can be marked pregnant or breastfeeding.",
        "केवल महिला को गर्भवती या धात्री चिह्नित किया जा सकता है।",
    ),
    "pregnant_age": (
        "A pregnant or breastfeeding woman aged {age}: please confirm.",
        "{age} वर्ष की गर्भवती या धात्री महिला: कृपया पुष्टि करें।",
    ),
    "married_minor": (
        "Marital status '{value}' at age {age}: please confirm.",
        "{age} वर्ष की आयु में वैवाहिक स्थिति '{value}': कृपया पुष्टि करें।",
    ),
    "construction_days_only": (
        "{field} is only asked for construction workers.",
        "{field} केवल निर्माण श्रमिकों से पूछा जाता है।",
    ),
    "unknown_key": (
        "'{value}' is not a field this format knows.",
        "'{value}' इस प्रारूप का ज्ञात फ़ील्ड नहीं है।",
    ),
    "not_an_object": (
        "{field} must be a JSON object.", "{field} एक JSON ऑब्जेक्ट होना चाहिए।"
    ),
    "not_an_answer": (
        "The answer to '{value}' must be yes/no, a number or a code.",
        "'{value}' का उत्तर हाँ/नहीं, संख्या या कोड होना चाहिए।",
    ),
    "not_yes_no": ("{field} must be yes or no.", "{field} हाँ या नहीं होना चाहिए।"),
    "qr_not_digits": (
        "{field} must be the digits a scanner types for it.",
        "{field} वही अंक होने चाहिए जो स्कैनर उसके लिए टाइप करता है।",
    ),
    "qr_unreadable": ("{field}: {reason}", "{field}: {reason_hi}"),
    "qr_altered": (
        "{field}: the code was altered after UIDAI signed it; type the details from the card.",
        "{field}: UIDAI के हस्ताक्षर के बाद कोड बदला गया है; कार्ड से विवरण टाइप करें।",
    ),
    "aadhaar_qr_mismatch": (
        "{field} ends in {typed}, but the Aadhaar QR scanned for this member ends in {qr}: "
        "check the number against the card.",
        "{field} {typed} पर ख़त्म होता है, पर इस सदस्य के लिए स्कैन किया गया आधार QR {qr} "
        "पर: नंबर को कार्ड से मिलाएँ।",
    ),
    "too_long": (
        "{field} is too long (at most {limit} characters).",
        "{field} बहुत लंबा है (अधिकतम {limit} अक्षर)।",
    ),
    "not_text": ("{field} must be text.", "{field} पाठ (अक्षरों में) होना चाहिए।"),
    "hidden_character": (
        "{field} holds a hidden or control character ({value}); type it again without it.",
        "{field} में एक छिपा या नियंत्रण अक्षर है ({value}); इसे उसके बिना फिर से लिखें।",
    ),
    "answer_hidden_character": (
        "The answer to '{value}' holds a hidden or control character ({character}).",
        "'{value}' के उत्तर में एक छिपा या नियंत्रण अक्षर है ({character})।",
    ),
    "aadhaar_in_text": (
        "{field} holds what reads as an Aadhaar number (XXXX XXXX {last4}): an Aadhaar number "
        "goes only in the Aadhaar field, where it is kept encrypted.",
        "{field} में आधार नंबर जैसा नंबर है (XXXX XXXX {last4}): आधार नंबर केवल आधार वाले "
        "फ़ील्ड में लिखें, जहाँ वह एन्क्रिप्ट करके रखा जाता है।",
    ),
    "answer_aadhaar": (
        "The answer to '{value}' holds what reads as an Aadhaar number (XXXX XXXX {last4}): "
        "an Aadhaar number goes only in the Aadhaar field.",
        "'{value}' के उत्तर में आधार नंबर जैसा नंबर है (XXXX XXXX {last4}): आधार नंबर केवल "
        "आधार वाले फ़ील्ड में लिखें।",
    ),
    "aadhaar_as_bank_account": (
        "{field} is this family's Aadhaar number (XXXX XXXX {last4}), not a bank account.",
        "{field} इस परिवार का आधार नंबर है (XXXX XXXX {last4}), बैंक खाता नहीं।",
    ),
    "bank_account_like_aadhaar": (
        "{field} reads as an Aadhaar number (XXXX XXXX {last4}). If it is not the bank "
        "account number, correct it; an Aadhaar number goes only in the Aadhaar field.",
        "{field} आधार नंबर जैसा है (XXXX XXXX {last4})। यदि यह बैंक खाता संख्या नहीं है तो "
        "सुधारें; आधार नंबर केवल आधार वाले फ़ील्ड में लिखें।",
    ),
    "answer_too_long": (
        "The answer to '{value}' is too long (at most {limit} characters).",
        "'{value}' का उत्तर बहुत लंबा है (अधिकतम {limit} अक्षर)।",
    ),
    "answer_too_large": (
        "The answer to '{value}' is too large a number.",
        "'{value}' का उत्तर बहुत बड़ी संख्या है।",
    ),
    "too_many_answers": (
        "{field} has too many answers (at most {limit}).",
        "{field} में बहुत अधिक उत्तर हैं (अधिकतम {limit})।",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong (error) or worth a second look (warning) in what was typed.

    `field` is the JSON path of the field ("mobile", "members[2].dob"); `member` is the member's
    index (0-based) or None for the household.
    """

    code: str
    field: str
    severity: Severity = "error"
    member: int | None = None
    params: dict[str, str] = dc_field(default_factory=dict, hash=False)

    @property
    def base_field(self) -> str:
        return self.field.split("].", 1)[-1] if self.member is not None else self.field

    def message(self, lang: str = "en") -> str:
        en, hi = TEMPLATES[self.code]
        label = FIELD_LABELS.get(self.base_field, (self.base_field, self.base_field))
        text = (hi if lang == "hi" else en).format(
            field=label[1] if lang == "hi" else label[0], **self.params
        )
        return text

    def where(self, lang: str = "en") -> str:
        """Which member the problem is about, as an operator would say it."""
        if self.member is None:
            return "परिवार" if lang == "hi" else "Household"
        return f"सदस्य {self.member + 1}" if lang == "hi" else f"Member {self.member + 1}"

    def describe(self, lang: str = "en") -> str:
        return f"{self.where(lang)}: {self.message(lang)}"


def field_label(name: str, lang: str = "en") -> str:
    en, hi = FIELD_LABELS.get(name, (name, name))
    return hi if lang == "hi" else en


def change_label(path: str, lang: str = "en") -> str:
    """A changed field as the history lists it ("member 2.name") in words: "Member 2: Name"."""
    if path.startswith("member "):
        tag, _, rest = path.partition(".")
        member = "सदस्य" if lang == "hi" else "Member"
        return f"{member} {tag.split()[1]}: {field_label(rest, lang)}"
    return field_label(path, lang)
