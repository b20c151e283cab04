"""Synthetic but realistic Delhi families for demos, training and benchmarks.

Names come in Latin and Devanagari pairs; households have the structures camps see (couples with
children, widows with children, three generations); ages fit relations. Aadhaar numbers are
Verhoeff-correct and all start with 9999, so they are easy to tell apart from numbers typed at a
camp (see docs/family-json.md).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from stdnum import verhoeff

from . import validate

MALE = [("Ramesh", "रमेश"), ("Suresh", "सुरेश"), ("Mahesh", "महेश"), ("Rajesh", "राजेश"),
        ("Mukesh", "मुकेश"), ("Dinesh", "दिनेश"), ("Rakesh", "राकेश"), ("Sunil", "सुनील"),
        ("Anil", "अनिल"), ("Vijay", "विजय"), ("Sanjay", "संजय"), ("Ajay", "अजय"),
        ("Manoj", "मनोज"), ("Pawan", "पवन"), ("Raju", "राजू"), ("Amit", "अमित"),
        ("Rahul", "राहुल"), ("Ravi", "रवि"), ("Deepak", "दीपक"), ("Arjun", "अर्जुन"),
        ("Mohan", "मोहन"), ("Sohan", "सोहन"), ("Shyam", "श्याम"), ("Gopal", "गोपाल"),
        ("Krishna", "कृष्णा"), ("Ram Prasad", "राम प्रसाद"), ("Har Prasad", "हर प्रसाद"),
        ("Mohammad Salim", "मोहम्मद सलीम"), ("Imran", "इमरान"), ("Aslam", "असलम"),
        ("Rizwan", "रिज़वान"), ("Shahid", "शाहिद"), ("Harpreet", "हरप्रीत"),
        ("Gurmeet", "गुरमीत"), ("Vikas", "विकास"), ("Ashok", "अशोक"), ("Naresh", "नरेश"),
        ("Jagdish", "जगदीश"), ("Birju", "बिरजू"), ("Kishan", "किशन"),
        ("Akash", "आकाश"), ("Alok", "आलोक"), ("Anand", "आनंद"), ("Arvind", "अरविंद"),
        ("Bablu", "बबलू"), ("Bhola", "भोला"), ("Bhupender", "भूपेंद्र"), ("Chandan", "चंदन"),
        ("Chhotu", "छोटू"), ("Dharmendra", "धर्मेंद्र"), ("Dilip", "दिलीप"), ("Gaurav", "गौरव"),
        ("Ganesh", "गणेश"), ("Hari Om", "हरि ओम"), ("Hemant", "हेमंत"), ("Jitender", "जितेंद्र"),
        ("Kailash", "कैलाश"), ("Kamal", "कमल"), ("Lalit", "ललित"), ("Madan", "मदन"),
        ("Mahendra", "महेंद्र"), ("Munna", "मुन्ना"), ("Nand Kishore", "नंद किशोर"),
        ("Om Prakash", "ओम प्रकाश"), ("Pankaj", "पंकज"), ("Pappu", "पप्पू"),
        ("Pradeep", "प्रदीप"), ("Prem", "प्रेम"), ("Rajkumar", "राजकुमार"), ("Ram Babu", "राम बाबू"),
        ("Ramesh Chand", "रमेश चंद"), ("Rohit", "रोहित"), ("Sachin", "सचिन"), ("Santosh", "संतोष"),
        ("Satish", "सतीश"), ("Shiv", "शिव"), ("Sonu", "सोनू"), ("Subhash", "सुभाष"),
        ("Sudhir", "सुधीर"), ("Sushil", "सुशील"), ("Tarun", "तरुण"), ("Umesh", "उमेश"),
        ("Vinod", "विनोद"), ("Virender", "वीरेंद्र"), ("Yogesh", "योगेश"),
        ("Abdul Rehman", "अब्दुल रहमान"),
        ("Arif", "आरिफ़"), ("Faizan", "फ़ैज़ान"), ("Javed", "जावेद"), ("Nadeem", "नदीम"),
        ("Rashid", "राशिद"), ("Sajid", "साजिद"), ("Tariq", "तारिक़"), ("Wasim", "वसीम"),
        ("Zubair", "ज़ुबैर"), ("Balwinder", "बलविंदर"), ("Kuldeep", "कुलदीप"), ("Manpreet", "मनप्रीत")]
FEMALE = [("Kamla", "कमला"), ("Sunita", "सुनीता"), ("Anita", "अनीता"), ("Geeta", "गीता"),
          ("Sita", "सीता"), ("Laxmi", "लक्ष्मी"), ("Lakshmi", "लक्ष्मी"), ("Savitri", "सावित्री"),
          ("Pooja", "पूजा"), ("Priya", "प्रिया"), ("Neha", "नेहा"), ("Rekha", "रेखा"),
          ("Meena", "मीना"), ("Seema", "सीमा"), ("Asha", "आशा"), ("Usha", "उषा"),
          ("Kiran", "किरण"), ("Manju", "मंजू"), ("Suman", "सुमन"), ("Radha", "राधा"),
          ("Parvati", "पार्वती"), ("Shanti", "शांति"), ("Saroj", "सरोज"), ("Bimla", "बिमला"),
          ("Nazia", "नाज़िया"), ("Shabana", "शबाना"), ("Rukhsana", "रुख़साना"),
          ("Farzana", "फ़रज़ाना"), ("Jaspreet", "जसप्रीत"), ("Poonam", "पूनम"),
          ("Kavita", "कविता"), ("Babita", "बबीता"), ("Mamta", "ममता"), ("Renu", "रेनू"),
          ("Nisha", "निशा"), ("Jyoti", "ज्योति"), ("Khushi", "ख़ुशी"), ("Anjali", "अंजलि"),
          ("Aarti", "आरती"), ("Anju", "अंजू"), ("Archana", "अर्चना"), ("Bhagwati", "भगवती"),
          ("Champa", "चंपा"), ("Chanda", "चंदा"), ("Deepa", "दीपा"), ("Dhanno", "धन्नो"),
          ("Durga", "दुर्गा"), ("Gayatri", "गायत्री"), ("Guddi", "गुड्डी"), ("Hema", "हेमा"),
          ("Indu", "इंदु"), ("Janki", "जानकी"), ("Kajal", "काजल"), ("Kalpana", "कल्पना"),
          ("Kanta", "कांता"), ("Kusum", "कुसुम"), ("Lata", "लता"), ("Madhu", "मधु"),
          ("Mala", "माला"), ("Maya", "माया"), ("Mohini", "मोहिनी"), ("Nirmala", "निर्मला"),
          ("Pinki", "पिंकी"), ("Preeti", "प्रीति"), ("Pushpa", "पुष्पा"), ("Rajni", "रजनी"),
          ("Rama", "रमा"), ("Rani", "रानी"), ("Reena", "रीना"), ("Rinku", "रिंकू"),
          ("Sangeeta", "संगीता"), ("Santosh Kumari", "संतोष कुमारी"), ("Sapna", "सपना"),
          ("Sarita", "सरिता"), ("Shakuntala", "शकुंतला"), ("Shobha", "शोभा"), ("Sonia", "सोनिया"),
          ("Sudha", "सुधा"), ("Sushma", "सुषमा"), ("Tara", "तारा"), ("Uma", "उमा"),
          ("Vandana", "वंदना"), ("Vimla", "विमला"), ("Yashoda", "यशोदा"), ("Afsana", "अफ़साना"),
          ("Ameena", "अमीना"), ("Heena", "हिना"), ("Naseem", "नसीम"), ("Reshma", "रेशमा"),
          ("Salma", "सलमा"), ("Shaheen", "शाहीन"), ("Tabassum", "तबस्सुम"), ("Zareena", "ज़रीना"),
          ("Gurpreet", "गुरप्रीत"), ("Kuljeet", "कुलजीत"), ("Simran", "सिमरन")]
SURNAMES = [("Kumar", "कुमार"), ("Singh", "सिंह"), ("Sharma", "शर्मा"), ("Verma", "वर्मा"),
            ("Yadav", "यादव"), ("Gupta", "गुप्ता"), ("Bisht", "बिष्ट"), ("Rawat", "रावत"),
            ("Chauhan", "चौहान"), ("Prajapati", "प्रजापति"), ("Jatav", "जाटव"),
            ("Valmiki", "वाल्मीकि"), ("Paswan", "पासवान"), ("Mandal", "मंडल"), ("Das", "दास"),
            ("Khan", "ख़ान"), ("Ansari", "अंसारी"), ("Qureshi", "क़ुरैशी"), ("Saifi", "सैफ़ी"),
            ("Meena", "मीणा"), ("Kashyap", "कश्यप"), ("Nishad", "निषाद"), ("Sahu", "साहू"),
            ("Mishra", "मिश्रा"), ("Pandey", "पांडे"), ("Tiwari", "तिवारी"), ("Jha", "झा"),
            ("Thakur", "ठाकुर"), ("Gill", "गिल"), ("Devi", "देवी"),
            ("Bhardwaj", "भारद्वाज"), ("Chaudhary", "चौधरी"), ("Dhobi", "धोबी"), ("Gautam", "गौतम"),
            ("Kohli", "कोहली"), ("Kushwaha", "कुशवाहा"), ("Lal", "लाल"), ("Maurya", "मौर्य"),
            ("Negi", "नेगी"), ("Pal", "पाल"), ("Panwar", "पंवार"), ("Rajput", "राजपूत"),
            ("Rathore", "राठौर"), ("Saini", "सैनी"), ("Sen", "सेन"), ("Shukla", "शुक्ला"),
            ("Solanki", "सोलंकी"), ("Tomar", "तोमर"), ("Tyagi", "त्यागी"), ("Upadhyay", "उपाध्याय"),
            ("Vishwakarma", "विश्वकर्मा"), ("Bairwa", "बैरवा"), ("Balmiki", "बालमीकि"),
            ("Dhanuk", "धानुक"), ("Kumhar", "कुम्हार"), ("Mahto", "महतो"), ("Rai", "राय"),
            ("Raikwar", "रायकवार"), ("Sonkar", "सोनकर"), ("Malik", "मलिक"), ("Siddiqui", "सिद्दीक़ी"),
            ("Shaikh", "शेख़"), ("Mirza", "मिर्ज़ा"), ("Pathan", "पठान"), ("Sandhu", "संधू"),
            ("Dhillon", "ढिल्लों")]
MUSLIM_SURNAMES = {"Khan", "Ansari", "Qureshi", "Saifi", "Malik", "Siddiqui", "Shaikh", "Mirza",
                   "Pathan"}
MUSLIM_FIRST = {"Mohammad Salim", "Imran", "Aslam", "Rizwan", "Shahid", "Nazia", "Shabana",
                "Rukhsana", "Farzana", "Abdul Rehman", "Arif", "Faizan", "Javed", "Nadeem",
                "Rashid", "Sajid", "Tariq", "Wasim", "Zubair", "Afsana", "Ameena", "Heena",
                "Naseem", "Reshma", "Salma", "Shaheen", "Tabassum", "Zareena"}
# (locality, PIN, district) in Delhi.
LOCALITIES = [
    ("Sangam Vihar", "110080", "South"), ("Madanpur Khadar", "110076", "South East"),
    ("Jahangirpuri", "110033", "Outer North"), ("Seemapuri", "110095", "North East"),
    ("Sultanpuri", "110086", "North West"), ("Trilokpuri", "110091", "East"),
    ("Dakshinpuri", "110062", "South"), ("Khichripur", "110091", "East"),
    ("Bawana JJ Colony", "110039", "Outer North"), ("Savda Ghevra", "110081", "North West"),
    ("Kusumpur Pahari", "110057", "New Delhi"), ("Bhalswa", "110042", "North"),
    ("Mangolpuri", "110083", "North West"), ("Uttam Nagar", "110059", "West"),
    ("Kalkaji", "110019", "South East"), ("Chandni Mahal", "110002", "Old Delhi"),
    ("Paharganj", "110055", "Central"), ("Wazirpur", "110052", "Central North"),
    ("Dwarka Sector 17", "110078", "South West"), ("Mustafabad", "110094", "North East"),
]
# Names by faith (Muslim or not), split once: a family draws all its names from one side.
_SURNAMES = {m: [s for s in SURNAMES if (s[0] in MUSLIM_SURNAMES) == m and s[0] != "Devi"]
             for m in (False, True)}
_MALES = {m: [n for n in MALE if (n[0] in MUSLIM_FIRST) == m] for m in (False, True)}
_FEMALES = {m: [n for n in FEMALE if (n[0] in MUSLIM_FIRST) == m] for m in (False, True)}
OCCUPATIONS_ADULT = ["construction_worker", "domestic_worker", "street_vendor", "other", "none",
                     "farmer", "govt_employee"]
BANKS = ["SBIN", "PUNB", "BARB", "CNRB", "UBIN", "HDFC", "ICIC", "IDIB"]


def demo_aadhaar(rng: random.Random) -> str:
    while True:
        body = f"9999{rng.randrange(10**7):07d}"  # one draw, not one per digit
        number = body + verhoeff.calc_check_digit(body)
        if number != number[::-1]:  # UIDAI issues no palindromes
            return number


def demo_mobile(rng: random.Random) -> str:
    return f"{rng.randrange(6, 10)}{rng.randrange(10**9):09d}"


@dataclass
class _Person:
    first: tuple[str, str]
    gender: str


def _dob(rng: random.Random, today: date, age: int) -> date:
    return today - timedelta(days=age * 365 + rng.randrange(365))


def demo_family(rng: random.Random, today: date) -> dict[str, Any]:
    """One family in the family JSON format (see docs/family-json.md)."""
    muslim = rng.random() < 0.15
    surname = rng.choice(_SURNAMES[muslim])
    males, females = _MALES[muslim], _FEMALES[muslim]
    locality, pin, district = rng.choice(LOCALITIES)
    husband = rng.choice(males)
    wife = rng.choice(females)
    husband_age = rng.randint(22, 75)
    wife_age = max(18, husband_age - rng.randint(0, 8))
    widow = rng.random() < 0.12
    members: list[dict[str, Any]] = []

    def full(first: tuple[str, str], sur: tuple[str, str] = surname) -> tuple[str, str]:
        return f"{first[0]} {sur[0]}", f"{first[1]} {sur[1]}"

    husband_name = full(husband)
    wife_surname = ("Devi", "देवी") if not muslim and rng.random() < 0.5 else surname
    if widow:
        name = full(wife, wife_surname)
        members.append(_member(rng, today, name, "head", "F", wife_age, husband_name[0],
                               "widowed"))
    else:
        members.append(_member(rng, today, husband_name, "head", "M", husband_age,
                               full(rng.choice(males))[0], "married"))
        members.append(_member(rng, today, full(wife, wife_surname), "spouse", "F", wife_age,
                               husband_name[0], "married"))
    mother_age = wife_age
    for _ in range(rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])):
        child_age = rng.randint(0, max(0, min(mother_age - 18, 30)))
        if rng.random() < 0.5:
            name = full(rng.choice(males))
            relation, gender = "son", "M"
        else:
            first = rng.choice(females)
            name = (f"{first[0]} Kumari", f"{first[1]} कुमारी") if not muslim and \
                rng.random() < 0.4 else full(first)
            relation, gender = "daughter", "F"
        status = "married" if child_age >= 22 and rng.random() < 0.6 else "never_married"
        members.append(_member(rng, today, name, relation, gender, child_age, husband_name[0],
                               status))
    if rng.random() < 0.2 and husband_age < 55:
        members.append(_member(rng, today, full(rng.choice(females)), "mother", "F",
                               husband_age + rng.randint(18, 30), full(rng.choice(males))[0],
                               "widowed"))
    _distinct_aadhaar(rng, members)
    return {
        "mobile": demo_mobile(rng),
        "annual_income": rng.choice([0, 36000, 48000, 60000, 72000, 96000, 120000, 150000,
                                     240000, 400000]),
        "social_category": rng.choice(["GEN", "OBC", "OBC", "SC", "SC", "ST"]),
        "minority": muslim,
        "years_in_state": rng.randint(1, 40),
        "ration_card": {"number": f"DL{rng.randrange(10**10):010d}",
                        "category": rng.choice(["AAY", "PHH", "PHH", "NONE"])},
        "address": {"line1": f"H. No. {rng.randint(1, 999)}, Gali {rng.randint(1, 30)}",
                    "locality": locality, "district": district, "state": "DL", "pin": pin},
        "members": members,
    }


def _distinct_aadhaar(rng: random.Random, members: list[dict[str, Any]]) -> None:
    """Two members of one family never share a number (a draw of ten million can repeat: a
    million-member demo load met it)."""
    seen: set[str] = set()
    for member in members:
        while member.get("aadhaar") in seen:
            member["aadhaar"] = demo_aadhaar(rng)
        if "aadhaar" in member:
            seen.add(member["aadhaar"])


def _member(rng: random.Random, today: date, name: tuple[str, str], relation: str, gender: str,
            age: int, father_or_husband: str, marital: str) -> dict[str, Any]:
    member: dict[str, Any] = {
        "name": name[0], "name_hi": name[1], "relation": relation, "gender": gender,
        "father_or_husband_name": father_or_husband, "marital_status": marital,
    }
    if rng.random() < 0.85:
        member["dob"] = _dob(rng, today, age).isoformat()
    else:
        member["age"] = age
    if age >= 5 and rng.random() < 0.9:
        member["aadhaar"] = demo_aadhaar(rng)
    if age >= 18:
        member["occupation"] = rng.choice(OCCUPATIONS_ADULT)
        if member["occupation"] == "construction_worker":
            member["construction_days_last_year"] = rng.randint(20, 300)
        if rng.random() < 0.6:
            member["mobile"] = demo_mobile(rng)
        if rng.random() < 0.7:
            member["bank"] = {"ifsc": f"{rng.choice(BANKS)}0{rng.randrange(10**6):06d}",
                              "account": _not_aadhaar(rng.randrange(10**11, 10**12))}
        if rng.random() < 0.05:
            member["disability_percent"] = rng.choice([40, 50, 75, 80])
    elif 3 <= age <= 17:
        member["school_class"] = "nursery" if age == 3 else "kg" if age == 4 else \
            str(min(12, age - 5)) if age > 5 else "1"
        member["occupation"] = "student"
    if gender == "F" and 20 <= age <= 35 and marital == "married" and rng.random() < 0.1:
        member["pregnant"] = True
        member["delivery_date"] = (today + timedelta(days=rng.randint(10, 200))).isoformat()
    return member


def _not_aadhaar(account: int) -> str:
    """A 12-digit demo account number that does not read as an Aadhaar number (a real one
    that does is asked about at registration): the last digit moved on by one, which the
    Verhoeff check always notices. Draws nothing from the generator, so seeds give the same
    families as before."""
    text = str(account)
    if validate.aadhaar_in(text) is not None:
        text = text[:-1] + str((int(text[-1]) + 1) % 10)
    return text
