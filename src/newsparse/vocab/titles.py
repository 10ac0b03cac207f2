"""Words that stand before or after a person's name: titles, roles and honorifics.

Lowercase; multi-word roles are matched word by word, so ``foreign minister`` is the words
``foreign`` and ``minister``, each of which is listed.
"""

HONORIFICS: tuple[str, ...] = (
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr", "mx", "mother",
    "father", "sister", "brother", "superior", "abbot", "abbess", "rabbi", "imam", "reverend", "pastor",
    # South Asian English ("Shri Ramesh Kumar", "Smt. Sunita Deshmukh")
    "shri", "shrimati", "smt",
    # professional and courtesy titles used as "Dr" is, before a full name or a surname alone: the Honourable,
    # Nigerian "Engr. Musa Bello" and "Barr. Ada Okafor" (not South African "Adv", an advocate: a surname
    # after it stays a name of two words, "Adv Tšosane", which later pronouns can take)
    "hon", "engr", "barr",
    # Malaysian honours ("Datuk Seri Anwar Ibrahim"); not "Tan Sri", whose first word is a surname too ("Tan
    # Wei Ming"), nor "Sri", a given name ("Sri Mulyani"), nor "Tun", a Burmese given name ("Tun Lin")
    "datuk", "datin", "dato", "seri", "paduka",
    # West African English, one who made the hajj ("Alhaji Rasaki Olayiwola", "Alhaja Kafayat Bello")
    "alhaji", "alhaja", "hajia", "hajiya",
)

TITLES: tuple[str, ...] = (
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general", "deputy",
    "foreign", "defense", "defence", "finance", "interior", "trade", "health", "economy", "state",
    "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
    "king", "queen", "prince", "princess", "emperor", "pope", "cardinal", "bishop", "archbishop", "sheikh",
    "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "commissioner", "chairman",
    "chairwoman", "chair", "chief", "executive", "officer", "ceo", "cfo", "coo", "director", "head",
    "leader", "speaker", "justice", "judge", "attorney", "lawyer", "prosecutor", "professor", "analyst",
    "economist", "researcher", "scientist", "coach", "captain", "manager", "founder", "co-founder",
    "gen", "lt", "col", "maj", "capt", "adm", "admiral", "colonel", "major", "lieutenant", "sergeant",
    "commander", "commodore", "marshal", "mp", "mec", "lawmaker", "legislator", "councillor", "councilman", "councilwoman",
    # members of a legislature written before the name as "MP" is ("MEP Ana Lindqvist", "MK Yehuda Levin", "TD Mary Lou Ryan")
    "mep", "msp", "mla", "mk", "td",
    "official", "adviser", "advisor", "aide", "diplomat", "negotiator", "regulator", "inspector",
    "superintendent", "sheriff", "chief executive", "founder", "editor", "correspondent", "reporter",
    "columnist", "president-elect", "candidate", "nominee", "hopeful", "incumbent", "former", "acting",
    "senior", "junior", "top", "assistant", "associate", "national", "security", "labor", "labour",
    "agriculture", "energy", "education", "justice", "environment", "transport", "culture", "sports",
    "opposition", "party", "majority", "minority", "whip", "house", "senate", "white", "campaign",
    "press", "communications", "policy", "central", "bank", "governor", "ceo", "owner", "partner",
    "company", "group", "firm", "ministry", "department", "agency", "council", "committee", "army",
    "military", "police", "fire", "prime-minister", "vice-president", "secretary-general",
    "alderman", "alderwoman", "trainer", "coroner", "magistrate", "detective", "constable", "cllr",
    # (Australian and New Zealand councils' "Cr", a councillor: "Cr Steve Krieg", "Cr. Ana Ruiz")
    "cr",
    "assemblyman", "assemblywoman", "assemblymember", "councilmember", "treasurer", "comptroller",
    "administrator", "director-general", "attorney-general", "solicitor-general", "inspector-general",
    "surgeon-general", "auditor-general", "undersecretary", "under-secretary", "ombudsman",
    # rank abbreviations, and "Staff" of the stacked ranks ("Staff Sgt.", "Chief of Staff")
    "sgt", "cpl", "pvt", "spc", "det", "insp", "supt", "cmdr", "staff",
    # other titles a desk abbreviates ("Coun. Shelley Carroll", "Ald. Tom Berg", "Dist. Atty. Ana Ruiz", "Asst.
    # Chief Const. Mark Ellis", "Brig. Gen. Ann Cole", "Amb. Lena Brandt", "Rt. Hon. Kofi Mensah")
    "coun", "ald", "rt", "atty", "dist", "asst", "dep", "const", "brig", "cdr", "amb", "commr",
    # Irish police ranks ("Det Garda Seán Ó Briain", "Garda Niamh Ní Bhriain": the rank, then the name)
    "garda",
    # Indian police ranks a desk abbreviates ("DCP Sachin Sharma", a deputy commissioner; "ACP", "SSP", "DSP"; mendQ65)
    "dcp", "acp", "ssp", "dsp",
    # administrative titles of a state's or a crown's officers ("Prefect Didier Lallement", "Governor-General
    # Sam Mostyn", "Lieutenant-Governor Ana Ruiz"; not "provost" nor "registrar", surnames too: "Kerri Provost")
    "prefect", "sub-prefect", "governor-general", "lieutenant-governor", "ombudsperson",
    # a county's or a town's elected officers ("County Clerk Ana Ruiz", "Deputy Assessor Tom Berg"; mendQ64)
    "clerk", "recorder", "assessor", "auditor",
    # the offices of one country, written before the holder's name ("Taoiseach Micheal Martin"; fixQ68)
    "taoiseach", "tánaiste", "tanaiste",
)

