"""Hand-written tables for the independent duplicate-registration evaluation set.

Everything here was written out by hand from general knowledge of how names are
spelt and typed in Delhi (camp registers, ration-card lists, Aadhaar letters, school
records).  Nothing is taken from the PoWER Desktop matcher.

NAME_TABLE columns:  latin | devanagari | transliteration variants | official variants
  * "transliteration variants" are spellings an operator produces by ear
    (v/w, ee/i, oo/u, sh/s, z/j, aa/a, ksh/x, ph/f, th/t, b/v ...).
  * "official variants" are forms that appear on people's own documents
    (Laxmi/Lakshmi, Mohd/Md, Pooja/Puja, Jyoti/Jyothi, -endra/-ender, Kamla/Kamala ...).
  A key may carry "@s" when the same Latin spelling is a surname with a different
  Devanagari spelling (Meena the given name is मीना, Meena the surname is मीणा).
"""

NAME_TABLE = """
# ---- marker words, joinable parts, prefixes
Kumar|कुमार||
Kumari|कुमारी||
Devi|देवी||
Singh|सिंह|Sing|
Kaur|कौर|Kour|
Bai|बाई||
Rani|रानी||
Begum|बेगम|Begam|
Khatoon|ख़ातून|Khatun|
Bano|बानो|Banu|
Bala|बाला||
Lal|लाल||
Chand|चंद||Chandra
Chandra|चंद्र||Chander
Prasad|प्रसाद|Prashad,Parsad|
Nath|नाथ||
Ram|राम||
Babu|बाबू||
Raj|राज||
Wati|वती|Vati|
Kali|कली||
Pal|पाल|Paal|
Om|ओम||
Prakash|प्रकाश||Parkash
Shyam|श्याम|Shayam|
Mohan|मोहन||
Sohan|सोहन||
Hari|हरि||
Mange|मांगे||
Ganga|गंगा||
Sita|सीता|Seeta|
Avtar|अवतार|Autar|
Niwas|निवास|Nivas|
Shiv|शिव|Shiva|
Jai|जय|Jay|
Gyan|ज्ञान|Gian,Gyaan|
Phool|फूल|Phul,Ful|
Prem|प्रेम||
Swaroop|स्वरूप|Swarup,Saroop|
Dayal|दयाल||
Shankar|शंकर|Sankar|
Abdul|अब्दुल||
Mohammad|मोहम्मद|Mohammed,Muhammad,Mohamad|Mohd,Md
Jahan|जहाँ|Jahaan|
Noor|नूर|Nur|
# ---- Hindu North Indian, men
Ramesh|रमेश||
Suresh|सुरेश||
Rajesh|राजेश||
Mukesh|मुकेश||
Rakesh|राकेश||
Sanjay|संजय|Sanjai|
Manoj|मनोज||
Anil|अनिल|Aneel|
Sunil|सुनील|Suneel|
Vijay|विजय|Vijai,Bijay|
Ajay|अजय|Ajai|
Dinesh|दिनेश||
Naresh|नरेश||
Mahesh|महेश||
Pawan|पवन|Pavan|
Deepak|दीपक|Dipak|
Rahul|राहुल||
Rohit|रोहित||
Amit|अमित||
Sandeep|संदीप|Sandip|
Pradeep|प्रदीप|Pradip|
Vikas|विकास|Vikash|
Vishal|विशाल|Vishaal|
Pankaj|पंकज||
Naveen|नवीन|Navin|
Praveen|प्रवीण|Pravin|
Sachin|सचिन||
Ravi|रवि||
Raju|राजू|Rajoo|
Satish|सतीश|Sateesh|
Harish|हरीश|Hareesh|
Jagdish|जगदीश|Jagdeesh|
Rajendra|राजेंद्र||Rajender,Rajinder
Surendra|सुरेंद्र||Surender
Narendra|नरेंद्र||Narender,Narinder
Virendra|वीरेंद्र||Virender,Birendra
Mahendra|महेंद्र||Mahender,Mahinder
Devendra|देवेंद्र||Devender
Jitendra|जितेंद्र|Jeetendra|Jitender
Dharmendra|धर्मेंद्र||Dharmender
Upendra|उपेंद्र||Upender
Bhupendra|भूपेंद्र||Bhupender
Yogesh|योगेश||
Krishan|कृष्ण||
Kishan|किशन|Kisan|
Ashok|अशोक||
Alok|आलोक||
Arun|अरुण||
Varun|वरुण||
Tarun|तरुण||
Nitin|नितिन||
Gaurav|गौरव|Gourav|
Saurabh|सौरभ|Sourabh|
Vivek|विवेक||
Aman|अमन||
Lalit|ललित||
Ankit|अंकित||
Ankita|अंकिता||
Sumit|सुमित||
Umesh|उमेश||
Ganesh|गणेश||
Lakshman|लक्ष्मण|Laxman|
Akshay|अक्षय|Akshai|
Shravan|श्रवण|Sharwan,Sarwan|
Kuldeep|कुलदीप|Kuldip|
Naman|नमन||
Bharat|भरत||
Luv|लव|Lav|
Kush|कुश||
Chaman|चमन||
# ---- Hindu North Indian, women
Sunita|सुनीता|Suneeta,Sunitha|
Anita|अनीता|Aneeta,Anitha|
Kavita|कविता|Kavitha|
Geeta|गीता|Gita,Geetha|
Gita|गीता|Geeta|
Seema|सीमा|Sima|
Pooja|पूजा||Puja
Rekha|रेखा||
Suman|सुमन||
Savita|सविता|Savitha|
Neelam|नीलम|Nilam|
Poonam|पूनम|Punam|
Manju|मंजू|Manjoo|
Kamla|कमला||Kamala
Usha|उषा||
Asha|आशा|Aasha|
Reena|रीना|Rina|
Meena|मीना|Mina|
Jyoti|ज्योति||Jyothi
Priya|प्रिया||
Neha|नेहा||
Sneha|स्नेहा||
Preeti|प्रीति|Priti|
Aarti|आरती|Arti|
Nisha|निशा||
Anju|अंजू|Anjoo|
Sangeeta|संगीता|Sangita|
Sarita|सरिता|Saritha|
Vimla|विमला||Vimala,Bimla
Nirmala|निर्मला||Nirmla
Shakuntala|शकुंतला|Sakuntala|Shakuntla
Shanti|शांति|Santi|
Kaushalya|कौशल्या|Kaushaliya,Koshalya|
Savitri|सावित्री|Sawitri|
Lakshmi|लक्ष्मी||Laxmi
Pushpa|पुष्पा||
Sushila|सुशीला|Susheela|
Urmila|उर्मिला|Urmilla|
Rajni|रजनी|Rajani|
Sapna|सपना||
Kiran|किरण||
Mamta|ममता|Mamata|
Sonia|सोनिया|Soniya|
Renu|रेनू||
Babita|बबीता|Babeeta|
Bhagwati|भगवती|Bhagvati|
Radha|राधा||
Priyanka|प्रियंका||
Kajal|काजल||
Khushi|ख़ुशी|Khushee|
Muskan|मुस्कान|Muskaan|
Anjali|अंजलि|Anjli|
Shivani|शिवानी||
Komal|कोमल||
Payal|पायल||
Neeta|नीता|Nita|
Kamlesh|कमलेश||
Meenakshi|मीनाक्षी|Meenaxi,Minakshi|
Pragya|प्रज्ञा||
Shalini|शालिनी||
Sonam|सोनम||
# ---- North Indian surnames
Sharma|शर्मा||
Gupta|गुप्ता||
Yadav|यादव||
Verma|वर्मा|Varma|
Chauhan|चौहान|Chouhan|
Prajapati|प्रजापति||
Jatav|जाटव||
Valmiki|वाल्मीकि|Balmiki|
Kashyap|कश्यप||
Saini|सैनी||
Tiwari|तिवारी|Tiwary|
Mishra|मिश्रा|Misra|
Pandey|पांडेय|Pande|
Shukla|शुक्ला||
Chaudhary|चौधरी|Choudhary,Chaudhry,Chowdhary|
Agarwal|अग्रवाल|Agrawal,Aggarwal|
Tomar|तोमर||
Jain|जैन||
Goel|गोयल|Goyal|
Mittal|मित्तल||
Bansal|बंसल||
Kushwaha|कुशवाहा||
Maurya|मौर्य|Mourya|
Nishad|निषाद||
Rajput|राजपूत||
Lodhi|लोधी|Lodi|
Sonkar|सोनकर||
Gautam|गौतम|Goutam|
Bharti|भारती|Bharati|
# ---- Bihari / Purvanchali
Santosh|संतोष||
Ranjit|रंजीत|Ranjeet|
Arvind|अरविंद|Arbind|
Vinod|विनोद|Binod|
Dilip|दिलीप|Dileep|
Anand|आनंद||
Chandan|चंदन||
Kundan|कुंदन||
Munna|मुन्ना||
Sonu|सोनू||
Monu|मोनू||
Pintu|पिंटू||
Shambhu|शंभू|Shambu,Sambhu|
Lalan|ललन||
Shatrughan|शत्रुघ्न|Shatrughn,Satrughan|
Baleshwar|बालेश्वर|Baleswar|
Uday|उदय|Udai|
Nitish|नीतीश|Nitesh|
Rinki|रिंकी||
Pinki|पिंकी|Pinky|
Rita|रीता|Reeta|
Chandni|चाँदनी|Chandani|
Gudiya|गुड़िया|Gudia|
Sunaina|सुनैना||
Khushboo|ख़ुशबू|Khushbu|
Nitu|नीतू|Neetu|
Shobha|शोभा||
Lalita|ललिता||
Sharda|शारदा|Sharada|
Kanti|कांति||
Paswan|पासवान||
Mahto|महतो|Mahato|
Jha|झा||
Sah|साह|Shah|
Mandal|मंडल|Mondal|
Thakur|ठाकुर||
Sahni|सहनी|Sahani|
Rajak|रजक||
Manjhi|मांझी|Majhi|
Chaurasia|चौरसिया|Chourasia|
Das|दास||
# ---- Sikh
Harpreet|हरप्रीत|Harprit|
Gurpreet|गुरप्रीत|Gurprit|
Jaswinder|जसविंदर|Jasvinder|
Sukhwinder|सुखविंदर|Sukhvinder|
Balwinder|बलविंदर|Balvinder|
Kulwant|कुलवंत|Kulvant|
Manjeet|मनजीत|Manjit|
Paramjit|परमजीत|Paramjeet|
Amarjeet|अमरजीत|Amarjit|
Gurmeet|गुरमीत|Gurmit|
Harjeet|हरजीत|Harjit|
Jagjit|जगजीत|Jagjeet|
Satnam|सतनाम||
Baljeet|बलजीत|Baljit|
Harbhajan|हरभजन||
Tejinder|तेजिंदर|Tejender|
Ravinder|रविंदर||Ravindra
Davinder|दविंदर|Devinder|
Jasmeet|जसमीत|Jasmit|
Simranjeet|सिमरनजीत|Simranjit|
Gurcharan|गुरचरण||
Kirpal|किरपाल||Kripal
Pritam|प्रीतम|Preetam|
Amandeep|अमनदीप|Amandip|
Manpreet|मनप्रीत|Manprit|
Jasbir|जसबीर|Jasbeer|
Simran|सिमरन||
Rajwinder|राजविंदर|Rajvinder|
Navneet|नवनीत|Navnit|
Jaspreet|जसप्रीत|Jasprit|
Kamaljeet|कमलजीत|Kamaljit|
Baljinder|बलजिंदर||
Surinder|सुरिंदर||
Gill|गिल||
Sandhu|संधू|Sandhoo|
Sidhu|सिद्धू|Sidhoo|
Dhillon|ढिल्लों|Dhilon|
Grewal|ग्रेवाल||
Bedi|बेदी||
Sodhi|सोढ़ी||
Bajwa|बाजवा||
Randhawa|रंधावा||
Virk|विर्क||
Chahal|चहल||
Kohli|कोहली||
Bhatia|भाटिया|Bhatiya|
# ---- Punjabi Hindu
Sanjeev|संजीव|Sanjiv|
Rajiv|राजीव|Rajeev|
Madan|मदन||
Tilak|तिलक||
Hans|हंस||
Des|देस|Desh|
Yash|यश||
Ved|वेद||
Monika|मोनिका|Monica|
Neeru|नीरू||
Kanta|कांता||
Sudesh|सुदेश||
Veena|वीणा|Vina|
Gulshan|गुलशन||
Arora|अरोड़ा||
Khanna|खन्ना||
Malhotra|मल्होत्रा||
Kapoor|कपूर|Kapur|
Chawla|चावला||
Sethi|सेठी||
Ahuja|आहूजा||
Narang|नारंग||
Batra|बत्रा||
Gulati|गुलाटी||
Taneja|तनेजा||
Kalra|कालरा||
Bajaj|बजाज||
Grover|ग्रोवर||
# ---- Muslim
Salim|सलीम|Saleem|
Irfan|इरफ़ान|Irfaan|
Iqbal|इक़बाल|Ikbal|
Aslam|असलम||
Arif|आरिफ़|Aarif|
Asif|आसिफ़|Aasif|
Shahid|शाहिद|Sahid|
Rafiq|रफ़ीक़|Rafique,Rafik|
Yusuf|यूसुफ़|Yousuf|
Imran|इमरान|Imraan|
Wasim|वसीम|Waseem|
Rashid|राशिद|Rasheed|
Majid|माजिद|Majeed|
Karim|करीम|Kareem|
Sattar|सत्तार|Satar|
Rehman|रहमान|Rahman|
Nasir|नासिर|Naseer|
Javed|जावेद|Jawed|
Rizwan|रिज़वान|Rijwan|
Zubair|ज़ुबैर|Jubair|
Naseem|नसीम|Nasim|
Faizan|फ़ैज़ान|Faijan|
Sameer|समीर|Samir|
Salman|सलमान||
Shahrukh|शाहरुख़|Sharukh|
Aamir|आमिर|Amir|
Danish|दानिश||
Sajid|साजिद||
Wajid|वाजिद||
Tariq|तारिक़|Tarik|
Anwar|अनवर||
Akhtar|अख़्तर|Akhter|
Jameel|जमील|Jamil|
Shakeel|शकील|Shakil|
Nadeem|नदीम|Nadim|
Zahid|ज़ाहिद|Jahid|
Khalid|ख़ालिद|Khaled|
Faisal|फ़ैसल|Faizal|
Arshad|अरशद||
Mushtaq|मुश्ताक़|Mustaq|
Mehboob|महबूब|Mahboob|
Zakir|ज़ाकिर|Jakir|
Hasan|हसन|Hassan|
Husain|हुसैन|Hussain|
Ahmed|अहमद|Ahmad|
Ali|अली||
Alam|आलम||
Raza|रज़ा||
Farhan|फ़रहान||
Farhana|फ़रहाना||
Shabana|शबाना||
Shahnaz|शहनाज़|Shehnaz,Shahnaj|
Nasreen|नसरीन|Nasrin|
Rukhsana|रुख़साना|Ruksana|
Zeenat|ज़ीनत|Jeenat,Zinat|
Farzana|फ़रज़ाना|Farjana|
Saira|साइरा||
Reshma|रेशमा||
Ruksar|रुख़सार|Rukhsar|
Tabassum|तबस्सुम||
Salma|सलमा||
Shaheen|शाहीन|Shahin|
Afsana|अफ़साना|Afshana|
Ayesha|आयशा|Aisha|
Heena|हिना|Hina|
Shabnam|शबनम|Sabnam|
Parveen|परवीन|Perveen,Parvin|
Sabina|सबीना|Sabeena|
Rehana|रेहाना|Rahana|
Sultana|सुल्ताना||
Nazia|नाज़िया|Najia|
Nargis|नरगिस||
Amreen|अमरीन|Amrin|
Sana|सना||
Aafreen|आफ़रीन|Afreen|
Sakina|सकीना|Sakeena|
Jannat|जन्नत||
Kulsum|कुलसुम|Kulsoom|
Hajra|हाजरा|Hajara|
Zubaida|ज़ुबैदा|Jubaida|
Fatima|फ़ातिमा|Fatma|
Khadija|ख़दीजा|Khatija|
Mumtaz|मुमताज़|Mumtaj|
Shamim|शमीम|Shameem|
Ishrat|इशरत||
Rubina|रुबीना|Rubeena|
Ansari|अंसारी||
Qureshi|क़ुरैशी|Kureshi,Quraishi|
Khan|ख़ान||
Malik|मलिक||
Saifi|सैफ़ी||
Siddiqui|सिद्दीक़ी|Siddiqi|
Alvi|अल्वी||
Mansuri|मंसूरी|Mansoori|
Salmani|सलमानी||
Idrisi|इदरीसी||
Sheikh|शेख़|Shaikh|
Abbasi|अब्बासी||
Mirza|मिर्ज़ा||
Warsi|वारसी||
# ---- Bengali
Subrata|सुब्रत|Subroto|
Tapan|तपन|Topon|
Tapas|तापस||
Swapan|स्वपन|Sapan|
Biswajit|विश्वजीत|Bishwajit,Biswajeet|
Sujit|सुजीत|Sujeet|
Dipankar|दीपांकर|Deepankar|
Prasenjit|प्रसेनजीत|Prosenjit|
Amitava|अमिताभ|Amitabha|
Sanjib|संजीब|Sanjeeb|
Nirmal|निर्मल||
Bikash|बिकाश|Vikash|
Partha|पार्थ||
Sukumar|सुकुमार||
Rabindra|रबींद्र|Robindro|
Shyamal|श्यामल|Shamal|
Ratan|रतन|Rattan|
Anup|अनूप|Anoop|
Utpal|उत्पल||
Kartik|कार्तिक|Karthik|
Nitai|निताई||
Gopal|गोपाल||
Mousumi|मौसुमी|Moushumi,Mausumi|
Rupa|रूपा|Roopa|
Sumitra|सुमित्रा||
Shampa|शम्पा|Sampa|
Mita|मीता|Meeta|
Purnima|पूर्णिमा|Poornima|
Soma|सोमा||
Lipika|लिपिका||
Tumpa|टुम्पा||
Rumpa|रुम्पा||
Jhuma|झूमा||
Bandana|बंदना|Vandana|
Swapna|स्वप्ना|Sapna|
Malati|मालती|Malti|
Kalpana|कल्पना||
Namita|नमिता||
Sharmila|शर्मिला|Sarmila|
Moumita|मौमिता|Mowmita|
Piyali|पियाली||
Sabita|सबिता|Savita|
Arati|आरती|Aarti|
Rina|रीना|Reena|
Mondal|मंडल|Mandal|
Ghosh|घोष|Ghose|
Biswas|बिस्वास|Bishwas|
Sarkar|सरकार|Sircar|
Roy|रॉय|Ray|
Paul|पॉल|Pal|
Banerjee|बनर्जी|Banerji,Bannerjee|
Mukherjee|मुखर्जी|Mukerjee|
Chatterjee|चटर्जी|Chaterjee|
Halder|हालदार|Haldar|
Saha|साहा||
Dey|डे|De|
Bose|बोस|Basu|
Majumdar|मजूमदार|Mazumdar|
Sen|सेन||
Dutta|दत्ता|Datta|
Bhattacharya|भट्टाचार्य|Bhattacharjee|
Pramanik|प्रामाणिक|Paramanik|
Adhikari|अधिकारी||
Karmakar|कर्मकार|Karmokar|
Debnath|देबनाथ|Devnath|
Naskar|नस्कर||
# ---- South Indian
Murugan|मुरुगन||
Senthil|सेंथिल|Sentil|
Rajendran|राजेंद्रन||
Venkatesh|वेंकटेश||
Srinivas|श्रीनिवास|Shrinivas,Sreenivas|
Selvam|सेल्वम||
Karthik|कार्तिक|Kartik,Karthick|
Ganesan|गणेसन|Ganeshan|
Krishnan|कृष्णन||
Balaji|बालाजी||
Saravanan|सरवनन||
Manikandan|मणिकंदन|Manikantan|
Arumugam|अरुमुगम||
Satyanarayana|सत्यनारायण|Sathyanarayana|Satyanarayan
Nagaraju|नागराजू|Nagraju|
Selvi|सेल्वी||
Kavitha|कविता|Kavita|
Jyothi|ज्योति|Jyoti|
Saraswathi|सरस्वती|Saraswati|
Valli|वल्ली||
Revathi|रेवती|Revati|
Shanthi|शांति|Shanti,Santhi|
Latha|लता|Lata|
Sumathi|सुमति|Sumati|
Padma|पद्मा||
Vijaya|विजया||
Geetha|गीता|Geeta|
Malathi|मालती|Malati|
Kamala|कमला|Kamla|
Parvathi|पार्वती|Parvati|
Anitha|अनीता|Anita|
Sujatha|सुजाता|Sujata|
Divya|दिव्या||
Deepa|दीपा|Dipa|
Nair|नायर||
Pillai|पिल्लई|Pillay|
Menon|मेनन||
Reddy|रेड्डी|Reddi|
Rao|राव||
Naidu|नायडू||
Iyer|अय्यर||
# ---- Uttarakhand / Himachal
Govind|गोविंद|Gobind|
Diwan|दीवान|Dewan|
Bhagat|भगत||
Trilok|त्रिलोक||
Bahadur|बहादुर||
Khushal|ख़ुशाल|Khusal|
Pratap|प्रताप|Partap|
Lokesh|लोकेश||
Hemant|हेमंत||
Jeevan|जीवन|Jivan|
Basanti|बसंती||
Hema|हेमा||
Janaki|जानकी|Janki|
Tulsi|तुलसी||
Parvati|पार्वती|Parvathi|
Heera|हीरा|Hira|
Champa|चंपा||
Durga|दुर्गा||
Kalawati|कलावती|Kalavati|
Bina|बीना|Beena|
Rawat|रावत||
Negi|नेगी||
Bisht|बिष्ट|Bist|
Joshi|जोशी||
Pant|पंत||
Bhatt|भट्ट|Bhat|
Rana|राणा||
Bhandari|भंडारी||
Gusain|गुसाईं|Gosain,Gusai|
Nautiyal|नौटियाल||
Semwal|सेमवाल||
Kandpal|कांडपाल||
Dhami|धामी||
Mehra|मेहरा||
Kathait|कठैत||
# ---- Rajasthani
Mangi|मांगी||
Bhanwar|भँवर|Bhanvar,Bhawar|
Prahlad|प्रह्लाद|Prahalad|
Bhagirath|भागीरथ||
Kailash|कैलाश|Kailas|
Hanuman|हनुमान||
Kana|काना||
Bhera|भेरा||
Prabhu|प्रभु||
Bajrang|बजरंग||
Dhanna|धन्ना||
Ganpat|गणपत||
Bhanwari|भँवरी|Bhanvari|
Kesar|केसर|Keshar|
Dhapu|धापू||
Lali|लाली||
Meena@s|मीणा|Mina|
Gurjar|गुर्जर|Gujjar,Gujar|
Bairwa|बैरवा|Berwa|
Regar|रैगर|Raigar|
Meghwal|मेघवाल||
Kumawat|कुमावत||
Jat|जाट||
Prajapat|प्रजापत||
Mali|माली||
Bishnoi|बिश्नोई||
"""

