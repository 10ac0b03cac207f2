"""News agencies and broadcasters that sign wire copy, as they are written in datelines and bylines."""

#: The wires that carry companies' press releases, as their datelines write them: ``BOSTON--(BUSINESS WIRE)--``,
#: ``(GLOBE NEWSWIRE) --``, ``/PRNewswire/``, ``/ ACCESSWIRE /``.  They are agencies too (:data:`AGENCIES`).
PRESS_WIRES: tuple[str, ...] = (
    "Business Wire", "PR Newswire", "PRNewswire", "GlobeNewswire", "Globe Newswire", "Accesswire", "Newsfile",
)

AGENCIES: tuple[str, ...] = (
    "Reuters", "Reuter", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
    "Xinhua", "UPI", "United Press International", "dpa", "DPA", "Kyodo", "Kyodo News", "Yonhap", "TASS",
    "RIA Novosti", "Interfax", "Bloomberg", "CNN", "BBC", "ANSA", "EFE", "Anadolu", "Anadolu Agency", "AA",
    "PTI", "IANS", "ANI", "Bernama", "Antara", "PA", "PA Media", "CP", "The Canadian Press", "AAP",
    "Jiji", "Jiji Press", "KCNA", "WAFA", "MENA", "IRNA", "CNA", "Central News Agency", "NHK",
    "Dow Jones", "MarketWatch", "CNBC", "ABC", "NBC", "CBS", "Fox News", "Sputnik", "Ukrinform", "Prensa Latina",
    # public and national broadcasters, as an outlet piece beside a byline writes them: "Jane Roe · CBC News · Posted:"
    "CBC", "CTV", "RTÉ", "RNZ", "SBS", "ITV",
    "Al Jazeera", "Europa Press",
    # press-release wires, as their datelines write them: "BOSTON--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE) --"
    *PRESS_WIRES,
    "SANA", "Petra", "KUNA", "WAM", "SPA", "QNA", "BNA", "APA", "Trend", "Tasnim", "Fars", "ISNA", "Mehr",
    "CGTN", "China Daily", "Global Times", "Chinanews", "CNS",
    # European and Latin American national agencies
    "Belga", "ANP", "NTB", "Ritzau", "PAP", "MTI", "Agerpres", "BTA", "HINA", "Tanjug", "Keystone-SDA",
    "SDA", "Keystone-ATS", "ATS",
    # the Swiss wires as their datelines write them, in lower case ("Bern (sda) -", "Zürich (awp/sda) -"), and
    # the Canadian Press in French ("MONTRÉAL (La Presse Canadienne) —"), fixT55b
    "sda", "ats", "awp", "La Presse Canadienne", "Presse Canadienne",
    "Adnkronos", "Europa Press", "Notimex", "Colprensa", "Télam", "Agência Brasil", "Lusa", "KNA", "epd", "ČTK", "CTK",
    "dpa-AFX",  # dpa's business wire: "BERLIN (dpa-AFX) -"
    # African and South Asian national agencies, as their datelines write them: "HARARE (New Ziana) -",
    # "ACCRA, March 3, (GNA) -", "ABUJA, March 3 (NAN) -", "ISLAMABAD, March 3 (APP):"
    "New Ziana", "Ziana", "GNA", "Ghana News Agency", "NAN", "News Agency of Nigeria", "Kenya News Agency",
    "APP", "Associated Press of Pakistan", "BSS", "UNB", "ENA", "SUNA", "APS", "Xinhua News Agency",
    "Press Trust of India", "Asian News International", "Indo-Asian News Service", "United News of India",
    "Yonhap News Agency", "Bangladesh Sangbad Sangstha", "Agencia EFE", "Agence Anadolu",
    # agencies spelled out in a dateline's brackets, as sites that copy the wire write them:
    # "SYDNEY (Australian Associated Press) -", "TORONTO (Canadian Press) -", "PARIS (Agence France Presse) -" (lay57)
    "Australian Associated Press", "Canadian Press", "Agence France Presse",
    # the British agency by its former name, as a signature under the author writes it: "Jo Reed" / "(Press Association)"
    "Press Association",
    # the spelled-out names of agencies whose short forms are above: "DUBAI (Emirates News Agency) -" (lay57)
    "Emirates News Agency", "Saudi Press Agency", "Kuwait News Agency", "Qatar News Agency",
    "Islamic Republic News Agency", "Korean Central News Agency", "Middle East News Agency", "Syrian Arab News Agency",
    "Deutsche Presse-Agentur", "Malaysian National News Agency",
    # the Philippine and South African national agencies, as a sign-off writes them: "... on Tuesday. (PNA)" (fixT57a;
    # not "ANA": read in any case it is a given name, "Ana")
    "PNA", "Philippine News Agency", "African News Agency",
    # the Swedish and Finnish national agencies and Kazakhstan's, as their datelines write them: "STOCKHOLM (TT) -",
    # "Helsinki, 27.11. (STT) -", "ASTANA. KAZINFORM -" (mendLD69)
    "TT", "STT", "Kazinform",
    # Hindi wire services (PTI's and UNI's), as Hindi datelines write them: "(भाषा)", "(वार्ता)"
    "भाषा", "वार्ता",
)
