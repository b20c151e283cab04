"""The fields a printed application form can show, with their labels in both languages.

Scheme packs lay out their forms (`[[form.sections]]`) by naming these fields; the printing
work fills them from the record, and prints an unknown one as an empty box to fill by hand.
"""

from __future__ import annotations

PRINT_FIELDS: dict[str, tuple[str, str]] = {
    "family.id": ("Family ID", "परिवार आईडी"),
    "family.head_name": ("Head of family", "परिवार का मुखिया"),
    "family.address": ("Address", "पता"),
    "family.district": ("District", "ज़िला"),
    "family.pin": ("PIN code", "पिन कोड"),
    "family.mobile": ("Family mobile", "परिवार का मोबाइल"),
    "family.annual_income": ("Annual family income (Rs)", "परिवार की वार्षिक आय (रु)"),
    "family.social_category": ("Social category", "सामाजिक वर्ग"),
    "family.minority": ("Minority", "अल्पसंख्यक"),
    "family.years_in_state": ("Years living in the state", "राज्य में निवास के वर्ष"),
    "family.ration_card": ("Ration card (number, type)", "राशन कार्ड (नंबर, प्रकार)"),
    "family.member_count": ("Members in the family", "परिवार के सदस्य"),
    "member.id": ("Member ID", "सदस्य आईडी"),
    "member.name": ("Name of applicant", "आवेदक का नाम"),
    "member.name_hi": ("Name in Hindi", "हिंदी में नाम"),
    "member.father_or_husband_name": ("Father's / husband's name", "पिता / पति का नाम"),
    "member.gender": ("Gender", "लिंग"),
    "member.dob": ("Date of birth", "जन्म तिथि"),
    "member.age": ("Age", "आयु"),
    "member.relation": ("Relation to head", "मुखिया से संबंध"),
    "member.marital_status": ("Marital status", "वैवाहिक स्थिति"),
    "member.aadhaar": ("Aadhaar number", "आधार नंबर"),
    "member.mobile": ("Mobile", "मोबाइल"),
    "member.disability_percent": ("Disability (%)", "विकलांगता (%)"),
    "member.occupation": ("Occupation", "व्यवसाय"),
    "member.construction_days_last_year": ("Construction work days (12 months)",
                                           "निर्माण कार्य के दिन (12 महीने)"),
    "member.school_class": ("School class", "कक्षा"),
    "member.delivery_date": ("Expected / actual delivery date", "प्रसव की अपेक्षित / वास्तविक तिथि"),
    "member.bank_ifsc": ("Bank IFSC", "बैंक IFSC"),
    "member.bank_account": ("Bank account number", "बैंक खाता संख्या"),
}


def is_printable(key: str, extra_facts: set[str]) -> bool:
    """A known field, or `extra.NAME` for a question the pack declares."""
    if key in PRINT_FIELDS:
        return True
    return key.startswith("extra.") and key[6:] in extra_facts