# Devanagari spellings that Hindi-keyboard operators also type for the same word.
DEV_ALT = {
    "सुनीता": "सुनिता", "अनीता": "अनिता", "शंभू": "शम्भू", "चंद": "चन्द", "संदीप": "सन्दीप",
    "कुंदन": "कुन्दन", "रंजीत": "रणजीत", "मोहम्मद": "मुहम्मद", "ज्योति": "ज्योती", "प्रीति": "प्रीती",
    "सावित्री": "सावित्रि", "देवी": "देवि", "कुमारी": "कुमारि", "शांति": "शान्ति", "चंदन": "चन्दन",
    "अंजू": "अन्जू", "मंजू": "मन्जू", "पिंकी": "पिन्की", "रिंकी": "रिन्की", "बसंती": "बसन्ती",
    "हिना": "हीना", "प्रसाद": "परसाद", "राजेंद्र": "राजेन्द्र", "सुरेंद्र": "सुरेन्द्र",
    "नरेंद्र": "नरेन्द्र", "वीरेंद्र": "वीरेन्द्र", "महेंद्र": "महेन्द्र", "देवेंद्र": "देवेन्द्र",
    "जितेंद्र": "जितेन्द्र", "धर्मेंद्र": "धर्मेन्द्र", "उपेंद्र": "उपेन्द्र", "भूपेंद्र": "भूपेन्द्र",
    "अरविंद": "अरविन्द", "गोविंद": "गोविन्द", "संतोष": "सन्तोष", "शंकर": "शङ्कर", "पांडेय": "पाण्डेय",
    "संजय": "सन्जय", "पंकज": "पङ्कज", "गंगा": "गङ्गा", "सुशीला": "सुशिला", "उर्मिला": "उरमिला",
    "कौशल्या": "कौशिल्या", "शकुंतला": "शकुन्तला", "संगीता": "सङ्गीता", "अंकित": "अन्कित",
}