# Nouns that end a role description: ``the French foreign minister`` -> ``minister``.
ROLE_NOUNS: tuple[str, ...] = (
    "president", "minister", "premier", "chancellor", "secretary", "senator", "governor", "mayor", "king",
    "queen", "prince", "pope", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "commissioner", "chairman", "chairwoman", "chair", "chief", "executive", "ceo", "director", "head",
    "leader", "speaker", "judge", "prosecutor", "professor", "analyst", "economist", "coach", "captain",
    "manager", "boss", "member", "founder", "general", "admiral", "commodore", "commander", "lawmaker", "official",
    "adviser", "advisor",
    "aide", "diplomat", "negotiator", "congressman", "congresswoman", "representative", "candidate",
    "nominee", "president-elect", "sheriff", "attorney", "lawyer", "researcher", "scientist", "emperor",
    "editor", "owner", "secretary-general", "alderman", "alderwoman", "trainer", "coroner", "magistrate",
    "detective", "constable", "garda", "assemblyman", "assemblywoman", "assemblymember", "councilmember",
    "treasurer", "comptroller", "taoiseach", "tánaiste", "administrator", "director-general", "attorney-general",
    "solicitor-general",
    "inspector-general", "surgeon-general", "auditor-general", "undersecretary", "under-secretary", "ombudsman",
    # those who run an institution ("Its founder and conductor,", "the museum's chief curator,")
    "conductor", "curator", "trustee",
    # rulers named by their land ("The Emir of Qatar", "the Sultan of Oman"); no titles before a name,
    # where both are given names too ("Emir Kusturica", "Sultan Al Jaber")
    "emir", "sultan",
    # members of a legislature ("the former Conservative MP for Bath", "a Labour councillor for Leeds") or
    # of a provincial cabinet (South African "the Gauteng MEC for health", a member of the executive council)
    "mp", "mep", "msp", "mec", "councillor", "legislator",
    # administrative officers ("the Paris prefect", "the governor-general", "the university's provost")
    "prefect", "sub-prefect", "governor-general", "lieutenant-governor", "provost", "registrar", "ombudsperson",
    # a county's or a town's elected officers ("the county clerk", "the town assessor"; mendQ64)
    "clerk", "recorder", "assessor", "auditor",
    # those who run an operation or a service ("incident controller", "the flood coordinator"; mendQ65)
    "controller", "coordinator",
    # police ranks named again by the rank alone ("DCP (Outer) Sachin Sharma said ... the DCP said"; mendQ65)
    "dcp", "acp", "ssp", "dsp", "superintendent", "inspector",
)
