<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="182"/>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="220"/>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="237"/>
        <source>Operators</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="184"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="184"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="184"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="184"/>
        <source>Last login</source>
        <translation>पिछला लॉग इन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="186"/>
        <source>&amp;Add...</source>
        <translation>जोड़ें (&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="187"/>
        <source>&amp;Disable</source>
        <translation>बंद करें (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="188"/>
        <source>&amp;Enable</source>
        <translation>चालू करें (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="189"/>
        <source>&amp;Reset password...</source>
        <translation>पासवर्ड फिर से सेट करें (&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="190"/>
        <source>New recovery &amp;code...</source>
        <translation>नया रिकवरी कोड (&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="209"/>
        <source>active</source>
        <translation>चालू</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="209"/>
        <source>disabled</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="211"/>
        <source>locked (wrong passwords)</source>
        <translation>लॉक (ग़लत पासवर्ड)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="213"/>
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="213"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="221"/>
        <source>Choose a person in the list first.</source>
        <translation>पहले सूची में कोई व्यक्ति चुनें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="246"/>
        <source>New recovery code</source>
        <translation>नया रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="247"/>
        <source>Make a new recovery code? The old paper copy stops working.</source>
        <translation>नया रिकवरी कोड बनाएँ? पुराना काग़ज़ वाला कोड काम करना बंद कर देगा।</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="82"/>
        <source>Add an operator</source>
        <translation>ऑपरेटर जोड़ें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="83"/>
        <source>The new operator logs in with this name and password. Tell them the password in person; they can change it from the Operator menu.</source>
        <translation>नया ऑपरेटर इसी नाम और पासवर्ड से लॉग इन करेगा। पासवर्ड उन्हें ख़ुद बताएँ; वे इसे ऑपरेटर मेनू से बदल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="86"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="87"/>
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="89"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="90"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="91"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="92"/>
        <source>Password again</source>
        <translation>पासवर्ड दोबारा</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="40"/>
        <source>Accounts (all)</source>
        <translation>खाते (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="41"/>
        <source>Account created</source>
        <translation>खाता बना</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="42"/>
        <source>Account disabled</source>
        <translation>खाता बंद किया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="43"/>
        <source>Account enabled</source>
        <translation>खाता चालू किया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="44"/>
        <source>Own password changed</source>
        <translation>अपना पासवर्ड बदला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="45"/>
        <source>Password reset by a supervisor</source>
        <translation>पर्यवेक्षक ने पासवर्ड फिर से सेट किया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="46"/>
        <source>Password set with the recovery code</source>
        <translation>रिकवरी कोड से पासवर्ड सेट किया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="47"/>
        <source>Password&apos;s key tied to this laptop</source>
        <translation>पासवर्ड की चाबी इस लैपटॉप से बाँधी गई</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="48"/>
        <source>Acknowledgements (all)</source>
        <translation>पावतियाँ (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="49"/>
        <source>Acknowledgements imported</source>
        <translation>पावतियाँ आयात हुईं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="50"/>
        <source>Applications (all)</source>
        <translation>आवेदन (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="51"/>
        <source>Application made</source>
        <translation>आवेदन किया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="52"/>
        <source>Corrected application sent again</source>
        <translation>सुधरा आवेदन फिर भेजा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="53"/>
        <source>Audit trail (all)</source>
        <translation>ऑडिट रिकॉर्ड (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="54"/>
        <source>Audit trail exported</source>
        <translation>ऑडिट रिकॉर्ड निर्यात हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="55"/>
        <source>Backup</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="56"/>
        <source>Camp (all)</source>
        <translation>कैंप (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="57"/>
        <source>Camp set up</source>
        <translation>कैंप सेट हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="58"/>
        <source>Laptops&apos; batches consolidated</source>
        <translation>लैपटॉपों के बैच मिलाए गए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="59"/>
        <source>Demo families (all)</source>
        <translation>डेमो परिवार (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="60"/>
        <source>Demo families added</source>
        <translation>डेमो परिवार जोड़े गए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="61"/>
        <source>Duplicate decisions (all)</source>
        <translation>दोहराव के फ़ैसले (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="62"/>
        <source>Duplicate decision</source>
        <translation>दोहराव का फ़ैसला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="63"/>
        <source>Batch exported</source>
        <translation>बैच निर्यात हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="64"/>
        <source>Batch written again</source>
        <translation>बैच फिर से लिखा गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="65"/>
        <source>Families (all)</source>
        <translation>परिवार (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="66"/>
        <source>Family edited</source>
        <translation>परिवार में बदलाव</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="67"/>
        <source>Family registered</source>
        <translation>परिवार पंजीकृत</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="68"/>
        <source>Login</source>
        <translation>लॉग इन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="69"/>
        <source>Failed login</source>
        <translation>असफल लॉग इन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="70"/>
        <source>Logout</source>
        <translation>लॉग आउट</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="71"/>
        <source>Form printed</source>
        <translation>फ़ॉर्म प्रिंट हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="72"/>
        <source>Form printed again (duplicate copy)</source>
        <translation>फ़ॉर्म फिर प्रिंट हुआ (दूसरी प्रति)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="73"/>
        <source>Family slip printed</source>
        <translation>परिवार की पर्ची प्रिंट हुई</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="74"/>
        <source>Forms handed over</source>
        <translation>फ़ॉर्म सौंपे गए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="75"/>
        <source>Recovery code (all)</source>
        <translation>रिकवरी कोड (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="76"/>
        <source>Wrong recovery code</source>
        <translation>ग़लत रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="77"/>
        <source>New recovery code made</source>
        <translation>नया रिकवरी कोड बना</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="78"/>
        <source>Restored from a backup</source>
        <translation>बैकअप से वापस लाया गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="79"/>
        <source>Replaced by a restore</source>
        <translation>बैकअप से बदला गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="80"/>
        <source>Interrupted restore undone</source>
        <translation>अधूरा बैकअप-वापसी रद्द की गई</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="81"/>
        <source>Account seals (all)</source>
        <translation>खातों की मुहरें (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="82"/>
        <source>Accounts sealed</source>
        <translation>खातों पर मुहर लगी</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="83"/>
        <source>Settings (all)</source>
        <translation>सेटिंग्स (सभी)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="84"/>
        <source>Setting changed</source>
        <translation>सेटिंग बदली</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="90"/>
        <source>Aadhaar last four match</source>
        <translation>आधार के अंतिम चार मेल</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="91"/>
        <source>already there</source>
        <translation>पहले से मौजूद</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="92"/>
        <source>applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="93"/>
        <source>applied</source>
        <translation>लागू हुए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="94"/>
        <source>batch signing key</source>
        <translation>बैच हस्ताक्षर चाबी</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="95"/>
        <source>batches kept</source>
        <translation>रखे गए बैच</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="96"/>
        <source>by</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="97"/>
        <source>candidates</source>
        <translation>संभावित मेल</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="98"/>
        <source>certificate</source>
        <translation>प्रमाणपत्र</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="99"/>
        <source>changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="100"/>
        <source>clashes</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="101"/>
        <source>copy</source>
        <translation>प्रति</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="102"/>
        <source>decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="103"/>
        <source>district</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="104"/>
        <source>likely duplicates</source>
        <translation>संभावित दोहराव</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="105"/>
        <source>families</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="106"/>
        <source>family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="107"/>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="108"/>
        <source>files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="109"/>
        <source>first supervisor</source>
        <translation>पहला पर्यवेक्षक</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="110"/>
        <source>interrupted</source>
        <translation>अधूरा छूटा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="111"/>
        <source>kept as exported</source>
        <translation>निर्यातित के रूप में रखे गए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="112"/>
        <source>key</source>
        <translation>चाबी</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="113"/>
        <source>left out</source>
        <translation>छोड़े गए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="114"/>
        <source>accounts lost</source>
        <translation>खोए खाते</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="115"/>
        <source>applications lost</source>
        <translation>खोए आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="116"/>
        <source>families lost</source>
        <translation>खोए परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="117"/>
        <source>member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="118"/>
        <source>members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="119"/>
        <source>moved here</source>
        <translation>यहाँ लाया गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="120"/>
        <source>new</source>
        <translation>नया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="121"/>
        <source>numbers skipped</source>
        <translation>छोड़े गए नंबर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="122"/>
        <source>old</source>
        <translation>पुराना</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="123"/>
        <source>paper</source>
        <translation>काग़ज़</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="124"/>
        <source>photo kept</source>
        <translation>फ़ोटो रखी गई</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="125"/>
        <source>printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="126"/>
        <source>pushed</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="127"/>
        <source>enabled again</source>
        <translation>फिर से चालू</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="128"/>
        <source>reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="129"/>
        <source>replaced</source>
        <translation>बदला गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="130"/>
        <source>resumed</source>
        <translation>फिर शुरू</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="131"/>
        <source>role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="132"/>
        <source>rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="133"/>
        <source>scheme</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="134"/>
        <source>set aside</source>
        <translation>अलग रखे गए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="135"/>
        <source>signature</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="136"/>
        <source>signed again</source>
        <translation>फिर से हस्ताक्षरित</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="137"/>
        <source>to family</source>
        <translation>परिवार में</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="138"/>
        <source>unchanged</source>
        <translation>बिना बदलाव</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="139"/>
        <source>version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="140"/>
        <source>warnings confirmed</source>
        <translation>चेतावनियाँ पुष्ट</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="161"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="162"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="185"/>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="254"/>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="258"/>
        <source>Audit trail</source>
        <translation>ऑडिट रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="187"/>
        <source>operator, family ID, anything in the details</source>
        <translation>ऑपरेटर, परिवार ID, विवरण में कुछ भी</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="190"/>
        <source>all actions</source>
        <translation>सभी कार्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="195"/>
        <source>from</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="201"/>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="204"/>
        <source>Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="209"/>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="213"/>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="213"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="213"/>
        <source>Device</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="213"/>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="214"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="214"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="216"/>
        <source>&amp;Check the trail</source>
        <translation>रिकॉर्ड जाँचें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="218"/>
        <source>&amp;Export shown rows...</source>
        <translation>दिखाई पंक्तियाँ निर्यात करें (&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="247"/>
        <source> (the newest {0}; narrow the search to see older ones)</source>
        <translation> (सबसे नई {0}; पुरानी देखने के लिए खोज सीमित करें)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="255"/>
        <source>The audit trail is intact: {0}, none altered or missing.</source>
        <translation>ऑडिट रिकॉर्ड सही है: {0}, कोई बदली या ग़ायब नहीं।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="272"/>
        <source>Exported {0} to {1}</source>
        <translation>{0} {1} में निर्यात हुईं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="259"/>
        <source>The audit trail has been tampered with: {0}.</source>
        <translation>ऑडिट रिकॉर्ड से छेड़छाड़ हुई है: {0}।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="263"/>
        <source>Export the audit trail</source>
        <translation>ऑडिट रिकॉर्ड निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="264"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/audit_dialog.py" line="270"/>
        <source>Export failed</source>
        <translation>निर्यात नहीं हो सका</translation>
    </message>
</context>
<context>
    <name>Bars</name>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="52"/>
        <source>No applications today yet.</source>
        <translation>आज अभी तक कोई आवेदन नहीं।</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="42"/>
        <source>Batches for the central system</source>
        <translation>केंद्रीय प्रणाली के लिए बैच</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="54"/>
        <source>&amp;Approve and export...</source>
        <translation>स्वीकृत करें और निर्यात करें (&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="59"/>
        <source>Batch</source>
        <translation>बैच</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="59"/>
        <source>Exported</source>
        <translation>निर्यात हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="59"/>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="59"/>
        <source>Families</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="60"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="60"/>
        <source>Applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="61"/>
        <source>&amp;Write selected batch again...</source>
        <translation>चुना हुआ बैच फिर से लिखें (&amp;W)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="63"/>
        <source>&amp;Import acknowledgements...</source>
        <translation>पावती आयात करें (&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="56"/>
        <source>Chec&amp;k again</source>
        <translation>फिर से जाँचें (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="65"/>
        <source>Consoli&amp;date laptops&apos; batches...</source>
        <translation>लैपटॉपों के बैच मिलाएँ (&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="47"/>
        <location filename="../../power_desktop/ui/batches_page.py" line="49"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="47"/>
        <source>ID</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="47"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="48"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="49"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="49"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="50"/>
        <source>Why it is left out</source>
        <translation>क्यों छोड़ा गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="80"/>
        <source>Past batches:</source>
        <translation>पिछले बैच:</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="110"/>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="110"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="111"/>
        <source>Application</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="112"/>
        <source>not printed yet</source>
        <translation>अभी छपा नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="112"/>
        <source>printed</source>
        <translation>छप गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="113"/>
        <source>handed over</source>
        <translation>सौंप दिया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="92"/>
        <source>The next batch would carry {0}, {1} and {2} (new or changed since the last batch).</source>
        <translation>अगले बैच में {0}, {1} और {2} जाएँगे (पिछले बैच के बाद नए या बदले हुए)।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="141"/>
        <source> (the first {0})</source>
        <translation> (पहली {0})</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="142"/>
        <source>The batch would carry: {0} rows{1}</source>
        <translation>बैच में जाएँगी: {0} पंक्तियाँ{1}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="144"/>
        <source>Left out until corrected: {0}</source>
        <translation>सुधार तक छोड़ी गईं: {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="153"/>
        <source>Export the batch to which folder (USB drive)?</source>
        <translation>बैच किस फ़ोल्डर (USB ड्राइव) में निर्यात करें?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="158"/>
        <source>

{0} records were left out; correct them and export again.</source>
        <translation>

{0} रिकॉर्ड छोड़ दिए गए; उन्हें ठीक करके फिर से निर्यात करें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="160"/>
        <source>Batch exported</source>
        <translation>बैच निर्यात हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="161"/>
        <source>{0}: {1} families, {2} members, {3} applications.
{4}</source>
        <translation>{0}: {1} परिवार, {2} सदस्य, {3} आवेदन।
{4}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="166"/>
        <source>Exporting the batch...</source>
        <translation>बैच निर्यात हो रहा है...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="173"/>
        <source>Batches</source>
        <translation>बैच</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="174"/>
        <source>Select a past batch first.</source>
        <translation>पहले कोई पिछला बैच चुनें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="176"/>
        <source>Write the batch again into which folder?</source>
        <translation>बैच फिर से किस फ़ोल्डर में लिखें?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="180"/>
        <source>Writing {0} again...</source>
        <translation>{0} फिर से लिखा जा रहा है...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="183"/>
        <source>Batch written</source>
        <translation>बैच लिखा गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="189"/>
        <source>Acknowledgement file</source>
        <translation>पावती फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="190"/>
        <source>Spreadsheets and CSV (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>स्प्रेडशीट और CSV (*.xlsx *.xls *.ods *.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="196"/>
        <source>Not imported</source>
        <translation>आयात नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="198"/>
        <source>{0} rows: {1} applied, {2} unchanged, {3} set aside.</source>
        <translation>{0} पंक्तियाँ: {1} लागू, {2} बिना बदलाव, {3} अलग रखी गईं।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="201"/>
        <source>This file was imported before.</source>
        <translation>यह फ़ाइल पहले आयात हो चुकी है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="202"/>
        <source>Row {0} ({1}): {2}</source>
        <translation>पंक्ति {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="204"/>
        <source>Acknowledgements imported</source>
        <translation>पावतियाँ आयात हुईं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="209"/>
        <source>The laptops&apos; batch files</source>
        <translation>लैपटॉपों की बैच फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="211"/>
        <location filename="../../power_desktop/ui/batches_page.py" line="216"/>
        <source>Batches (*.xlsx)</source>
        <translation>बैच (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="214"/>
        <source>Save the camp batch as</source>
        <translation>कैंप बैच इस नाम से सहेजें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="221"/>
        <source>Camp batch written</source>
        <translation>कैंप बैच लिखा गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="222"/>
        <source>{0} laptops: {1} families, {2} members, {3} applications.
{4} possible duplicates across laptops (sheet «Possible duplicates»).
{5}</source>
        <translation>{0} लैपटॉप: {1} परिवार, {2} सदस्य, {3} आवेदन।
लैपटॉपों के बीच {4} संभावित दोहराव («Possible duplicates» शीट)।
{5}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="227"/>
        <source>Consolidating...</source>
        <translation>मिलाया जा रहा है...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/batches_page.py" line="232"/>
        <source>Not done</source>
        <translation>नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>CampSetupDialog</name>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="47"/>
        <source>Set up the camp</source>
        <translation>कैंप सेट करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="48"/>
        <source>Start a new camp</source>
        <translation>नया कैंप शुरू करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="50"/>
        <source>Welcome to PoWER Desktop. Tell it which camp this laptop is working at. Each laptop at a camp needs its own device code (L1, L2, ...). You become this laptop&apos;s supervisor: you add the operators.</source>
        <translation>PoWER डेस्कटॉप में आपका स्वागत है। बताएँ कि यह लैपटॉप किस कैंप में काम कर रहा है। कैंप के हर लैपटॉप का अपना डिवाइस कोड होना चाहिए (L1, L2, ...)। आप इस लैपटॉप के पर्यवेक्षक बनेंगे: ऑपरेटर आप जोड़ेंगे।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="53"/>
        <source>Tell PoWER Desktop which camp this laptop is working at. Each laptop at a camp needs its own device code (L1, L2, ...).</source>
        <translation>PoWER डेस्कटॉप को बताएँ कि यह लैपटॉप किस कैंप में काम कर रहा है। कैंप के हर लैपटॉप का अपना डिवाइस कोड होना चाहिए (L1, L2, ...)।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="55"/>
        <source>Starting a new camp keeps every family registered at earlier camps. Families registered from now on carry the new camp&apos;s code.</source>
        <translation>नया कैंप शुरू करने पर पिछले कैंपों में पंजीकृत हर परिवार बना रहता है। अब से पंजीकृत परिवारों पर नए कैंप का कोड होगा।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="59"/>
        <source>This is this laptop&apos;s own database, for while the camp server is away. Give it a device code of its own (such as {0}), so that its family IDs are never the same as those made on the server; sync sends its families to the server when it is back.</source>
        <translation>यह इस लैपटॉप का अपना डेटाबेस है, जब तक कैंप सर्वर उपलब्ध नहीं है। इसे अपना अलग डिवाइस कोड दें (जैसे {0}), ताकि इसकी परिवार ID सर्वर पर बनी ID से कभी न मिलें; सर्वर लौटने पर sync इसके परिवार सर्वर पर भेज देता है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="72"/>
        <source>e.g. C07</source>
        <translation>उदा. C07</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="75"/>
        <source>e.g. L2</source>
        <translation>उदा. L2</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="79"/>
        <source>your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="95"/>
        <source>State (scheme pack)</source>
        <translation>राज्य (योजना पैक)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="96"/>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="97"/>
        <source>Camp code</source>
        <translation>कैंप कोड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="98"/>
        <source>Device code of this laptop</source>
        <translation>इस लैपटॉप का डिवाइस कोड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="99"/>
        <source>Camp date</source>
        <translation>कैंप की तारीख़</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="101"/>
        <source>Supervisor name (you)</source>
        <translation>पर्यवेक्षक का नाम (आप)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="102"/>
        <source>Supervisor password</source>
        <translation>पर्यवेक्षक का पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="103"/>
        <source>Password again</source>
        <translation>पासवर्ड दोबारा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/setup_dialog.py" line="109"/>
        <source>Start camp</source>
        <translation>कैंप शुरू करें</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="29"/>
        <source>{0} family</source>
        <translation>{0} परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="30"/>
        <source>{0} families</source>
        <translation>{0} परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="34"/>
        <source>{0} page</source>
        <translation>{0} पृष्ठ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="35"/>
        <source>{0} pages</source>
        <translation>{0} पृष्ठ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="39"/>
        <source>{0} application</source>
        <translation>{0} आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="40"/>
        <source>{0} applications</source>
        <translation>{0} आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="44"/>
        <source>{0} member</source>
        <translation>{0} सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="45"/>
        <source>{0} members</source>
        <translation>{0} सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="49"/>
        <source>{0} entry</source>
        <translation>{0} प्रविष्टि</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/status.py" line="50"/>
        <source>{0} entries</source>
        <translation>{0} प्रविष्टियाँ</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../power_desktop/ui/crash.py" line="30"/>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/crash.py" line="31"/>
        <source>PoWER Desktop hit an unexpected error. Everything saved so far is safe, and the form you were typing is kept as a draft.

Please tell your supervisor. The details are in the log file.</source>
        <translation>PoWER डेस्कटॉप में एक अनपेक्षित गड़बड़ी हुई। अब तक सहेजा गया सब सुरक्षित है, और जो फ़ॉर्म आप भर रहे थे वह ड्राफ़्ट के रूप में रखा गया है।

कृपया अपने पर्यवेक्षक को बताएँ। पूरा विवरण लॉग फ़ाइल में है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/crash.py" line="46"/>
        <source>Not done</source>
        <translation>नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="78"/>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="111"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="80"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="82"/>
        <source>Day report (&amp;PDF)...</source>
        <translation>दिन की रिपोर्ट (&amp;PDF)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="92"/>
        <source>Families registered today</source>
        <translation>आज पंजीकृत परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="93"/>
        <source>People registered today</source>
        <translation>आज पंजीकृत लोग</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="94"/>
        <source>Applications made today</source>
        <translation>आज किए गए आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="95"/>
        <source>Yearly value applied for today (Rs)</source>
        <translation>आज आवेदन की गई वार्षिक राशि (रु.)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="96"/>
        <source>One-time benefits applied for today (Rs)</source>
        <translation>आज आवेदित एकमुश्त लाभ (रु.)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="97"/>
        <source>Families on this laptop</source>
        <translation>इस लैपटॉप पर परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="98"/>
        <source>People on this laptop</source>
        <translation>इस लैपटॉप पर लोग</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="99"/>
        <source>Forms waiting to print</source>
        <translation>प्रिंट की प्रतीक्षा में फ़ॉर्म</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="100"/>
        <source>Records not yet exported</source>
        <translation>जो रिकॉर्ड अभी निर्यात नहीं हुए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="101"/>
        <source>Exported, verdict awaited</source>
        <translation>निर्यात हुआ, फ़ैसले की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="111"/>
        <source>Scheme</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="111"/>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="112"/>
        <source>Printed</source>
        <translation>प्रिंट हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="112"/>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="113"/>
        <source>Returned</source>
        <translation>लौटाया गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="113"/>
        <source>Rs, today</source>
        <translation>रु., आज</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="118"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="118"/>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="122"/>
        <source>Families</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="119"/>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="122"/>
        <source>People</source>
        <translation>लोग</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="119"/>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="123"/>
        <source>Applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="120"/>
        <source>Prints</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="122"/>
        <source>Laptop</source>
        <translation>लैपटॉप</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="133"/>
        <source>Applications today by scheme</source>
        <translation>आज योजना के अनुसार आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="144"/>
        <source>Today, {0} · camp {1}</source>
        <translation>आज, {0} · कैंप {1}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="160"/>
        <source>{0} once</source>
        <translation>{0} एकमुश्त</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="161"/>
        <source>{0} a year</source>
        <translation>{0} प्रति वर्ष</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="185"/>
        <source>No report</source>
        <translation>रिपोर्ट नहीं बनी</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/dashboard_page.py" line="188"/>
        <source>Camp day report</source>
        <translation>कैंप के दिन की रिपोर्ट</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="40"/>
        <source>Already registered?</source>
        <translation>पहले से पंजीकृत?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="43"/>
        <source>The Aadhaar number typed is already registered for this person. One Aadhaar number is one person: open that family, or move the person into the family being saved. The move is recorded.</source>
        <translation>लिखा गया आधार नंबर पहले से इस व्यक्ति के नाम दर्ज है। एक आधार नंबर एक ही व्यक्ति का होता है: वह परिवार खोलें, या व्यक्ति को सहेजे जा रहे परिवार में ले आएँ। यह बदलाव दर्ज किया जाता है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="46"/>
        <source>These people look like someone in the family being registered. Ask the family, then choose. Your choice is recorded.</source>
        <translation>ये लोग पंजीकृत हो रहे परिवार के किसी व्यक्ति जैसे लगते हैं। परिवार से पूछें, फिर चुनें। आपका फ़ैसला दर्ज होता है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="52"/>
        <source>Typed</source>
        <translation>लिखा गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="52"/>
        <source>Looks like</source>
        <translation>इससे मिलता है</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="52"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="52"/>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="53"/>
        <source>Father / husband</source>
        <translation>पिता / पति</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="53"/>
        <source>Locality</source>
        <translation>मोहल्ला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="53"/>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="54"/>
        <source>Against</source>
        <translation>विरुद्ध</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="73"/>
        <source>Open the existing family</source>
        <translation>मौजूदा परिवार खोलें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="80"/>
        <source>Move the person into this family</source>
        <translation>व्यक्ति को इस परिवार में लाएँ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="85"/>
        <source>Add the typed people to that family</source>
        <translation>लिखे गए लोगों को उस परिवार में जोड़ें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="86"/>
        <source>Different people: save as new</source>
        <translation>अलग लोग: नए के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/duplicate_dialog.py" line="75"/>
        <source>Go back</source>
        <translation>वापस जाएँ</translation>
    </message>
</context>
<context>
    <name>EntitlementsTree</name>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="32"/>
        <source>Scheme (tick to apply)</source>
        <translation>योजना (आवेदन हेतु टिक करें)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="32"/>
        <source>Verdict</source>
        <translation>फ़ैसला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="33"/>
        <source>Rs</source>
        <translation>रु.</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="33"/>
        <source>Why / what to ask</source>
        <translation>क्यों / क्या पूछें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="85"/>
        <source>Not eligible: {0} more</source>
        <translation>पात्र नहीं: {0} और</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="146"/>
        <source>Whole family</source>
        <translation>पूरा परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="152"/>
        <source>{0} years</source>
        <translation>{0} वर्ष</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="159"/>
        <source>nothing to apply for</source>
        <translation>आवेदन योग्य कुछ नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="162"/>
        <source>{0} eligible</source>
        <translation>{0} पात्र</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="164"/>
        <source>{0} with questions</source>
        <translation>{0} में प्रश्न</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="171"/>
        <source>Eligible</source>
        <translation>पात्र</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="171"/>
        <source>Needs answers</source>
        <translation>उत्तर चाहिए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="172"/>
        <source>Not eligible</source>
        <translation>पात्र नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="175"/>
        <source>Eligible, applied</source>
        <translation>पात्र, आवेदन हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="187"/>
        <source>{0} once</source>
        <translation>{0} एकमुश्त</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/entitlements_tree.py" line="188"/>
        <source>{0} a year</source>
        <translation>{0} प्रति वर्ष</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="46"/>
        <source>Registered families</source>
        <translation>पंजीकृत परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="64"/>
        <source>Search (Ctrl+F): name, father&apos;s/husband&apos;s name, mobile digits, Aadhaar, or scan an ID</source>
        <translation>खोजें (Ctrl+F): नाम, पिता/पति का नाम, मोबाइल के अंक, आधार, या ID स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="75"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="75"/>
        <source>Name in Hindi</source>
        <translation>हिंदी में नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="75"/>
        <source>Relation</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="75"/>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="76"/>
        <source>Father / husband</source>
        <translation>पिता / पति</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="76"/>
        <source>Locality</source>
        <translation>मोहल्ला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="76"/>
        <location filename="../../power_desktop/ui/families_page.py" line="160"/>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="77"/>
        <source>Found by</source>
        <translation>किससे मिला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="93"/>
        <source>Open to edit (Enter)</source>
        <translation>बदलने के लिए खोलें (Enter)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="95"/>
        <source>Entitlements (F4)</source>
        <translation>हक़ (F4)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="97"/>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="111"/>
        <source>Click the Registered or District heading to sort.</source>
        <translation>क्रम बदलने के लिए &quot;पंजीकृत&quot; या &quot;ज़िला&quot; शीर्षक पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="155"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="155"/>
        <source>part of the name</source>
        <translation>नाम का हिस्सा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="156"/>
        <source>father&apos;s/husband&apos;s name</source>
        <translation>पिता/पति का नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="157"/>
        <source>name and locality</source>
        <translation>नाम और इलाका</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="158"/>
        <source>name and father&apos;s/husband&apos;s name</source>
        <translation>नाम और पिता/पति का नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="159"/>
        <source>age</source>
        <translation>उम्र</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="159"/>
        <source>mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="160"/>
        <source>Aadhaar last four</source>
        <translation>आधार के आख़िरी चार अंक</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="161"/>
        <source>member ID</source>
        <translation>सदस्य ID</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="161"/>
        <source>family ID</source>
        <translation>परिवार ID</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="162"/>
        <source>application ID</source>
        <translation>आवेदन ID</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="178"/>
        <source>{0} found</source>
        <translation>{0} मिले</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="234"/>
        <source>History of family {0}</source>
        <translation>परिवार {0} का इतिहास</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="237"/>
        <source>No edits: this is the family as first registered.</source>
        <translation>कोई बदलाव नहीं: यह परिवार पहली बार पंजीकृत रूप में है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="243"/>
        <source>Version {0} → {1}, by {2}, {3}</source>
        <translation>संस्करण {0} → {1}, {2} द्वारा, {3}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/families_page.py" line="254"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <location filename="../../power_desktop/ui/family_table_model.py" line="42"/>
        <source>Family ID</source>
        <translation>परिवार ID</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/family_table_model.py" line="42"/>
        <source>Head of family</source>
        <translation>परिवार का मुखिया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/family_table_model.py" line="42"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/family_table_model.py" line="43"/>
        <source>Locality</source>
        <translation>मोहल्ला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/family_table_model.py" line="43"/>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/family_table_model.py" line="43"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/family_table_model.py" line="44"/>
        <source>Registered</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/family_table_model.py" line="44"/>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="23"/>
        <source>How to register a family</source>
        <translation>परिवार का पंजीकरण कैसे करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="34"/>
        <source>Anywhere</source>
        <translation>कहीं भी</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="35"/>
        <source>Register a family</source>
        <translation>परिवार पंजीकृत करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="36"/>
        <source>Families (the list, and search)</source>
        <translation>परिवार (सूची, और खोज)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="37"/>
        <source>Entitlements of the family</source>
        <translation>परिवार के हक़</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="38"/>
        <location filename="../../power_desktop/ui/help_dialog.py" line="65"/>
        <source>Print queue</source>
        <translation>प्रिंट कतार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="39"/>
        <source>Returns from the central system</source>
        <translation>केंद्रीय प्रणाली से लौटे आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="40"/>
        <source>Batches (supervisors)</source>
        <translation>बैच (पर्यवेक्षक)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="41"/>
        <source>Today&apos;s figures</source>
        <translation>आज के आँकड़े</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="42"/>
        <source>Find a family: name, mobile, Aadhaar or ID</source>
        <translation>परिवार खोजें: नाम, मोबाइल, आधार या ID</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="43"/>
        <source>Lock the screen (nothing typed is lost)</source>
        <translation>स्क्रीन लॉक करें (लिखा हुआ कुछ नहीं खोता)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="44"/>
        <source>Quit (asks first if a family is being typed)</source>
        <translation>बंद करें (कोई परिवार लिखा जा रहा हो तो पहले पूछता है)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="45"/>
        <source>This list</source>
        <translation>यह सूची</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="46"/>
        <source>The menus: Alt with the underlined letter</source>
        <translation>मेनू: Alt के साथ रेखांकित अक्षर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="48"/>
        <source>Registering a family</source>
        <translation>परिवार का पंजीकरण</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="49"/>
        <source>Next / previous field</source>
        <translation>अगला / पिछला खाना</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="50"/>
        <source>letters</source>
        <translation>अक्षर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="50"/>
        <source>In a drop-down, typing picks the choice: &quot;so&quot; is Son, &quot;class 12&quot; is Class 12</source>
        <translation>ड्रॉप-डाउन में लिखने से विकल्प चुना जाता है: &quot;पुत्र&quot; लिखें तो पुत्र, &quot;कक्षा 12&quot; लिखें तो कक्षा 12</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="52"/>
        <source>Open a drop-down&apos;s list</source>
        <translation>ड्रॉप-डाउन की सूची खोलें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="53"/>
        <source>Add the member to the family (or update the one being edited)</source>
        <translation>सदस्य को परिवार में जोड़ें (या जिसे बदला जा रहा है उसे अपडेट करें)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="55"/>
        <source>On the members table: edit the chosen member</source>
        <translation>सदस्यों की तालिका में: चुने सदस्य को बदलें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="56"/>
        <source>On the members table: remove the chosen member</source>
        <translation>सदस्यों की तालिका में: चुने सदस्य को हटाएँ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="57"/>
        <source>Save the family</source>
        <translation>परिवार सहेजें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="58"/>
        <source>Cancel the family (asks first)</source>
        <translation>परिवार रद्द करें (पहले पूछता है)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="60"/>
        <source>Entitlements</source>
        <translation>हक़</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="61"/>
        <source>Save the answers and screen again</source>
        <translation>उत्तर सहेजें और फिर से जाँचें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="62"/>
        <source>Apply for the ticked schemes</source>
        <translation>चुनी योजनाओं के लिए आवेदन करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="63"/>
        <source>Print the family&apos;s forms</source>
        <translation>परिवार के फ़ॉर्म प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="66"/>
        <source>Select every application</source>
        <translation>सभी आवेदन चुनें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="67"/>
        <source>Preview and print the selected</source>
        <translation>चुने हुए देखें और प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="80"/>
        <source>Log in with your name and password. A supervisor adds operators from Camp &gt; Operators.</source>
        <translation>अपने नाम और पासवर्ड से लॉग इन करें। पर्यवेक्षक कैंप &gt; ऑपरेटर से ऑपरेटर जोड़ते हैं।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="82"/>
        <source>Register (F2): type the household&apos;s address and details, then each member; Enter adds the member. Scanning a member&apos;s Aadhaar QR code fills the member for you.</source>
        <translation>पंजीकरण (F2): परिवार का पता और जानकारी लिखें, फिर हर सदस्य; Enter से सदस्य जुड़ता है। सदस्य का आधार QR कोड स्कैन करने से सदस्य अपने आप भर जाता है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="85"/>
        <source>Ctrl+S saves the family. If someone looks already registered, PoWER Desktop asks: open that family, or carry on.</source>
        <translation>Ctrl+S से परिवार सहेजा जाता है। अगर कोई पहले से पंजीकृत लगे, तो PoWER Desktop पूछता है: वह परिवार खोलें, या आगे बढ़ें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="87"/>
        <source>Entitlements (F4) opens by itself: ask the questions shown, Ctrl+Enter to screen again, tick the schemes the family wants and Ctrl+P to apply.</source>
        <translation>हक़ (F4) अपने आप खुलता है: दिखाए गए प्रश्न पूछें, Ctrl+Enter से फिर से जाँचें, परिवार जो योजनाएँ चाहता है उन्हें चुनें और Ctrl+P से आवेदन करें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="89"/>
        <source>Print the forms (F9, or from the Print queue, F5) and the family slip; give them to the family and mark them handed over.</source>
        <translation>फ़ॉर्म (F9, या प्रिंट कतार F5 से) और परिवार की पर्ची प्रिंट करें; उन्हें परिवार को दें और सौंपा हुआ चिह्नित करें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="91"/>
        <source>To change a family later, find it with Ctrl+F and open it.</source>
        <translation>बाद में किसी परिवार को बदलने के लिए उसे Ctrl+F से खोजें और खोलें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="92"/>
        <source>Leaving the laptop: Ctrl+L locks the screen. At the end of the day the supervisor exports the batch (F7) and backs up (Camp &gt; Back up).</source>
        <translation>लैपटॉप छोड़ते समय: Ctrl+L से स्क्रीन लॉक होती है। दिन के अंत में पर्यवेक्षक बैच निर्यात करते हैं (F7) और बैकअप लेते हैं (कैंप &gt; बैकअप)।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/help_dialog.py" line="95"/>
        <source>A family, start to end</source>
        <translation>एक परिवार, शुरू से अंत तक</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="23"/>
        <source>Household</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="27"/>
        <source>house no., gali, block</source>
        <translation>मकान नं., गली, ब्लॉक</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="35"/>
        <source>rupees a year</source>
        <translation>रुपये प्रति वर्ष</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="57"/>
        <source>Address *</source>
        <translation>पता *</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="57"/>
        <source>Locality / colony *</source>
        <translation>मोहल्ला / कॉलोनी *</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="58"/>
        <source>District *</source>
        <translation>ज़िला *</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="58"/>
        <source>PIN code *</source>
        <translation>पिन कोड *</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="59"/>
        <source>Family mobile</source>
        <translation>परिवार का मोबाइल</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="59"/>
        <source>Annual income (Rs)</source>
        <translation>वार्षिक आय (रु.)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="60"/>
        <source>Social category</source>
        <translation>सामाजिक वर्ग</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="60"/>
        <source>Minority</source>
        <translation>अल्पसंख्यक</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="61"/>
        <source>Years in the state</source>
        <translation>राज्य में निवास के वर्ष</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="62"/>
        <source>Ration card no.</source>
        <translation>राशन कार्ड नं.</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="63"/>
        <source>Ration card type</source>
        <translation>राशन कार्ड का प्रकार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/household_form.py" line="90"/>
        <source>Delhi PIN codes start with 110</source>
        <translation>दिल्ली के पिन कोड 110 से शुरू होते हैं</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../power_desktop/ui/jobs.py" line="68"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="108"/>
        <source>Screen locked</source>
        <translation>स्क्रीन लॉक है</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="108"/>
        <location filename="../../power_desktop/ui/login_dialog.py" line="130"/>
        <source>Log in</source>
        <translation>लॉग इन करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="109"/>
        <source>PoWER Desktop · camp {0}</source>
        <translation>PoWER डेस्कटॉप · कैंप {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="110"/>
        <source>PoWER Desktop</source>
        <translation>PoWER डेस्कटॉप</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="113"/>
        <source>Show PoWER Desktop in {0}</source>
        <translation>PoWER डेस्कटॉप {0} में दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="118"/>
        <source>The screen is locked. {0}, type your password to carry on; nothing typed was lost.</source>
        <translation>स्क्रीन लॉक है। {0}, आगे काम करने के लिए अपना पासवर्ड लिखें; लिखा हुआ कुछ भी नहीं खोया।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="121"/>
        <source>Opening the camp&apos;s records...</source>
        <translation>कैंप के रिकॉर्ड खोले जा रहे हैं...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="123"/>
        <source>The screen was locked after a time without use. {0}, type your password to carry on; nothing typed was lost.</source>
        <translation>कुछ देर इस्तेमाल न होने पर स्क्रीन लॉक हो गई। {0}, आगे काम करने के लिए अपना पासवर्ड लिखें; लिखा हुआ कुछ भी नहीं खोया।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="127"/>
        <source>Type your name and password.</source>
        <translation>अपना नाम और पासवर्ड लिखें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="128"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="129"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="130"/>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="131"/>
        <source>Switch operator</source>
        <translation>ऑपरेटर बदलें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="132"/>
        <source>Forgot the supervisor password?</source>
        <translation>पर्यवेक्षक का पासवर्ड भूल गए?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="134"/>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="115"/>
        <source>Another operator logs in. The form on screen stays as it is; check it before saving.</source>
        <translation>दूसरा ऑपरेटर लॉग इन करता है। स्क्रीन का फ़ॉर्म जैसा है वैसा रहता है; सहेजने से पहले उसे जाँच लें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/login_dialog.py" line="175"/>
        <source>Type your name and your password.</source>
        <translation>अपना नाम और अपना पासवर्ड लिखें।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="55"/>
        <location filename="../../power_desktop/ui/main_window.py" line="92"/>
        <source>PoWER Desktop</source>
        <translation>PoWER डेस्कटॉप</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="62"/>
        <location filename="../../power_desktop/ui/main_window.py" line="94"/>
        <source>Opening the camp&apos;s records...</source>
        <translation>कैंप के रिकॉर्ड खोले जा रहे हैं...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="127"/>
        <source>Register
(F2)</source>
        <translation>पंजीकरण
(F2)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="128"/>
        <source>Families
(F3)</source>
        <translation>परिवार
(F3)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="129"/>
        <source>Entitle-
ments (F4)</source>
        <translation>हक़
(F4)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="130"/>
        <source>Print
(F5)</source>
        <translation>प्रिंट
(F5)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="131"/>
        <source>Returns
(F6)</source>
        <translation>लौटे
(F6)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="132"/>
        <source>Batches
(F7)</source>
        <translation>बैच
(F7)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="133"/>
        <source>Today
(F8)</source>
        <translation>आज
(F8)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="154"/>
        <source>&amp;Camp</source>
        <translation>कैंप (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="155"/>
        <source>Start a &amp;new camp...</source>
        <translation>नया कैंप शुरू करें (&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="158"/>
        <source>Scheme &amp;preview...</source>
        <translation>योजना का पूर्वावलोकन (&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="163"/>
        <source>&amp;Back up to a folder...</source>
        <translation>फ़ोल्डर में बैकअप लें (&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="164"/>
        <source>&amp;Operators...</source>
        <translation>ऑपरेटर (&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="165"/>
        <source>&amp;Audit trail...</source>
        <translation>ऑडिट रिकॉर्ड (&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Settings...</source>
        <translation>सेटिंग्स (&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="176"/>
        <source>Work on this &amp;laptop&apos;s own database</source>
        <translation>इस लैपटॉप के अपने डेटाबेस पर काम करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="177"/>
        <source>Back to the camp se&amp;rver</source>
        <translation>वापस कैंप सर्वर पर (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Register a family</source>
        <translation>परिवार पंजीकृत करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="190"/>
        <location filename="../../power_desktop/ui/selfcheck.py" line="25"/>
        <source>&amp;Families</source>
        <translation>परिवार (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Entitlements</source>
        <translation>हक़ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="192"/>
        <source>&amp;Print queue</source>
        <translation>प्रिंट कतार (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="193"/>
        <source>Re&amp;turns</source>
        <translation>लौटे आवेदन (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="194"/>
        <source>&amp;Batches (supervisors)</source>
        <translation>बैच (पर्यवेक्षक) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Today</source>
        <translation>आज (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="201"/>
        <source>&amp;Find a family</source>
        <translation>परिवार खोजें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="206"/>
        <source>&amp;Operator</source>
        <translation>ऑपरेटर (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="207"/>
        <source>&amp;Lock the screen</source>
        <translation>स्क्रीन लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="212"/>
        <source>&amp;Switch operator...</source>
        <translation>ऑपरेटर बदलें (&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="215"/>
        <source>&amp;Change my password...</source>
        <translation>मेरा पासवर्ड बदलें (&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="219"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="224"/>
        <source>&amp;How to register a family</source>
        <translation>परिवार का पंजीकरण कैसे करें (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="228"/>
        <source>&amp;About</source>
        <translation>परिचय (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="230"/>
        <source>About PoWER Desktop</source>
        <translation>PoWER डेस्कटॉप का परिचय</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="231"/>
        <source>PoWER Desktop {0}
Portfolio of Welfare &amp; Entitlement Rights
Data folder: {1}</source>
        <translation>PoWER डेस्कटॉप {0}
कल्याण एवं अधिकार पोर्टफ़ोलियो (PoWER)
डेटा फ़ोल्डर: {1}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="237"/>
        <source>Show PoWER Desktop in {0}</source>
        <translation>PoWER डेस्कटॉप {0} में दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="285"/>
        <source>Working on this laptop&apos;s own database.</source>
        <translation>इस लैपटॉप के अपने डेटाबेस पर काम हो रहा है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="291"/>
        <source>Back on the camp server.</source>
        <translation>वापस कैंप सर्वर पर।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="299"/>
        <source>The camp server answers again.</source>
        <translation>कैंप सर्वर फिर से जवाब दे रहा है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="300"/>
        <source>Trying the camp server...</source>
        <translation>कैंप सर्वर से संपर्क किया जा रहा है...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="334"/>
        <source>Changes kept for later</source>
        <translation>बदलाव बाद के लिए रखे गए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="335"/>
        <source>The changes to family {0} are not saved: that family is in the other database. They are kept, and offered back when this laptop works there again.</source>
        <translation>परिवार {0} के बदलाव सहेजे नहीं गए: वह परिवार दूसरे डेटाबेस में है। वे रखे गए हैं, और जब यह लैपटॉप फिर वहाँ काम करेगा तब वापस दिखाए जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="391"/>
        <location filename="../../power_desktop/ui/main_window.py" line="526"/>
        <source>Unsaved family</source>
        <translation>बिना सहेजा परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="392"/>
        <source>The registration form has unsaved input. Throw it away and open family {0}?</source>
        <translation>पंजीकरण फ़ॉर्म में बिना सहेजी जानकारी है। उसे छोड़कर परिवार {0} खोलें?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="401"/>
        <source>Cannot open</source>
        <translation>खुल नहीं सका</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="411"/>
        <source>Saved family {0}</source>
        <translation>परिवार {0} सहेजा गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="451"/>
        <source>Your password is changed.</source>
        <translation>आपका पासवर्ड बदल गया है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="473"/>
        <source>Back up to which folder (USB drive)?</source>
        <translation>किस फ़ोल्डर (USB ड्राइव) में बैकअप लें?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="479"/>
        <source>Backup done</source>
        <translation>बैकअप पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="480"/>
        <source>Backed up and checked: {0} in
{1}

Aadhaar numbers in it open only with a password of this laptop&apos;s accounts or the recovery code.</source>
        <translation>बैकअप लिया और जाँचा: {0}
{1} में

इसमें आधार नंबर केवल इस लैपटॉप के किसी खाते के पासवर्ड या रिकवरी कोड से ही खुलते हैं।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="484"/>
        <source>Backing up...</source>
        <translation>बैकअप लिया जा रहा है...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="486"/>
        <source>Backup failed</source>
        <translation>बैकअप नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="509"/>
        <source>No camp set up</source>
        <translation>कोई कैंप सेट नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="511"/>
        <source>Camp {0} · {1} · started {2} · logged in: {3}</source>
        <translation>कैंप {0} · {1} · शुरू {2} · लॉग इन: {3}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="517"/>
        <source>on the camp server {0}</source>
        <translation>कैंप सर्वर {0} पर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="519"/>
        <source>on this laptop&apos;s own database (camp server {0} not used: sync when it is back)</source>
        <translation>इस लैपटॉप के अपने डेटाबेस पर (कैंप सर्वर {0} इस्तेमाल नहीं हो रहा: लौटने पर sync करें)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/main_window.py" line="527"/>
        <source>A family is being typed and is not saved. Close PoWER Desktop?

What was typed is kept as a draft and offered back at the next start.</source>
        <translation>एक परिवार लिखा जा रहा है और सहेजा नहीं गया है। PoWER Desktop बंद करें?

जो लिखा गया है वह ड्राफ़्ट के रूप में रखा जाता है और अगली बार शुरू करने पर वापस दिया जाता है।</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="64"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="87"/>
        <source>Name in Hindi: type it in Devanagari (switch the keyboard to Hindi), or leave it empty.</source>
        <translation>हिंदी में नाम: इसे देवनागरी में लिखें (कीबोर्ड को हिंदी पर करें), या खाली छोड़ दें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="82"/>
        <source>in Devanagari</source>
        <translation>देवनागरी में</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="93"/>
        <source>DD/MM/YYYY, age</source>
        <translation>DD/MM/YYYY या आयु</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="106"/>
        <source>last 12 months</source>
        <translation>पिछले 12 महीने</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="115"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="121"/>
        <location filename="../../power_desktop/ui/member_form.py" line="298"/>
        <location filename="../../power_desktop/ui/member_form.py" line="312"/>
        <source>Add member (Enter)</source>
        <translation>सदस्य जोड़ें (Enter)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="123"/>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="139"/>
        <source>Name *</source>
        <translation>नाम *</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="139"/>
        <source>Name in Hindi</source>
        <translation>हिंदी में नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="140"/>
        <source>Relation *</source>
        <translation>संबंध *</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="140"/>
        <source>Gender *</source>
        <translation>लिंग *</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="141"/>
        <source>Birth date / age *</source>
        <translation>जन्म तिथि / आयु *</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="142"/>
        <source>Father / husband</source>
        <translation>पिता / पति</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="143"/>
        <source>Marital status</source>
        <translation>वैवाहिक स्थिति</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="143"/>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="144"/>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="144"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="145"/>
        <source>Building-work days</source>
        <translation>निर्माण कार्य के दिन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="146"/>
        <source>Disability %</source>
        <translation>विकलांगता %</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="147"/>
        <source>School class</source>
        <translation>स्कूल की कक्षा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="147"/>
        <source>Pays income tax</source>
        <translation>आयकर देते हैं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="148"/>
        <source>Pregnant</source>
        <translation>गर्भवती</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="148"/>
        <source>Breastfeeding</source>
        <translation>धात्री माता</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="149"/>
        <source>Delivery date</source>
        <translation>प्रसव की तारीख़</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="149"/>
        <source>Bank IFSC</source>
        <translation>बैंक IFSC</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="150"/>
        <source>Bank account no.</source>
        <translation>बैंक खाता नं.</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="207"/>
        <source>age {0}: born about {1} (estimated)</source>
        <translation>आयु {0}: जन्म लगभग {1} (अनुमानित)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="212"/>
        <source>age {0}</source>
        <translation>आयु {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="280"/>
        <source>{0} saved; type to replace</source>
        <translation>{0} सहेजा है; बदलने के लिए लिखें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/member_form.py" line="297"/>
        <source>Update member (Enter)</source>
        <translation>सदस्य अपडेट करें (Enter)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="69"/>
        <source>&amp;Print...</source>
        <translation>प्रिंट (&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="71"/>
        <source>&amp;Save as PDF...</source>
        <translation>PDF के रूप में सहेजें (&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="120"/>
        <source>Not printed</source>
        <translation>प्रिंट नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="125"/>
        <source>printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="138"/>
        <source>Save as PDF</source>
        <translation>PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="140"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="160"/>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="161"/>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} नहीं लिखा जा सका: {1}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="169"/>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="30"/>
        <source>Family income limit (Rs a year)</source>
        <translation>परिवार की आय सीमा (रु. प्रति वर्ष)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="31"/>
        <source>Income limit for the EWS seats (Rs a year)</source>
        <translation>EWS सीटों के लिए आय सीमा (रु. प्रति वर्ष)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="33"/>
        <source>Years living in Delhi, at least</source>
        <translation>दिल्ली में रहने के वर्ष, कम से कम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="35"/>
        <source>Disability, at least (%)</source>
        <translation>विकलांगता, कम से कम (%)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="36"/>
        <source>Disability for a child with special needs (%)</source>
        <translation>विशेष आवश्यकता वाले बच्चे के लिए विकलांगता (%)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="38"/>
        <source>Extra years of age for special needs</source>
        <translation>विशेष आवश्यकता के लिए आयु के अतिरिक्त वर्ष</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="40"/>
        <source>Days of work in the year, at least</source>
        <translation>वर्ष में काम के दिन, कम से कम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="41"/>
        <source>Girls of a family, at most</source>
        <translation>एक परिवार की बालिकाएँ, अधिक से अधिक</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="42"/>
        <source>Value of grain (Rs a kg)</source>
        <translation>अनाज का मूल्य (रु. प्रति किलो)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="59"/>
        <source>Scheme preview</source>
        <translation>योजना का पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="67"/>
        <source>Count families</source>
        <translation>परिवार गिनें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="71"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="75"/>
        <source>Scheme</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="77"/>
        <source>Limits (change one to see what it would do):</source>
        <translation>सीमाएँ (किसी एक को बदलकर असर देखें):</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="120"/>
        <source>Counting...</source>
        <translation>गिनती हो रही है...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="121"/>
        <source>Counting families for {0}...</source>
        <translation>{0} के लिए परिवार गिने जा रहे हैं...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="128"/>
        <source>{0} of {1} families qualify ({2} people); {3} need more answers.</source>
        <translation>{1} में से {0} परिवार पात्र ({2} लोग); {3} के लिए और उत्तर चाहिए।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="132"/>
        <source>With the changed limits: {0} families ({1:+d}), {2} people.</source>
        <translation>बदली सीमाओं के साथ: {0} परिवार ({1:+d}), {2} लोग।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/preview_dialog.py" line="140"/>
        <source>Could not count: {0}</source>
        <translation>गिनती नहीं हो सकी: {0}</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="187"/>
        <source>Printing...</source>
        <translation>प्रिंट हो रहा है...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="188"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="192"/>
        <source>Cannot print</source>
        <translation>प्रिंट नहीं हो सकता</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="193"/>
        <source>The printer could not be opened.</source>
        <translation>प्रिंटर नहीं खुल सका।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="227"/>
        <source>Application forms: {0}</source>
        <translation>आवेदन फ़ॉर्म: {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="230"/>
        <source> ({0} marked DUPLICATE COPY)</source>
        <translation> ({0} पर &quot;दूसरी प्रति&quot; (DUPLICATE COPY) अंकित)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="243"/>
        <source>Not printed</source>
        <translation>प्रिंट नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="246"/>
        <source>Preparing {0} forms...</source>
        <translation>{0} फ़ॉर्म तैयार हो रहे हैं...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="256"/>
        <source>No slip</source>
        <translation>पर्ची नहीं बनी</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_flow.py" line="260"/>
        <source>Family slip {0}</source>
        <translation>परिवार की पर्ची {0}</translation>
    </message>
</context>
<context>
    <name>PrintQueuePage</name>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="35"/>
        <source>Print queue</source>
        <translation>प्रिंट कतार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="38"/>
        <source>Waiting to print</source>
        <translation>प्रिंट की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="39"/>
        <source>Printed, not yet handed over</source>
        <translation>प्रिंट हुआ, अभी सौंपा नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="40"/>
        <source>All applications</source>
        <translation>सभी आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="45"/>
        <source>Application ID</source>
        <translation>आवेदन ID</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="45"/>
        <source>Scheme</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="45"/>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="45"/>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="46"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="46"/>
        <source>Printed</source>
        <translation>प्रिंट हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="48"/>
        <source>Preview and &amp;print selected (Ctrl+P)</source>
        <translation>चुने हुए देखें और प्रिंट करें (&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="50"/>
        <source>Handed over to the &amp;family</source>
        <translation>परिवार को सौंप दिया (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="52"/>
        <source>Family &amp;slip...</source>
        <translation>परिवार की पर्ची (&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="57"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="80"/>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="80"/>
        <source>printed</source>
        <translation>प्रिंट हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="81"/>
        <source>handed over</source>
        <translation>सौंपा गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="89"/>
        <source>{0} times</source>
        <translation>{0} बार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="103"/>
        <source>Print</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="104"/>
        <source>Select the applications to print (Ctrl+A selects all).</source>
        <translation>प्रिंट करने के आवेदन चुनें (Ctrl+A से सभी)।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="115"/>
        <source>Not marked</source>
        <translation>चिह्नित नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="121"/>
        <source>Family slip</source>
        <translation>परिवार की पर्ची</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/print_queue_page.py" line="122"/>
        <source>Select an application of the family first.</source>
        <translation>पहले परिवार का कोई आवेदन चुनें।</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="41"/>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="42"/>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="27"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="28"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="29"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="30"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="31"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="32"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="33"/>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="34"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="35"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="36"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="37"/>
        <source>Reset</source>
        <translation>फिर से सेट करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="38"/>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="39"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/i18n.py" line="40"/>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
</context>
<context>
    <name>QrFiller</name>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="45"/>
        <source>Aadhaar QR not read: {0}</source>
        <translation>आधार QR नहीं पढ़ा गया: {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="48"/>
        <source>Nothing filled: {0}. Type the details from the card.</source>
        <translation>कुछ नहीं भरा गया: {0}। कार्ड से विवरण टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="66"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="69"/>
        <source>birth date</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="71"/>
        <source>The card gives only the year of birth ({0}): type the date or the age.</source>
        <translation>कार्ड पर केवल जन्म का वर्ष ({0}) है: तारीख या आयु टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="74"/>
        <source>gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="77"/>
        <source>father / husband</source>
        <translation>पिता / पति</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="79"/>
        <source>Father / husband is the card&apos;s care-of (C/O) name: check that it is the father or husband.</source>
        <translation>पिता / पति कार्ड पर लिखा C/O (द्वारा) नाम है: जाँचें कि वह पिता या पति ही है।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="83"/>
        <source>marital status (W/O)</source>
        <translation>वैवाहिक स्थिति (W/O)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="90"/>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="91"/>
        <source>locality</source>
        <translation>मोहल्ला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="92"/>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="96"/>
        <source>district</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="98"/>
        <source>District &apos;{0}&apos; on the card read as {1}: check it.</source>
        <translation>कार्ड पर लिखा ज़िला &apos;{0}&apos; {1} माना गया: जाँच लें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="104"/>
        <source>The household&apos;s address was already typed: it was left as it is.</source>
        <translation>परिवार का पता पहले से टाइप था: उसे वैसा ही छोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="110"/>
        <location filename="../../power_desktop/ui/qr_fill.py" line="132"/>
        <source>Filled from Aadhaar QR, {0}</source>
        <translation>आधार QR से भरा गया, {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/qr_fill.py" line="146"/>
        <source>Photo kept from the Aadhaar QR. Untick to remove it.</source>
        <translation>आधार QR से रखी गई फ़ोटो। हटाने के लिए निशान हटाएँ।</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../../power_desktop/ui/aadhaar_scan.py" line="155"/>
        <source>Photo on forms: agreed</source>
        <translation>फ़ॉर्म पर फ़ोटो: सहमति है</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/aadhaar_scan.py" line="156"/>
        <source>Tick only if the person agrees to this photo being printed on their forms</source>
        <translation>तभी टिक करें जब व्यक्ति अपने फ़ॉर्म पर यह फ़ोटो छापने के लिए सहमत हो</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/aadhaar_scan.py" line="175"/>
        <source>Scan the Aadhaar QR code to fill this member</source>
        <translation>इस सदस्य को भरने के लिए आधार QR कोड स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/aadhaar_scan.py" line="193"/>
        <source>From the QR: {0}</source>
        <translation>QR से: {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/aadhaar_scan.py" line="202"/>
        <source>no photo</source>
        <translation>फ़ोटो नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/aadhaar_scan.py" line="209"/>
        <source>Use Hindi name {0}</source>
        <translation>हिंदी नाम {0} लें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/aadhaar_scan.py" line="210"/>
        <source>A suggestion from the English name: check it</source>
        <translation>अंग्रेज़ी नाम से बना सुझाव: जाँच लें</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="146"/>
        <source>Write down the recovery code</source>
        <translation>रिकवरी कोड लिख लें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="148"/>
        <source>If every supervisor password is forgotten, this code is the only way back to the Aadhaar numbers on this laptop. Write it on paper now and keep it locked away, not with the laptop. It will not be shown again.</source>
        <translation>अगर पर्यवेक्षक के सभी पासवर्ड भूल जाएँ, तो इस लैपटॉप के आधार नंबरों तक पहुँचने का यही एक रास्ता है। इसे अभी कागज़ पर लिखें और लैपटॉप से अलग, ताले में रखें। यह दोबारा नहीं दिखाया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="160"/>
        <source>I have written the code down</source>
        <translation>मैंने कोड लिख लिया है</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="122"/>
        <source>Use the recovery code</source>
        <translation>रिकवरी कोड इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="123"/>
        <source>Type the recovery code from the paper kept at set-up, the supervisor&apos;s name, and a new password for them.</source>
        <translation>सेट-अप के समय रखे काग़ज़ से रिकवरी कोड, पर्यवेक्षक का नाम, और उनके लिए नया पासवर्ड लिखें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="129"/>
        <source>Recovery code</source>
        <translation>रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="130"/>
        <source>Supervisor name</source>
        <translation>पर्यवेक्षक का नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="131"/>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="132"/>
        <source>New password again</source>
        <translation>नया पासवर्ड दोबारा</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="76"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="76"/>
        <source>Name in Hindi</source>
        <translation>हिंदी में नाम</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="76"/>
        <source>Relation</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="76"/>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="77"/>
        <source>Age / DOB</source>
        <translation>आयु / जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="77"/>
        <source>Father / husband</source>
        <translation>पिता / पति</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="77"/>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="78"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="91"/>
        <source>Save family (Ctrl+S)</source>
        <translation>परिवार सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="95"/>
        <source>Cancel (Esc)</source>
        <translation>रद्द करें (Esc)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="97"/>
        <source>Remove member (Del)</source>
        <translation>सदस्य हटाएँ (Del)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="99"/>
        <source>Edit member (F2)</source>
        <translation>सदस्य बदलें (F2)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="178"/>
        <source>Editing family {0}</source>
        <translation>परिवार {0} में बदलाव</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="180"/>
        <source>Register a new family</source>
        <translation>नया परिवार पंजीकृत करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="233"/>
        <source>{0} updated. Type the next member, or Ctrl+S to save the family.</source>
        <translation>{0} बदला गया। अगला सदस्य लिखें, या परिवार सहेजने के लिए Ctrl+S दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="235"/>
        <source>{0} added. Type the next member, or Ctrl+S to save the family.</source>
        <translation>{0} जोड़ा गया। अगला सदस्य लिखें, या परिवार सहेजने के लिए Ctrl+S दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="262"/>
        <source>F2 changes {0}; Del removes them from the family.</source>
        <translation>F2 से {0} को बदलें; Del से उन्हें परिवार से हटाएँ।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="270"/>
        <source>(no name yet)</source>
        <translation>(अभी नाम नहीं)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="272"/>
        <source>Member being typed</source>
        <translation>लिखा जा रहा सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="273"/>
        <source>The member form holds {0}, not yet added. Throw that away and edit {1}?</source>
        <translation>सदस्य फ़ॉर्म में {0} है, जो अभी जोड़ा नहीं गया। उसे हटाकर {1} को बदलें?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="299"/>
        <source>Member {0} of {1}: editing {2}</source>
        <translation>सदस्य {0} / {1}: {2} को बदला जा रहा है</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="302"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="317"/>
        <source>Remove member</source>
        <translation>सदस्य हटाएँ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="318"/>
        <source>Remove {0} from this family?</source>
        <translation>{0} को इस परिवार से हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="333"/>
        <source>{0} (estimated)</source>
        <translation>{0} (अनुमानित)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="350"/>
        <source>Members of this family: {0}</source>
        <translation>इस परिवार के सदस्य: {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="371"/>
        <source>Please confirm</source>
        <translation>कृपया पुष्टि करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="372"/>
        <source>Please check these with the family before saving:

{0}

Save the family as it is?</source>
        <translation>सहेजने से पहले इन्हें परिवार से जाँच लें:

{0}

क्या परिवार को ऐसे ही सहेजें?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="395"/>
        <location filename="../../power_desktop/ui/registration_page.py" line="404"/>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="410"/>
        <source>Saved changes to family {0}</source>
        <translation>परिवार {0} के बदलाव सहेजे गए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="411"/>
        <source>Saved. Family ID: {0}</source>
        <translation>सहेजा गया। परिवार ID: {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="421"/>
        <source>Saving... waiting for the database</source>
        <translation>सहेजा जा रहा है... डेटाबेस के जवाब की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="483"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="484"/>
        <source>Throw away what was typed for this family?</source>
        <translation>इस परिवार के लिए लिखा हुआ सब छोड़ दें?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/registration_page.py" line="503"/>
        <source>... and {0} more</source>
        <translation>... और {0}</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="34"/>
        <source>Returned by the central system</source>
        <translation>केंद्रीय प्रणाली से लौटे</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="38"/>
        <source>Application ID</source>
        <translation>आवेदन ID</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="38"/>
        <source>Verdict</source>
        <translation>फ़ैसला</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="38"/>
        <source>Scheme</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="38"/>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="39"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="39"/>
        <source>Next batch</source>
        <translation>अगला बैच</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="41"/>
        <source>Open the &amp;family</source>
        <translation>परिवार खोलें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="43"/>
        <source>Corrected: &amp;send again</source>
        <translation>सुधार हो गया: फिर भेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="61"/>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="62"/>
        <source>needs correction</source>
        <translation>सुधार चाहिए</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="70"/>
        <source>goes out again</source>
        <translation>फिर से जाएगा</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="74"/>
        <source>{0} to act on</source>
        <translation>{0} पर कार्रवाई करनी है</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="87"/>
        <source>Returns</source>
        <translation>लौटे आवेदन</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="88"/>
        <source>Select the corrected applications first.</source>
        <translation>पहले सुधारे गए आवेदन चुनें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/returns_page.py" line="93"/>
        <source>Not marked</source>
        <translation>चिह्नित नहीं</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="57"/>
        <source>Entitlements</source>
        <translation>हक़</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="66"/>
        <source>Questions to ask</source>
        <translation>पूछने के प्रश्न</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="80"/>
        <source>Save answers and screen again (Ctrl+Enter)</source>
        <translation>उत्तर सहेजें और फिर से जाँचें (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="88"/>
        <source>Apply for ticked schemes (Ctrl+P)</source>
        <translation>चुनी योजनाओं के लिए आवेदन करें (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="90"/>
        <source>Print forms (F9)</source>
        <translation>फ़ॉर्म प्रिंट करें (F9)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="92"/>
        <source>Family slip</source>
        <translation>परिवार की पर्ची</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="150"/>
        <source>Entitlements of family {0} ({1})</source>
        <translation>परिवार {0} ({1}) के हक़</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="152"/>
        <source>Rs {0} a year if all eligible schemes are taken</source>
        <translation>सभी पात्र योजनाएँ लेने पर रु. {0} प्रति वर्ष</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="154"/>
        <source>and Rs {0} once</source>
        <translation>और रु. {0} एकमुश्त</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="157"/>
        <source>One-time benefits (such as the family benefit on an earner&apos;s death) are paid once, so they are not in the yearly total.</source>
        <translation>एकमुश्त लाभ (जैसे कमाने वाले की मृत्यु पर पारिवारिक लाभ) एक ही बार मिलते हैं, इसलिए वार्षिक जोड़ में नहीं गिने जाते।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="167"/>
        <source>Applications: {0}</source>
        <translation>आवेदन: {0}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="170"/>
        <source>none yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="181"/>
        <source>Some facts of this scheme are not confirmed:
</source>
        <translation>इस योजना की कुछ बातें पक्की नहीं हैं:
</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="192"/>
        <source>{0} (source: {1}; checked {2})</source>
        <translation>{0} (स्रोत: {1}; जाँच {2})</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="205"/>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="255"/>
        <source>Answer at least one question first.</source>
        <translation>पहले कम से कम एक प्रश्न का उत्तर दें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="268"/>
        <source>Answers saved; the family was screened again.</source>
        <translation>उत्तर सहेजे गए; परिवार की फिर से जाँच हुई।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="278"/>
        <source>Tick the schemes to apply for first.</source>
        <translation>पहले आवेदन के लिए योजनाएँ चुनें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="290"/>
        <source>Some applications were not made</source>
        <translation>कुछ आवेदन नहीं हो सके</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="292"/>
        <source>Applications made: {0}.</source>
        <translation>बनाए गए आवेदन: {0}।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/screening_page.py" line="302"/>
        <source>Every application of this family is printed; reprint from the print queue (F5).</source>
        <translation>इस परिवार के सभी आवेदन प्रिंट हो चुके हैं; दोबारा प्रिंट प्रिंट कतार (F5) से करें।</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <location filename="../../power_desktop/ui/server_banner.py" line="48"/>
        <source>Try the server &amp;again</source>
        <translation>सर्वर से फिर कोशिश करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/server_banner.py" line="49"/>
        <source>Work on this laptop&apos;s &amp;own database</source>
        <translation>इस लैपटॉप के अपने डेटाबेस पर काम करें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/server_banner.py" line="64"/>
        <source>The camp server {0} is not answering. Nothing saved is lost, and what is typed stays on screen. Check the LAN cable or Wi-Fi, then try again; or work on this laptop&apos;s own database and sync when the server is back.</source>
        <translation>कैंप सर्वर {0} जवाब नहीं दे रहा। सहेजा हुआ कुछ भी नहीं खोया, और जो टाइप किया है वह स्क्रीन पर रहेगा। LAN केबल या वाई-फ़ाई जाँचें, फिर कोशिश करें; या इस लैपटॉप के अपने डेटाबेस पर काम करें और सर्वर लौटने पर sync करें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/server_banner.py" line="70"/>
        <source>The camp server {0} still does not answer. Check the LAN cable or Wi-Fi and that the server laptop is on; or work on this laptop&apos;s own database.</source>
        <translation>कैंप सर्वर {0} अब भी जवाब नहीं दे रहा। LAN केबल या वाई-फ़ाई और सर्वर लैपटॉप चालू है या नहीं, जाँचें; या इस लैपटॉप के अपने डेटाबेस पर काम करें।</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="102"/>
        <source>New password for {0}</source>
        <translation>{0} का नया पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="103"/>
        <source>Change my password</source>
        <translation>मेरा पासवर्ड बदलें</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="107"/>
        <source>Current password</source>
        <translation>मौजूदा पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="108"/>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/accounts_dialog.py" line="109"/>
        <source>New password again</source>
        <translation>नया पासवर्ड दोबारा</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../power_desktop/ui/settings_dialog.py" line="15"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/settings_dialog.py" line="18"/>
        <source> minutes</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/settings_dialog.py" line="21"/>
        <source>A5 (office printer)</source>
        <translation>A5 (दफ़्तर का प्रिंटर)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/settings_dialog.py" line="22"/>
        <source>A4 (office printer)</source>
        <translation>A4 (दफ़्तर का प्रिंटर)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/settings_dialog.py" line="23"/>
        <source>80 mm roll (receipt printer)</source>
        <translation>80 मिमी रोल (रसीद प्रिंटर)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/settings_dialog.py" line="31"/>
        <source>Lock the screen after</source>
        <translation>स्क्रीन लॉक करें इतने समय बाद</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/settings_dialog.py" line="32"/>
        <source>Family slip paper</source>
        <translation>परिवार की पर्ची का कागज़</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/settings_dialog.py" line="33"/>
        <source>Language (at start and for everyone)</source>
        <translation>भाषा (शुरुआत में और सबके लिए)</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="71"/>
        <source>Unsaved registration</source>
        <translation>बिना सहेजा पंजीकरण</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="72"/>
        <source>A family was being typed when PoWER Desktop last closed. Bring it back?</source>
        <translation>पिछली बार PoWER डेस्कटॉप बंद होते समय एक परिवार का पंजीकरण लिखा जा रहा था। उसे वापस लाएँ?</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="109"/>
        <source>No camp</source>
        <translation>कोई कैंप नहीं</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="110"/>
        <source>No camp is set up on this laptop yet. Ask a supervisor to log in and set it up.</source>
        <translation>इस लैपटॉप पर अभी कोई कैंप सेट नहीं है। किसी पर्यवेक्षक से लॉग इन करके इसे सेट करने को कहें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="159"/>
        <source>Cannot start</source>
        <translation>शुरू नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="160"/>
        <source>The data in {0} cannot be opened:
{1}</source>
        <translation>{0} का डेटा नहीं खुल सका:
{1}</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="207"/>
        <source>Camp server not reached</source>
        <translation>कैंप सर्वर से संपर्क नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="209"/>
        <source>A laptop that has never worked on its own database asks for a camp set-up first: give it a device code of its own (such as L2B), so that its family IDs are never the same as those made on the server.</source>
        <translation>जिस लैपटॉप ने कभी अपने डेटाबेस पर काम नहीं किया, वह पहले कैंप सेट-अप माँगता है: उसे अपना अलग डिवाइस कोड दें (जैसे L2B), ताकि उसकी परिवार ID सर्वर पर बनी ID से कभी न मिलें।</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="213"/>
        <source>&amp;Try again</source>
        <translation>फिर से कोशिश करें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="215"/>
        <source>Work on this &amp;laptop&apos;s own database</source>
        <translation>इस लैपटॉप के अपने डेटाबेस पर काम करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/start.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Switch</name>
    <message>
        <location filename="../../power_desktop/ui/database_switch.py" line="65"/>
        <source>Not switched</source>
        <translation>बदला नहीं गया</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../../power_desktop/ui/form_fields.py" line="121"/>
        <source>Yes / हाँ</source>
        <translation>Yes / हाँ</translation>
    </message>
    <message>
        <location filename="../../power_desktop/ui/form_fields.py" line="122"/>
        <source>No / नहीं</source>
        <translation>No / नहीं</translation>
    </message>
</context>
</TS>