# Honorifics and how they are written in Devanagari.
HON_DEV = {
    "Smt.": "श्रीमती", "Smt": "श्रीमती", "Shrimati": "श्रीमती", "Sh.": "श्री", "Shri": "श्री", "Sri": "श्री",
    "Km.": "कु.", "Kumari": "कुमारी", "Mst.": "मुसम्मात", "Sardar": "सरदार", "S.": "स.",
    "Late": "स्व.", "Lt.": "स्व.", "Sh. Late": "स्व. श्री", "Late Sh.": "स्व. श्री",
}

# Tamil-style initials (the father's name as an initial) read out in Devanagari.
INITIAL_DEV = {
    "A": "ए", "B": "बी", "C": "सी", "D": "डी", "E": "ई", "G": "जी", "H": "एच", "J": "जे", "K": "के",
    "L": "एल", "M": "एम", "N": "एन", "P": "पी", "R": "आर", "S": "एस", "T": "टी", "V": "वी",
}

# Given-name lists by community, roughly most common first.  "A B" is a two-part name
# that is sometimes typed joined (Om Prakash / Omprakash); "A+B" is usually typed joined
# (Ramwati) but sometimes split; "A~B" is two words never joined (Abdul Rashid).
COMMUNITIES = {
    "north": {
        "label": "Hindu North Indian",
        "M": ["Ramesh", "Suresh", "Rajesh", "Ram Kumar", "Mukesh", "Rakesh", "Sanjay", "Manoj", "Anil",
              "Sunil", "Vijay", "Ajay", "Dinesh", "Naresh", "Mahesh", "Om Prakash", "Ram Prasad",
              "Shyam Lal", "Pawan", "Deepak", "Rahul", "Rohit", "Amit", "Sandeep", "Pradeep", "Vikas",
              "Vishal", "Pankaj", "Naveen", "Praveen", "Sachin", "Ravi", "Raju", "Satish", "Harish",
              "Jagdish", "Rajendra", "Surendra", "Narendra", "Virendra", "Mahendra", "Devendra",
              "Jitendra", "Dharmendra", "Yogesh", "Raj Kumar", "Shiv Kumar", "Jai Prakash", "Ram Avtar",
              "Ram Niwas", "Hari Om", "Mange Ram", "Ganga Ram", "Sita Ram", "Ram Lal", "Mohan Lal",
              "Sohan Lal", "Krishan", "Kishan", "Ashok", "Alok", "Arun", "Varun", "Tarun", "Nitin",
              "Gaurav", "Saurabh", "Vivek", "Aman", "Lalit", "Ankit", "Sumit", "Umesh", "Ganesh",
              "Lakshman", "Akshay", "Gyan Chand", "Shravan", "Kuldeep", "Naman", "Bharat"],
        "F": ["Sunita", "Anita", "Kavita", "Geeta", "Seema", "Pooja", "Rekha", "Suman", "Savita",
              "Neelam", "Poonam", "Manju", "Kamla", "Usha", "Asha", "Reena", "Meena", "Jyoti", "Priya",
              "Neha", "Preeti", "Aarti", "Nisha", "Anju", "Sangeeta", "Sarita", "Vimla", "Nirmala",
              "Shakuntala", "Shanti", "Kaushalya", "Savitri", "Lakshmi", "Pushpa", "Sushila", "Urmila",
              "Rajni", "Sapna", "Kiran", "Mamta", "Sonia", "Renu", "Babita", "Ram+Wati", "Phool+Wati",
              "Prem+Wati", "Bhagwati", "Ram+Kali", "Raj Rani", "Radha", "Sita", "Priyanka", "Kajal",
              "Khushi", "Muskan", "Anjali", "Shivani", "Komal", "Payal", "Sneha", "Neeta", "Kamlesh",
              "Raj+Wati", "Meenakshi", "Gyan+Wati", "Pragya", "Shalini", "Sonam"],
        "S": ["Sharma", "Gupta", "Yadav", "Verma", "Singh", "Chauhan", "Prajapati", "Jatav",
              "Valmiki", "Kashyap", "Saini", "Tiwari", "Mishra", "Pandey", "Shukla", "Chaudhary",
              "Agarwal", "Tomar", "Jain", "Goel", "Mittal", "Bansal", "Kushwaha", "Maurya", "Nishad",
              "Pal", "Rajput", "Lodhi", "Sonkar", "Gautam", "Bharti"],
    },
    "bihari": {
        "label": "Bihari / Purvanchali",
        "M": ["Sanjay", "Manoj", "Ajay", "Sunil", "Santosh", "Ranjit", "Arvind", "Vinod", "Birendra",
              "Upendra", "Dharmendra", "Rajesh", "Dilip", "Anand", "Chandan", "Munna", "Sonu", "Monu",
              "Pintu", "Ram Babu", "Shambhu Nath", "Lalan", "Shatrughan", "Baleshwar", "Uday", "Nitish",
              "Ravi Shankar", "Vijay", "Vikas", "Ramesh", "Suresh", "Jitendra", "Lakshman", "Shankar",
              "Rajendra", "Kundan"],
        "F": ["Sunita", "Rinki", "Pinki", "Sushila", "Manju", "Rita", "Sangeeta", "Babita", "Anju",
              "Chandni", "Pooja", "Gudiya", "Rani", "Kiran", "Sunaina", "Priyanka", "Khushboo", "Nitu",
              "Sarita", "Shobha", "Urmila", "Lalita", "Sharda", "Kanti", "Geeta", "Rekha", "Kavita",
              "Anita", "Savita", "Meena"],
        "S": ["Yadav", "Paswan", "Mahto", "Jha", "Singh", "Sah", "Mandal", "Ram", "Thakur", "Prasad",
              "Sahni", "Rajak", "Manjhi", "Chaurasia", "Mishra", "Chaudhary", "Das", "Gupta"],
    },
    "sikh": {
        "label": "Punjabi Sikh",
        "M": ["Harpreet", "Gurpreet", "Jaswinder", "Sukhwinder", "Balwinder", "Kulwant", "Manjeet",
              "Paramjit", "Amarjeet", "Gurmeet", "Harjeet", "Jagjit", "Kuldeep", "Satnam", "Baljeet",
              "Harbhajan", "Tejinder", "Ravinder", "Davinder", "Jasmeet", "Simranjeet", "Gurcharan",
              "Kirpal", "Pritam", "Amandeep", "Manpreet"],
        "F": ["Harpreet", "Gurpreet", "Jasbir", "Manjeet", "Gurmeet", "Kuldeep", "Simran", "Simranjeet",
              "Amandeep", "Rajwinder", "Sukhwinder", "Paramjit", "Navneet", "Jaspreet", "Kamaljeet",
              "Baljinder", "Surinder", "Manpreet", "Harjeet", "Jaswinder"],
        "S": ["Gill", "Sandhu", "Sidhu", "Dhillon", "Grewal", "Bedi", "Sodhi", "Bajwa", "Saini",
              "Randhawa", "Virk", "Chahal", "Kohli", "Bhatia"],
    },
    "punjabi": {
        "label": "Punjabi Hindu",
        "M": ["Rajesh", "Sunil", "Anil", "Vinod", "Ashok", "Sanjeev", "Rajiv", "Pawan", "Sandeep", "Vikas",
              "Deepak", "Om Prakash", "Krishan Lal", "Madan Lal", "Tilak Raj", "Hans Raj", "Des Raj",
              "Yash Pal", "Ved Prakash", "Satish", "Naresh", "Ramesh", "Vijay", "Ravi", "Gulshan"],
        "F": ["Neelam", "Poonam", "Renu", "Seema", "Anju", "Monika", "Sonia", "Neeru", "Kanta", "Santosh",
              "Raj Rani", "Sudesh", "Kamlesh", "Pushpa", "Veena", "Usha", "Kiran", "Meenakshi", "Jyoti",
              "Suman"],
        "S": ["Arora", "Khanna", "Malhotra", "Kapoor", "Bhatia", "Chawla", "Sethi", "Ahuja", "Narang",
              "Batra", "Gulati", "Taneja", "Kalra", "Bajaj", "Grover"],
    },
    "muslim": {
        "label": "Muslim",
        "M": ["Salim", "Irfan", "Iqbal", "Aslam", "Arif", "Shahid", "Rafiq", "Yusuf", "Imran", "Wasim",
              "Abdul~Rashid", "Abdul~Majid", "Abdul~Karim", "Abdul~Sattar", "Abdul~Rehman", "Nasir",
              "Javed", "Rizwan", "Zubair", "Naseem", "Faizan", "Sameer", "Salman", "Shahrukh", "Aamir",
              "Danish", "Sajid", "Wajid", "Tariq", "Anwar", "Akhtar", "Jameel", "Shakeel", "Nadeem",
              "Zahid", "Khalid", "Faisal", "Arshad", "Mushtaq", "Mehboob", "Zakir", "Asif", "Hasan",
              "Husain"],
        "F": ["Shabana", "Shahnaz", "Nasreen", "Rukhsana", "Zeenat", "Farzana", "Saira", "Reshma",
              "Noor Jahan", "Ruksar", "Tabassum", "Salma", "Shaheen", "Afsana", "Ayesha", "Heena",
              "Shabnam", "Parveen", "Sabina", "Rehana", "Sultana", "Nazia", "Nargis", "Amreen", "Sana",
              "Muskan", "Aafreen", "Sakina", "Jannat", "Kulsum", "Hajra", "Zubaida", "Fatima", "Khadija",
              "Mumtaz", "Shamim", "Ishrat", "Gulshan", "Rubina", "Naseem"],
        "S": ["Ansari", "Qureshi", "Khan", "Malik", "Saifi", "Siddiqui", "Alvi", "Mansuri", "Salmani",
              "Idrisi", "Sheikh", "Abbasi", "Mirza", "Warsi", "Hussain", "Ali", "Ahmed", "Chaudhary"],
    },
    "bengali": {
        "label": "Bengali",
        "M": ["Subrata", "Tapan", "Biswajit", "Sujit", "Ashok", "Dipankar", "Prasenjit", "Amitava",
              "Sanjib", "Gautam", "Pradeep", "Swapan", "Nirmal", "Bikash", "Partha", "Sukumar", "Rabindra",
              "Shyamal", "Tarun", "Ratan", "Anup", "Utpal", "Kartik", "Nitai", "Gopal", "Tapas"],
        "F": ["Mousumi", "Rupa", "Sumitra", "Shampa", "Mita", "Rina", "Purnima", "Soma", "Anjali", "Rita",
              "Sabita", "Arati", "Lipika", "Tumpa", "Rumpa", "Jhuma", "Bandana", "Swapna", "Malati",
              "Kalpana", "Namita", "Sharmila", "Moumita", "Piyali", "Lakshmi"],
        "S": ["Das", "Mondal", "Ghosh", "Biswas", "Sarkar", "Roy", "Paul", "Banerjee", "Mukherjee",
              "Chatterjee", "Halder", "Saha", "Dey", "Bose", "Majumdar", "Sen", "Dutta", "Bhattacharya",
              "Pramanik", "Adhikari", "Karmakar", "Debnath", "Naskar"],
    },
    "south": {
        "label": "South Indian",
        "M": ["Murugan", "Ramesh", "Senthil Kumar", "Rajendran", "Suresh Babu", "Venkatesh", "Srinivas",
              "Ravi Shankar", "Mohan Raj", "Selvam", "Karthik", "Ganesan", "Krishnan", "Balaji",
              "Saravanan", "Manikandan", "Arumugam", "Satyanarayana", "Nagaraju", "Anil Kumar", "Raju"],
        "F": ["Lakshmi", "Selvi", "Meena", "Kavitha", "Jyothi", "Saraswathi", "Valli", "Revathi",
              "Shanthi", "Latha", "Sumathi", "Padma", "Vijaya Lakshmi", "Geetha", "Radha", "Malathi",
              "Kamala", "Parvathi", "Anitha", "Sujatha", "Divya", "Deepa", "Usha", "Priya"],
        "S": ["Nair", "Pillai", "Menon", "Reddy", "Rao", "Naidu", "Iyer"],
    },
    "uttarakhand": {
        "label": "Uttarakhand / Himachal",
        "M": ["Mohan", "Gopal", "Deepak", "Harish Chandra", "Bhupendra", "Kundan", "Devendra", "Rakesh",
              "Govind", "Prem", "Diwan", "Bhagat", "Trilok", "Bahadur", "Khushal", "Pratap", "Lokesh",
              "Hemant", "Jeevan", "Ramesh Chandra", "Naveen", "Pankaj", "Manoj", "Dinesh"],
        "F": ["Kamla", "Basanti", "Geeta", "Hema", "Bhagwati", "Janaki", "Pushpa", "Deepa", "Tulsi",
              "Parvati", "Anita", "Sunita", "Rekha", "Heera", "Champa", "Lakshmi", "Vimla", "Durga",
              "Kalawati", "Mamta", "Bina", "Meena", "Manju"],
        "S": ["Rawat", "Negi", "Bisht", "Joshi", "Pant", "Bhatt", "Rana", "Thakur", "Chauhan",
              "Bhandari", "Gusain", "Nautiyal", "Semwal", "Kandpal", "Pandey", "Dhami", "Mehra",
              "Kathait"],
    },
    "rajasthani": {
        "label": "Rajasthani",
        "M": ["Mangi Lal", "Bhanwar Lal", "Prahlad", "Bhagirath", "Gopal", "Kailash Chand", "Sohan Lal",
              "Mukesh", "Ramesh Chand", "Hanuman", "Babu Lal", "Shankar Lal", "Mohan Lal", "Kana Ram",
              "Bhera Ram", "Prabhu Dayal", "Ram Swaroop", "Ram Niwas", "Om Prakash", "Bajrang Lal",
              "Dhanna Ram", "Ganpat", "Ratan Lal", "Madan Lal", "Jagdish", "Shravan"],
        "F": ["Kamla", "Geeta", "Santosh", "Sita", "Bhanwari", "Kesar", "Kanta", "Sushila", "Ganga",
              "Dhapu", "Kaushalya", "Lali", "Pushpa", "Sunita", "Mamta", "Manju", "Suman", "Priyanka",
              "Radha"],
        "S": ["Meena@s", "Gurjar", "Saini", "Bairwa", "Regar", "Meghwal", "Kumawat", "Jat", "Prajapat",
              "Mali", "Sharma", "Chaudhary", "Bishnoi", "Yadav"],
    },
}

# How often each community turns up at a Delhi camp (rough, for the mix of the set).
COMMUNITY_WEIGHT = {"north": 30, "bihari": 20, "muslim": 18, "sikh": 6, "punjabi": 6, "bengali": 6,
                    "south": 4, "uttarakhand": 6, "rajasthani": 6}

# Localities: name, spellings operators use, 2026 district, PIN, house-number style,
# communities living there (weights).  The district of each locality under the 2026
# thirteen-district map is my best reading, not an official list.
LOCALITIES = [
    ("Sangam Vihar", ["Sangam Vihar", "Sangam Vihar Extn.", "Sangamvihar"], "South", "110080", "colony",
     "north:3 bihari:3 muslim:1 uttarakhand:1 bengali:1 rajasthani:1"),
    ("Dakshinpuri", ["Dakshinpuri", "Dakshin Puri"], "South", "110062", "resettle",
     "north:3 rajasthani:2 south:2 bihari:1"),
    ("Khanpur", ["Khanpur", "Khanpur Extn."], "South", "110062", "colony", "north:2 bihari:2 south:1 uttarakhand:1"),
    ("Madangir", ["Madangir"], "South", "110062", "resettle", "rajasthani:2 north:2 south:1"),
    ("Ambedkar Nagar", ["Ambedkar Nagar"], "South", "110062", "resettle", "north:2 rajasthani:1 south:2"),
    ("Mehrauli", ["Mehrauli", "Ward No. 1 Mehrauli"], "South", "110030", "colony",
     "north:2 muslim:2 uttarakhand:1 bihari:1"),
    ("Govindpuri", ["Govindpuri", "Govind Puri"], "South East", "110019", "colony", "north:2 bihari:2 bengali:1 south:1"),
    ("Tughlakabad Extension", ["Tughlakabad Extension", "Tughlakabad Extn."], "South East", "110019", "colony",
     "north:2 bihari:2 muslim:1"),
    ("Madanpur Khadar", ["Madanpur Khadar", "Madanpur Khadar JJ Colony", "Madanpur Khader"], "South East", "110076",
     "jj", "bihari:3 bengali:2 muslim:2 north:2"),
    ("Jaitpur", ["Jaitpur", "Jaitpur Extn."], "South East", "110044", "colony", "bihari:3 north:2 muslim:1"),
    ("Badarpur", ["Badarpur"], "South East", "110044", "colony", "north:2 bihari:2 rajasthani:1"),
    ("Shaheen Bagh", ["Shaheen Bagh"], "South East", "110025", "colony", "muslim:5"),
    ("Zakir Nagar", ["Zakir Nagar", "Jakir Nagar"], "South East", "110025", "colony", "muslim:5"),
    ("Bhogal", ["Bhogal"], "South East", "110014", "colony", "punjabi:3 sikh:2 north:1"),
    ("Seelampur", ["Seelampur", "Silampur"], "North East", "110053", "colony", "muslim:5 north:1"),
    ("Jafrabad", ["Jafrabad", "Zafrabad"], "North East", "110053", "colony", "muslim:5"),
    ("Mustafabad", ["Mustafabad", "Old Mustafabad"], "North East", "110094", "colony", "muslim:4 north:2"),
    ("Karawal Nagar", ["Karawal Nagar"], "North East", "110094", "colony", "uttarakhand:3 north:3 bihari:2"),
    ("Nand Nagri", ["Nand Nagri", "Nandnagri"], "North East", "110093", "resettle", "north:3 muslim:1 rajasthani:1"),
    ("Seemapuri", ["Seemapuri", "Seema Puri"], "North East", "110095", "resettle", "bengali:2 muslim:2 north:2"),
    ("Trilokpuri", ["Trilokpuri", "Trilok Puri"], "East", "110091", "resettle", "north:3 rajasthani:1 south:1 muslim:1"),
    ("Kalyanpuri", ["Kalyanpuri", "Kalyan Puri"], "East", "110091", "resettle", "north:3 bihari:1 rajasthani:1"),
    ("Mandawali", ["Mandawali", "Mandawali Fazalpur"], "East", "110092", "colony", "north:2 uttarakhand:2 bihari:1"),
    ("Jahangirpuri", ["Jahangirpuri", "Jahangir Puri"], "North West", "110033", "resettle", "bengali:3 muslim:2 north:2"),
    ("Bhalswa Dairy", ["Bhalswa Dairy", "Bhalaswa Dairy"], "North West", "110042", "jj",
     "bengali:2 north:2 muslim:1 bihari:1"),
    ("Sultanpuri", ["Sultanpuri", "Sultan Puri"], "North West", "110086", "resettle", "north:3 rajasthani:2"),
    ("Mangolpuri", ["Mangolpuri", "Mangol Puri"], "North West", "110083", "resettle", "north:3 rajasthani:2 muslim:1"),
    ("Kirari", ["Kirari", "Kirari Suleman Nagar"], "Outer North", "110086", "colony", "bihari:3 north:2"),
    ("Bawana JJ Colony", ["Bawana JJ Colony", "Bawana Resettlement Colony"], "Outer North", "110039", "jj",
     "north:2 bengali:1 muslim:2 bihari:1"),
    ("Narela", ["Narela"], "Outer North", "110040", "colony", "north:2 bihari:2"),
    ("Holambi Kalan", ["Holambi Kalan"], "Outer North", "110082", "jj", "north:2 muslim:1 bihari:1"),
    ("Burari", ["Burari", "Sant Nagar Burari"], "Central North", "110084", "colony", "bihari:3 uttarakhand:3 north:1"),
    ("Timarpur", ["Timarpur"], "Central North", "110054", "colony", "uttarakhand:2 north:2"),
    ("Wazirpur", ["Wazirpur", "Wazirpur JJ Colony"], "North", "110052", "jj", "north:2 bihari:2 rajasthani:1"),
    ("Azadpur", ["Azadpur"], "North", "110033", "colony", "north:2 punjabi:1 bihari:1"),
    ("Paharganj", ["Paharganj", "Pahar Ganj"], "Central", "110055", "old", "north:2 punjabi:1 muslim:1"),
    ("Anand Parbat", ["Anand Parbat"], "Central", "110005", "colony", "north:2 rajasthani:2"),
    ("Sadar Bazar", ["Sadar Bazar", "Sadar Bazaar"], "Old Delhi", "110006", "old", "muslim:3 north:2"),
    ("Ballimaran", ["Ballimaran", "Balli Maran"], "Old Delhi", "110006", "old", "muslim:5"),
    ("Turkman Gate", ["Turkman Gate"], "Old Delhi", "110006", "old", "muslim:5"),
    ("Sarojini Nagar", ["Sarojini Nagar"], "New Delhi", "110023", "jj", "north:2 uttarakhand:1 south:1"),
    ("Vivekanand Camp", ["Vivekanand Camp", "Vivekanand Camp Chanakyapuri"], "New Delhi", "110021", "jj",
     "north:2 uttarakhand:2"),
    ("Uttam Nagar", ["Uttam Nagar"], "West", "110059", "rz", "uttarakhand:3 north:2 bihari:2"),
    ("Raghubir Nagar", ["Raghubir Nagar"], "West", "110027", "resettle", "north:2 punjabi:1 rajasthani:1 sikh:1"),
    ("Tilak Vihar", ["Tilak Vihar"], "West", "110018", "resettle", "sikh:5"),
    ("Tilak Nagar", ["Tilak Nagar"], "West", "110018", "colony", "sikh:3 punjabi:3"),
    ("Nangloi", ["Nangloi", "Nangloi JJ Colony"], "West", "110041", "jj", "north:2 bihari:2"),
    ("Najafgarh", ["Najafgarh"], "South West", "110043", "rz", "north:3 bihari:1 uttarakhand:1"),
    ("Kapashera", ["Kapashera", "Kapas Hera"], "South West", "110037", "colony", "bihari:4 north:1"),
    ("Sagarpur", ["Sagarpur"], "South West", "110046", "rz", "uttarakhand:3 north:2"),
    ("Mahavir Enclave", ["Mahavir Enclave"], "South West", "110045", "rz", "uttarakhand:3 north:2 bihari:1"),
]

OLD_DELHI_GALIS = ["Gali Qasim Jan", "Gali Chooriwalan", "Kucha Pati Ram", "Gali Batashan", "Gali Masjid Wali",
                   "Kucha Chelan", "Gali Teliyan", "Gali Imli Wali", "Gali Shahtara", "Gali Bajrang Bali"]

LINE1_FORMATS = {
    "colony": ["H. No. {h}, Gali No. {g}", "{h}, Gali No. {g}", "House No. {h}, Gali {g}", "H.No.{h} Gali No.{g}",
               "{blk}-{h}, Gali No. {g}", "Gali {g}, H. No. {h}"],
    "jj": ["{blk}-{h}, JJ Colony", "Jhuggi No. {h}, Block {blk}", "{blk} Block, H. No. {h}", "H. No. {blk}-{h}",
           "{blk}/{h}, JJ Camp"],
    "resettle": ["Block {bn}, H. No. {h}", "{bn}/{h}", "H. No. {h}, Block {bn}", "{bn}-{h}", "Block-{bn}/{h}"],
    "old": ["{h}, {gname}", "H. No. {h}, {gname}", "{h}/{g}, {gname}", "{gname}, H. No. {h}"],
    "rz": ["RZ-{h}, Gali No. {g}", "RZ {h}, Gali {g}", "H. No. RZ-{h}, Gali No. {g}", "RZ-{h}/{g}"],
}
FLOORS = ["Ground Floor", "First Floor", "Second Floor", "Third Floor"]

# Twins are often given rhyming or paired names.
TWIN_NAMES = [
    ("north", "M", "Luv", "Kush"), ("north", "M", "Ram", "Shyam"), ("north", "M", "Rahul", "Rohit"),
    ("north", "M", "Aman", "Naman"), ("north", "M", "Anil", "Sunil"), ("north", "M", "Ramesh", "Suresh"),
    ("north", "M", "Mukesh", "Rakesh"), ("north", "M", "Aman", "Chaman"), ("north", "F", "Sita", "Gita"),
    ("north", "F", "Reena", "Meena"), ("north", "F", "Neha", "Sneha"), ("north", "F", "Asha", "Usha"),
    ("north", "F", "Kajal", "Komal"), ("north", "X", "Ankit", "Ankita"), ("bihari", "M", "Sonu", "Monu"),
    ("bihari", "M", "Chandan", "Kundan"), ("bihari", "M", "Luv", "Kush"), ("bihari", "M", "Ram", "Lakshman"),
    ("bihari", "F", "Pinki", "Rinki"), ("bihari", "F", "Sita", "Gita"), ("muslim", "M", "Hasan", "Husain"),
    ("muslim", "M", "Sajid", "Wajid"), ("muslim", "M", "Arif", "Asif"), ("muslim", "M", "Imran", "Irfan"),
    ("muslim", "F", "Shabana", "Shabnam"), ("muslim", "F", "Heena", "Reshma"), ("muslim", "X", "Farhan", "Farhana"),
    ("sikh", "M", "Gurpreet", "Harpreet"), ("sikh", "M", "Jaspreet", "Manpreet"), ("sikh", "F", "Harpreet", "Gurpreet"),
    ("sikh", "F", "Jaspreet", "Manpreet"), ("bengali", "F", "Tumpa", "Rumpa"), ("bengali", "M", "Tapan", "Swapan"),
    ("punjabi", "F", "Neelam", "Poonam"), ("rajasthani", "M", "Ram", "Shyam"), ("uttarakhand", "M", "Hemant", "Lokesh"),
]

# Brothers and sisters close in age whose names look alike.
SIBLING_NAMES = [
    ("north", "F", "Pooja", "Preeti"), ("north", "F", "Priya", "Priyanka"), ("north", "F", "Anita", "Sunita"),
    ("north", "F", "Manju", "Anju"), ("north", "F", "Kavita", "Savita"), ("north", "F", "Neha", "Nisha"),
    ("north", "F", "Shivani", "Shalini"), ("north", "F", "Seema", "Reena"), ("north", "F", "Suman", "Sonam"),
    ("north", "F", "Geeta", "Neeta"), ("north", "M", "Rakesh", "Rajesh"), ("north", "M", "Mukesh", "Mahesh"),
    ("north", "M", "Naresh", "Dinesh"), ("north", "M", "Vikas", "Vishal"), ("north", "M", "Amit", "Sumit"),
    ("north", "M", "Ankit", "Amit"), ("north", "M", "Sandeep", "Pradeep"), ("north", "M", "Kuldeep", "Sandeep"),
    ("north", "M", "Deepak", "Dinesh"), ("muslim", "M", "Imran", "Irfan"), ("muslim", "M", "Arif", "Asif"),
    ("muslim", "M", "Sajid", "Wajid"), ("muslim", "M", "Salman", "Sameer"), ("muslim", "F", "Shabana", "Shabnam"),
    ("muslim", "F", "Reshma", "Rehana"), ("muslim", "F", "Nazia", "Nargis"), ("sikh", "M", "Gurpreet", "Harpreet"),
    ("sikh", "F", "Jaspreet", "Manpreet"), ("bihari", "F", "Rinki", "Pinki"), ("bihari", "M", "Sonu", "Monu"),
    ("bihari", "M", "Chandan", "Kundan"), ("bengali", "F", "Tumpa", "Rumpa"), ("bengali", "F", "Moumita", "Mousumi"),
    ("bengali", "F", "Rupa", "Rina"), ("south", "F", "Deepa", "Divya"), ("uttarakhand", "F", "Hema", "Heera"),
    ("rajasthani", "F", "Kamla", "Vimla"),
]

# Mother-in-law / daughter-in-law first names that look alike (used for part of that kind).
MIL_DIL_NAMES = [("Savitri", "Savita"), ("Kamla", "Kamlesh"), ("Asha", "Usha"), ("Geeta", "Neeta"),
                 ("Sushila", "Sunita"), ("Urmila", "Usha"), ("Pushpa", "Poonam"), ("Shanti", "Shalini"),
                 ("Bhagwati", "Babita"), ("Kaushalya", "Kavita"), ("Sharda", "Sarita"), ("Manju", "Anju")]


# ---------------------------------------------------------------------------
# Second part (added when the generator was written): names of older people and
# of children, and a few keys the lists above use.
NAME_TABLE_2 = """
Birendra|बिरेंद्र|Birender|
Hussain|हुसैन|Husain|
# ---- elders, North / Bihar / Rajasthan
Chhotu|छोटू|Chotu|
Charan|चरण||
Banwari|बनवारी|Banvari|
Hukam|हुकम||
Bhagwan|भगवान|Bhagvan|
Chander|चंदर||
Dharam|धरम||
Pyare|प्यारे|Piyare|
Kanhaiya|कन्हैया|Kanhaia,Kanhiya|
Girdhari|गिरधारी||
Bilas|बिलास|Vilas|
Phal|फल||
Deen|दीन|Din|
Mool|मूल|Mul|
Lakhmi|लखमी||
Raghunath|रघुनाथ||
Kameshwar|कामेश्वर|Kameswar|
Bindeshwar|बिंदेश्वर|Bindeswar|
Lakhan|लखन||
Sukhdev|सुखदेव|Sukhdeo|
Dev|देव|Deo|
Sahay|सहाय|Sahai|
Gheesa|घीसा|Ghisa|
Krishna|कृष्णा|Krisna|
Chameli|चमेली||
Dropadi|द्रोपदी|Dropti|Draupadi
Angoori|अंगूरी|Anguri|
Maya|माया||
Saroj|सरोज||
Sharbati|शरबती|Sarbati|
Phulmati|फुलमती|Phoolmati|
Lilawati|लीलावती|Leelawati|
Sheela|शीला|Shila|
Bhuri|भूरी|Bhoori|
Gomti|गोमती||
Bhagirathi|भागीरथी||
Devki|देवकी|Deoki|Devaki
Gaura|गौरा||
Puran|पूरन|Pooran|
Dan|दान||
Hayat|हयात||
# ---- elders, Muslim
Ismail|इस्माइल|Ismile|
Ishaq|इसहाक़|Ishak|
Shamsuddin|शमसुद्दीन|Shamshuddin|
Nizamuddin|निज़ामुद्दीन|Nijamuddin|
Jamaluddin|जमालुद्दीन|Jamaludin|
Hafiz|हाफ़िज़|Hafij|
Gaffar|ग़फ़्फ़ार|Gafar,Ghaffar|
Hameed|हमीद|Hamid|
Latif|लतीफ़|Lateef|
Qadir|क़ादिर|Kadir|
Bilkis|बिलक़ीस|Bilkees|
Sughra|सुग़रा|Sugra|
Akbari|अकबरी||
Hamida|हमीदा|Hameeda|
Jamila|जमीला|Jameela|
# ---- elders, Sikh / Punjabi
Kartar|करतार||
Gurbachan|गुरबचन||
Joginder|जोगिंदर|Jogindar|
Mohinder|मोहिंदर|Mohindar|
Harnam|हरनाम||
Darshan|दर्शन||
Ajit|अजीत|Ajeet|
Gurdev|गुरदेव||
Surjit|सुरजीत|Surjeet|
Harbans|हरबंस||
Jaswant|जसवंत|Jasvant|
Balbir|बलबीर|Balbeer|
Roshan|रोशन||
Sat|सत||
Kasturi|कस्तूरी||
# ---- elders, Bengali / South
Haripada|हरिपद|Haripado|
Gour|गौर|Gaur|
Paresh|परेश||
Parul|पारुल||
Shefali|शेफाली|Sefali|
Kalyani|कल्याणी||
Bela|बेला||
Gouri|गौरी|Gauri|
Subramani|सुब्रमणि|Subramaniam|
Ramaswamy|रामास्वामी|Ramasamy|
Perumal|पेरुमल||
Muthu|मुत्तु|Muthoo|
Govindan|गोविंदन||
# ---- children and young people
Aarav|आरव|Arav|
Ansh|अंश||
Ayush|आयुष||
Aryan|आर्यन||
Harsh|हर्ष||
Vansh|वंश||
Krish|क्रिश||
Kunal|कुणाल|Kunaal|
Nikhil|निखिल||
Aditya|आदित्य||
Ritik|रितिक|Rithik,Hritik|
Abhishek|अभिषेक|Abhisek|
Shivam|शिवम||
Sahil|साहिल||
Sunny|सनी|Sanny|
Prince|प्रिंस||
Golu|गोलू||
Piyush|पीयूष|Piyus|
Rohan|रोहन||
Riya|रिया|Reeya|
Tanya|तान्या|Taniya|
Palak|पलक||
Mahi|माही||
Sakshi|साक्षी|Saxi|
Nandini|नंदिनी||
Ananya|अनन्या||
Pari|परी||
Radhika|राधिका||
Shreya|श्रेया|Sreya|
Diksha|दीक्षा|Dixa|
Pallavi|पल्लवी||
Mansi|मानसी||
Nikita|निकिता||
Ritu|रितु|Reetu|
Manisha|मनीषा|Maneesha|
Chanchal|चंचल||
Varsha|वर्षा|Barsha|
Ayaan|अयान|Ayan|
Arhaan|अरहान|Arhan|
Zaid|ज़ैद|Jaid|
Rehan|रेहान|Raihan|
Faiz|फ़ैज़|Faij|
Adil|आदिल|Aadil|
Sohail|सोहेल|Sohel|
Shoaib|शोएब|Soaib|
Arman|अरमान||
Saif|सैफ़||
Alina|अलीना||
Aliya|आलिया|Aaliya|
Zoya|ज़ोया|Joya|
Mahira|माहिरा||
Inaya|इनाया||
Alfiya|अल्फ़िया|Alfia|
Sania|सानिया|Saniya|
Mehak|महक|Mahak|
Iqra|इक़रा|Ikra|
Anam|अनम||
Nida|निदा||
Gurnoor|गुरनूर||
Jashan|जशन||
Harman|हरमन||
Ekam|एकम||
Arshdeep|अर्शदीप|Arshdip|
Jaskaran|जसकरण||
Sukhman|सुखमन||
Manveer|मनवीर|Manvir|
Jasleen|जसलीन||
Gurleen|गुरलीन||
Harleen|हरलीन||
Prabhjot|प्रभजोत||
Navjot|नवजोत||
Sayan|सायन||
Arnab|अर्णब|Arnav|
Souvik|सौविक|Shouvik|
Sourav|सौरव|Saurav|
Rimpa|रिम्पा||
Payel|पायेल||
Arjun|अर्जुन||
Surya|सूर्या|Suriya|
Vignesh|विग्नेश|Vignes|
Keerthana|कीर्तना|Kirthana|
Swetha|श्वेता|Sweta|
Sandhya|संध्या||
"""

# Names of people born before about 1962 (parents and grandparents at a 2026 camp).
ELDER = {
    "north": {"M": ["Ram Lal", "Mange Ram", "Sita Ram", "Ganga Ram", "Hari Ram", "Ram Chander", "Shyam Lal",
                    "Mohan Lal", "Sohan Lal", "Jagdish", "Om Prakash", "Ram Prasad", "Ram Avtar", "Bhagwan Das",
                    "Chhotu Ram", "Ram Kishan", "Kishan Lal", "Banwari Lal", "Babu Ram", "Prem Chand",
                    "Hukam Chand", "Ram Swaroop", "Ram Niwas", "Dharam Pal", "Pyare Lal", "Girdhari Lal",
                    "Ram Phal", "Deen Dayal", "Mool Chand", "Lakhmi Chand", "Ram Kumar", "Raj Kumar",
                    "Jai Prakash", "Shiv Charan", "Kanhaiya Lal"],
              "F": ["Kamla", "Shanti", "Kaushalya", "Savitri", "Bhagwati", "Ram+Wati", "Phool+Wati",
                    "Prem+Wati", "Raj+Wati", "Gyan+Wati", "Ram+Kali", "Vimla", "Shakuntala", "Krishna",
                    "Chameli", "Dropadi", "Angoori", "Maya", "Saroj", "Sharbati", "Raj Rani", "Kanta",
                    "Pushpa", "Sushila", "Urmila", "Nirmala", "Lakshmi", "Sita", "Radha", "Ganga"]},
    "bihari": {"M": ["Ram Babu", "Ram Naresh", "Shiv Shankar", "Ram Dev", "Jagdish Prasad", "Ram Bilas",
                     "Raghunath", "Bindeshwar", "Kameshwar", "Lakhan", "Sukhdev", "Ram Lakhan", "Baleshwar",
                     "Shatrughan", "Ram Prasad", "Shambhu Nath", "Lalan", "Sita Ram", "Ram Chandra"],
               "F": ["Kalawati", "Phulmati", "Sumitra", "Lilawati", "Sharda", "Kanti", "Shanti", "Sushila",
                     "Urmila", "Lalita", "Shobha", "Savitri", "Kaushalya", "Radha", "Sita"]},
    "sikh": {"M": ["Kartar", "Gurbachan", "Joginder", "Mohinder", "Harnam", "Darshan", "Ajit", "Gurdev",
                   "Harbhajan", "Gurcharan", "Kirpal", "Pritam", "Kulwant", "Jagjit", "Amarjeet", "Satnam",
                   "Balbir", "Jaswant"],
             "F": ["Surjit", "Harbans", "Jaswant", "Balbir", "Gurbachan", "Joginder", "Mohinder", "Kartar",
                   "Prakash", "Kulwant", "Gurdev", "Darshan", "Manjeet", "Paramjit"]},
    "punjabi": {"M": ["Krishan Lal", "Madan Lal", "Tilak Raj", "Hans Raj", "Des Raj", "Om Prakash",
                      "Ved Prakash", "Yash Pal", "Prem Nath", "Chaman Lal", "Roshan Lal", "Sat Pal",
                      "Kasturi Lal", "Jagdish"],
                "F": ["Kanta", "Raj Rani", "Sudesh", "Santosh", "Kamlesh", "Krishna", "Shakuntala",
                      "Sheela", "Usha", "Pushpa", "Veena", "Kamla"]},
    "muslim": {"M": ["Abdul~Rashid", "Abdul~Majid", "Abdul~Sattar", "Abdul~Karim", "Abdul~Rehman",
                     "Abdul~Gaffar", "Abdul~Hameed", "Abdul~Latif", "Abdul~Qadir", "Yusuf", "Iqbal",
                     "Ismail", "Ishaq", "Noor~Mohammad", "Shamsuddin", "Nizamuddin", "Jamaluddin", "Hafiz",
                     "Mehboob", "Mushtaq", "Anwar", "Nasir", "Rafiq"],
               "F": ["Zubaida", "Hajra", "Kulsum", "Bilkis", "Sughra", "Akbari", "Hamida", "Jamila",
                     "Noor Jahan", "Mumtaz", "Shamim", "Khadija", "Fatima", "Sakina", "Rehana"]},
    "bengali": {"M": ["Haripada", "Nitai", "Gour", "Sukumar", "Nirmal", "Shyamal", "Gopal", "Paresh",
                      "Rabindra", "Tapan", "Swapan", "Subrata"],
                "F": ["Parul", "Shefali", "Kalyani", "Bela", "Gouri", "Malati", "Basanti", "Sumitra",
                      "Purnima", "Kalpana", "Arati"]},
    "south": {"M": ["Arumugam", "Subramani", "Ramaswamy", "Perumal", "Muthu", "Krishnan", "Rajendran",
                    "Ganesan", "Govindan", "Venkatesh", "Satyanarayana"],
              "F": ["Saraswathi", "Parvathi", "Kamala", "Lakshmi", "Valli", "Selvi", "Padma", "Malathi",
                    "Shanthi"]},
    "uttarakhand": {"M": ["Trilok", "Diwan", "Bahadur", "Khushal", "Pratap", "Bhagat", "Prem", "Kundan",
                          "Gopal", "Hayat", "Dan", "Puran", "Govind", "Mohan"],
                    "F": ["Basanti", "Kamla", "Janaki", "Parvati", "Tulsi", "Champa", "Heera", "Kalawati",
                          "Devki", "Gaura", "Bhagirathi", "Bhagwati", "Durga"]},
    "rajasthani": {"M": ["Mangi Lal", "Bhanwar Lal", "Kana Ram", "Bhera Ram", "Dhanna Ram", "Prabhu Dayal",
                         "Ram Swaroop", "Madan Lal", "Ratan Lal", "Mohan Lal", "Hanuman Sahay", "Gheesa Ram",
                         "Babu Lal", "Shankar Lal", "Bhagirath"],
                   "F": ["Bhanwari", "Dhapu", "Kesar", "Ganga", "Lali", "Bhuri", "Gomti", "Kamla", "Santosh",
                         "Kaushalya", "Sita", "Radha"]},
}

# Names of children and young people (born after about 2005).
KIDS = {
    "north": {"M": ["Aarav", "Ansh", "Ayush", "Aryan", "Harsh", "Vansh", "Krish", "Kunal", "Nikhil", "Aditya",
                    "Ritik", "Abhishek", "Shivam", "Sahil", "Sunny", "Prince", "Golu", "Piyush", "Rohan",
                    "Rahul", "Rohit", "Aman", "Ankit", "Yash", "Kartik", "Sumit", "Vishal"],
              "F": ["Riya", "Tanya", "Palak", "Mahi", "Sakshi", "Nandini", "Ananya", "Pari", "Radhika", "Shreya",
                    "Diksha", "Pallavi", "Mansi", "Nikita", "Khushi", "Muskan", "Kajal", "Anjali", "Shivani",
                    "Komal", "Payal", "Priya", "Pooja", "Neha", "Sneha", "Manisha", "Chanchal", "Varsha"]},
    "bihari": {"M": ["Ayush", "Aryan", "Shivam", "Abhishek", "Ritik", "Golu", "Sunny", "Prince", "Sonu", "Monu",
                     "Harsh", "Aditya", "Krish", "Rohan", "Nitish", "Chandan", "Kundan", "Piyush"],
               "F": ["Khushi", "Priyanka", "Anjali", "Kajal", "Riya", "Nandini", "Sakshi", "Pooja", "Gudiya",
                     "Chandni", "Khushboo", "Nitu", "Rinki", "Pinki", "Ritu", "Manisha", "Varsha"]},
    "sikh": {"M": ["Gurnoor", "Jashan", "Harman", "Ekam", "Arshdeep", "Jaskaran", "Sukhman", "Manveer",
                   "Amandeep", "Jaspreet", "Gurpreet", "Harpreet", "Simranjeet", "Navneet"],
             "F": ["Jasleen", "Gurleen", "Harleen", "Prabhjot", "Navjot", "Simran", "Manpreet", "Jaspreet",
                   "Amandeep", "Navneet", "Gurpreet", "Harpreet"]},
    "punjabi": {"M": ["Aarav", "Kunal", "Nikhil", "Rohan", "Yash", "Ansh", "Vansh", "Sahil", "Harsh",
                      "Aryan", "Gaurav", "Lalit"],
                "F": ["Riya", "Tanya", "Palak", "Sakshi", "Mansi", "Radhika", "Shreya", "Nikita", "Muskan",
                      "Simran", "Ritu", "Monika"]},
    "muslim": {"M": ["Ayaan", "Arhaan", "Zaid", "Rehan", "Faiz", "Adil", "Sohail", "Shoaib", "Arman", "Saif",
                     "Sahil", "Danish", "Faizan", "Salman", "Sameer", "Aamir", "Imran", "Farhan"],
               "F": ["Alina", "Aliya", "Zoya", "Mahira", "Inaya", "Alfiya", "Sania", "Mehak", "Iqra", "Anam",
                     "Nida", "Muskan", "Sana", "Aafreen", "Amreen", "Heena", "Nazia", "Ruksar", "Farhana"]},
    "bengali": {"M": ["Sayan", "Arnab", "Souvik", "Sourav", "Rohit", "Rahul", "Ritam", "Kartik", "Biswajit",
                      "Sujit"],
                "F": ["Pooja", "Riya", "Priyanka", "Rimpa", "Payel", "Moumita", "Piyali", "Tumpa", "Rumpa",
                      "Mousumi", "Anjali"]},
    "south": {"M": ["Karthik", "Arjun", "Surya", "Vignesh", "Dinesh", "Balaji", "Manikandan", "Saravanan"],
              "F": ["Divya", "Priya", "Keerthana", "Swetha", "Sandhya", "Deepa", "Revathi", "Jyothi"]},
    "uttarakhand": {"M": ["Aarav", "Ansh", "Ayush", "Harsh", "Kunal", "Nikhil", "Aditya", "Rohan", "Piyush",
                          "Hemant", "Lokesh", "Pankaj", "Naveen"],
                    "F": ["Riya", "Tanya", "Sakshi", "Diksha", "Pallavi", "Mansi", "Nikita", "Manisha",
                          "Sneha", "Komal", "Priyanka", "Hema"]},
    "rajasthani": {"M": ["Lokesh", "Rahul", "Ayush", "Kunal", "Vishal", "Ankit", "Sunny", "Golu", "Harsh",
                         "Shivam", "Mukesh"],
                   "F": ["Priyanka", "Pooja", "Khushi", "Kajal", "Manisha", "Komal", "Payal", "Pinki",
                         "Nikita", "Sakshi", "Mamta"]},
}
KIDS["bengali"]["M"].remove("Ritam")  # no table entry; keep the list honest

# Names hardly given to people born before ~1975 (kept off older people).
YOUNG_ONLY = set("""Rahul Rohit Amit Sachin Gaurav Saurabh Aman Naman Ankit Ankita Sumit Nitin Vivek Akshay
Vishal Varun Sonu Monu Pintu Nitish Shahrukh Salman Faizan Danish Sameer Aamir Priyanka Kajal Khushi Muskan
Anjali Shivani Komal Payal Sneha Neha Priya Pooja Preeti Sapna Nisha Pragya Shalini Sonam Simran Jasmeet
Amandeep Navneet Jaspreet Simranjeet Amreen Aafreen Sana Nazia Heena Ruksar Tumpa Rumpa Moumita Piyali Divya
Karthik Kartik Monika Sonia Khushboo Chandni Gudiya Rinki Pinki Lalit Kuldeep""".split())
# Names hardly given to people born after ~1985 (kept off younger people).
OLD_ONLY = set("""Ram+Lal Mange+Ram Ganga+Ram Sita+Ram Mohan+Lal Sohan+Lal Shyam+Lal Gyan+Chand Ram+Avtar
Ram+Wati Phool+Wati Prem+Wati Raj+Wati Gyan+Wati Ram+Kali Bhagwati Kaushalya Savitri Shanti Shakuntala Kamla
Vimla Kanta Raj+Rani Sudesh Harbhajan Gurcharan Kirpal Pritam Kulwant Krishan+Lal Madan+Lal Tilak+Raj Hans+Raj
Des+Raj Yash+Pal Ved+Prakash Abdul+Sattar Mehboob Mushtaq Zubaida Hajra Kulsum Noor+Jahan Nitai Sukumar Malati
Arumugam Saraswathi Basanti Kalawati Champa Heera Janaki Tulsi Dhapu Bhanwari Kesar Lali Mangi+Lal Bhanwar+Lal
Kana+Ram Bhera+Ram Dhanna+Ram Prabhu+Dayal Ram+Swaroop Trilok Diwan Bahadur Khushal Babu+Lal Shankar+Lal
Ratan+Lal Ram+Niwas Ram+Lal Mange+Ram Kamlesh Sharda Kanti Lalita Shobha Urmila Sushila Pushpa Nirmala
Kailash+Chand Ram+Prasad Om+Prakash Jagdish Satyanarayana Arati Bandana Gopal""".split())

# Names that are given to both girls and boys (the gender field is mis-keyed more easily for these).
UNISEX = ["Kiran", "Santosh", "Suman", "Kuldeep", "Gurpreet", "Harpreet", "Manjeet", "Jaswinder",
          "Sukhwinder", "Paramjit", "Amandeep", "Navneet", "Jaspreet", "Naseem", "Shamim", "Kamlesh",
          "Gurmeet", "Simranjeet", "Harjeet", "Krishna", "Prakash", "Darshan"]

# First digits of Indian mobile numbers seen on Delhi registers (Jio/Airtel/Vi/BSNL/MTNL series).
MOBILE_PREFIXES = ["98", "99", "97", "96", "95", "93", "92", "91", "90", "89", "88", "87", "85", "84",
                   "82", "81", "80", "79", "78", "77", "76", "75", "74", "73", "72", "70", "63", "62", "60"]

# Honorifics an operator may put in front of a name.
HONORIFICS = {
    ("hindu", "F", "married"): ["Smt.", "Smt", "Shrimati"],
    ("hindu", "F", "girl"): ["Km.", "Kumari"],
    ("hindu", "M", "adult"): ["Sh.", "Shri", "Sri"],
    ("sikh", "M", "adult"): ["Sardar", "S."],
    ("sikh", "F", "married"): ["Smt.", "Smt"],
    ("muslim", "F", "married"): ["Mst."],
    ("muslim", "F", "girl"): ["Km."],
}

# Very common full names for the "same common name, different husband/father" look-alikes.
COMMON_FULL = {
    "F": [("north", "Sunita Devi"), ("north", "Anita Devi"), ("north", "Geeta Devi"), ("north", "Kamla Devi"),
          ("north", "Rekha Devi"), ("north", "Suman Devi"), ("north", "Poonam Devi"), ("north", "Savitri Devi"),
          ("north", "Usha Devi"), ("north", "Meena Devi"), ("north", "Pooja Kumari"), ("north", "Priyanka Kumari"),
          ("north", "Neha Kumari"), ("north", "Kavita Sharma"), ("north", "Pooja Sharma"),
          ("bihari", "Sunita Devi"), ("bihari", "Rinki Devi"), ("bihari", "Manju Devi"), ("bihari", "Babita Devi"),
          ("bihari", "Sangeeta Devi"), ("bihari", "Pinki Kumari"), ("bihari", "Khushboo Kumari"),
          ("bihari", "Rita Devi"), ("muslim", "Shabana"), ("muslim", "Shahnaz Begum"), ("muslim", "Reshma"),
          ("muslim", "Nasreen"), ("muslim", "Rukhsana"), ("muslim", "Parveen"), ("muslim", "Salma Khatoon"),
          ("muslim", "Shabnam"), ("muslim", "Farzana"), ("sikh", "Harpreet Kaur"), ("sikh", "Gurpreet Kaur"),
          ("sikh", "Jaswinder Kaur"), ("sikh", "Manjeet Kaur"), ("bengali", "Rina Das"), ("bengali", "Rupa Mondal"),
          ("uttarakhand", "Kamla Devi"), ("uttarakhand", "Basanti Devi"), ("rajasthani", "Kamla Devi"),
          ("rajasthani", "Santosh Devi"), ("south", "Lakshmi"), ("punjabi", "Neelam Arora")],
    "M": [("north", "Ram Kumar"), ("north", "Rajesh Kumar"), ("north", "Sanjay Kumar"), ("north", "Ramesh Kumar"),
          ("north", "Suresh Kumar"), ("north", "Sunil Kumar"), ("north", "Anil Kumar"), ("north", "Raj Kumar"),
          ("north", "Vijay Kumar"), ("north", "Rahul"), ("north", "Deepak Kumar"), ("north", "Amit Kumar"),
          ("north", "Om Prakash"), ("north", "Rakesh Sharma"), ("north", "Manoj Kumar"),
          ("bihari", "Manoj Kumar"), ("bihari", "Santosh Kumar"), ("bihari", "Sanjay Yadav"),
          ("bihari", "Ajay Kumar"), ("bihari", "Munna"), ("bihari", "Sunil Paswan"), ("bihari", "Vinod Kumar"),
          ("muslim", "Mohd Salim"), ("muslim", "Mohd Irfan"), ("muslim", "Mohd Iqbal"), ("muslim", "Mohd Arif"),
          ("muslim", "Mohd Shahid"), ("muslim", "Imran"), ("muslim", "Mohd Aslam"), ("muslim", "Salim Khan"),
          ("muslim", "Mohd Rizwan"), ("sikh", "Gurpreet Singh"), ("sikh", "Harpreet Singh"),
          ("sikh", "Jaswinder Singh"), ("sikh", "Manjeet Singh"), ("bengali", "Tapan Das"),
          ("uttarakhand", "Mohan Singh"), ("rajasthani", "Mukesh Meena@s"), ("punjabi", "Rajesh Arora"),
          ("south", "Murugan")],
}
