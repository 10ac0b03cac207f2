"""Given names that every culture using them gives to one sex only, as gender evidence for
pronouns (``Marta Vidal met John Ames. "...," he said.``: John Ames).

One multilingual set, shared by every language pack: people in the news cross languages (a
Spanish article quotes Olaf Scholz, an English one Marta Vidal), so the list of names belongs to
no pack's grammar; each pack only says which of its pronouns each set calls for
(``QuoteParser.GIVEN_NAMES``).

Lowercase, written with their accents; the parser also matches each without them (``jose`` for
``josé``).  Left out on purpose, because some culture gives them to both sexes or they are read
as other words: ``Jean``, ``Andrea``, ``Nicola``, ``Simone``, ``Michele``, ``Gabriele``,
``Daniele``, ``Luca``, ``Mattia``, ``Kim``, ``Alex``, ``Jordan``, ``Sasha``, ``Robin``,
``Leslie``, ``Jamie``, ``Taylor``, ``Morgan``, ``Ashley``, ``Dominique``, ``Claude``,
``Camille``, ``Laurence``, ``Jan``, ``Kari``, ``Ola``,
``Kai``, ``Eike``, ``Ali``, ``Deniz``, ``Kiran``, ``Nikita``, ``Alexis``, ``Sam``, ``Chris``,
``Pat``, ``Lee``, ``Terry``, ``Kelly``, ``Casey``, ``Dana``, ``Jesse``, ``Charlie``, ``Rory``,
``Glenn``, ``Carol``, ``Hilary``, ``Vivian``, ``Evelyn``, ``Marion``, ``Guadalupe``,
``Rosario``, ``Jaime``, ``René``, ``Yuki``, ``Kit``, ``Joan`` (a Catalan man's name),
``Courtney``, ``Makoto``; the months ``May``, ``April`` and ``June`` and the
verb ``Will``.  Most romanised Chinese and Korean given names are written for both sexes, and
the surname comes first there, so they are left out too.
"""

from __future__ import annotations

#: Given names of women only.
FEMININE: tuple[str, ...] = (
    # English
    "diane", "carolyn", "gina", "natasha", "leah", "miriam", "tamara", "renee", "brenda", "gwen",
    "gwendolyn", "lillian", "vivienne", "constance", "marjorie", "loretta", "jocelyn", "kayla",
    "mary", "elizabeth", "margaret", "sarah", "sara", "susan", "karen", "nancy", "lisa", "betty", "helen",
    "sandra", "donna", "ruth", "sharon", "michelle", "laura", "kimberly", "deborah", "jessica",
    "shirley", "cynthia", "angela", "melissa", "brenda", "amy", "anna", "rebecca",
    "kathleen", "pamela", "martha", "debra", "amanda", "stephanie", "janet", "catherine", "frances",
    "christine", "samantha", "emma", "olivia", "emily", "hannah", "abigail", "sophia",
    "isabella", "grace", "chloe", "amelia", "ella", "lily", "alice", "lucy", "harriet",
    "eleanor", "rachel", "rose", "diana", "julia", "judith", "joyce", "jennifer",
    "linda", "barbara", "patricia", "dorothy", "heather", "nicole", "kathryn", "katherine", "kate",
    "katie", "megan", "lauren", "hillary", "nancy", "gloria", "theresa", "teresa", "denise", "tina",
    "janice", "jane", "julie", "wendy", "fiona", "kirsty", "siobhan", "aoife", "niamh", "sinead", "keisha", "imogen",
    "morag",
    "bridget", "maureen", "doris", "edith", "ethel", "agnes", "irene", "louise", "lynne", "gillian",
    "jacqueline", "tammy", "brittany", "tiffany", "vanessa", "valerie", "veronica", "yvonne",
    "elaine", "ellen", "emma", "jill", "joanne", "joanna", "judy", "kristen", "kristin", "marilyn",
    "melanie", "nora", "peggy", "penny", "phyllis", "priscilla", "rita", "roberta", "rosemary",
    "sally", "sheila", "stella", "sylvia", "ursula", "wilma", "beatrice", "caroline", "clara",
    "claire", "daisy", "esther", "eva", "eve", "hazel", "isabel", "jasmine",
    "jenny", "lena", "lydia", "mia", "molly", "natalie", "nina", "paula", "pauline", "ruby", "sophie",
    "susanna", "tara", "zoe", "abby", "alicia", "alison", "allison", "amber", "ann",
    "beth", "bonnie", "carla", "carrie", "cheryl", "connie", "crystal", "dawn", "debbie",
    "elena", "erica", "erin", "gail", "holly", "jenna", "kara", "kathy", "kristina", "laurie",
    "lorraine", "maggie", "marsha", "meghan", "monica", "naomi", "nadia", "olga", "rhonda", "sabrina",
    "sonia", "sonya", "tanya", "vera", "alma", "mabel", "maud", "muriel", "iris", "ivy", "mildred",
    "janine", "kamala", "lena", "liz", "betsy", "becky", "sue", "meg", "nell", "polly",
    "anne", "yvette", "daphne", "jacinda", "annette", "jeanette", "bernadette", "madeleine", "caitlin",
    "kirsten", "heidi", "marianne", "nikki", "maxine", "marcia", "sheryl", "jacqui", "lucinda", "belinda",
    "rosalind", "gemma", "hayley", "leanne", "margot", "suzanne", "melania", "ivanka", "dianne", "kristi",
    "rebekah", "bethany", "philippa", "imelda", "suella",
    # Irish, Scottish and Welsh
    "mhairi", "eilidh", "mairead", "orla", "róisín", "gráinne", "siân", "ffion", "rhiannon", "cerys",
    "bronwen", "angharad",
    # Spanish and Portuguese
    "maría", "maria", "ana", "anita", "carmen", "josefa", "isabel", "dolores", "pilar", "mercedes", "rocío",
    "lucía", "marta", "cristina", "raquel", "beatriz", "silvia", "patricia", "rosa", "inés",
    "consuelo", "soledad", "concepción", "inmaculada", "montserrat", "nuria", "alba", "paloma",
    "ximena", "fernanda", "gabriela", "daniela", "valentina", "camila", "juana", "luisa", "adriana",
    "verónica", "mariana", "claudia", "yolanda", "leticia", "lorena", "esperanza", "milagros",
    "graça", "conceição", "joana", "fátima", "juliana", "marcela", "luciana", "letícia", "larissa",
    "gisele", "dilma", "marina", "sofía", "ángela", "begoña", "itziar", "ainhoa", "elisa", "amparo",
    # French
    "marie", "françoise", "monique", "catherine", "nathalie", "isabelle", "sylvie", "martine",
    "christine", "brigitte", "chantal", "véronique", "sophie", "céline", "aurélie", "émilie", "julie",
    "ségolène", "pascale", "frédérique", "emmanuelle", "hélène", "geneviève", "nicole",
    "élisabeth", "anne-marie", "marie-claire", "valérie", "sandrine", "virginie", "delphine",
    "élodie", "margaux", "manon", "chloé", "léa", "inès", "océane", "mathilde", "agathe", "colette",
    "josette", "odile", "solène", "clémence", "béatrice", "agnès", "rachida", "najat", "christiane",
    # German, Dutch and Scandinavian
    "ursula", "angela", "annalena", "heike", "elke", "silke", "anke", "ute", "sabine", "petra",
    "bettina", "tanja",
    "claudia", "gabi", "birgit", "karin", "monika", "renate", "gisela", "ingrid", "brigitte",
    "gudrun", "hildegard", "irmgard", "katrin", "kerstin", "christa", "jutta", "susanne", "stefanie",
    "franziska", "johanna", "greta", "lieselotte", "saskia", "svenja", "nadine", "anja", "katja",
    "femke", "sanne", "anouk", "ineke", "marieke", "lotte", "astrid", "sigrid", "ingeborg", "liv",
    "solveig", "ragnhild", "sigrun", "mette", "lene", "birgitta", "kristina", "margareta", "annika",
    "magdalena", "frida", "elsa", "maja", "linnea", "hanne", "gro", "erna", "sanna", "tarja",
    # Italian and Greek
    "giulia", "francesca", "chiara", "federica", "alessandra", "giorgia", "giovanna", "giuseppina",
    "paola", "elisabetta", "roberta", "silvana", "rossella", "laura", "anna", "lucia", "ilaria",
    "valeria", "serena", "martina", "beatrice", "emma", "eleni", "katerina", "dimitra", "sofia",
    "despina", "vasiliki", "panagiota", "athina", "zoi",
    # Slavic, Baltic and Hungarian
    "olga", "natalia", "natalya", "svetlana", "irina", "tatiana", "tatyana", "yulia", "yuliya",
    "ekaterina", "yekaterina", "anastasia", "elena", "yelena", "marina", "ludmila", "lyudmila",
    "galina", "nadezhda", "oksana", "iryna", "halyna", "olena", "larisa", "agnieszka", "małgorzata",
    "katarzyna", "joanna", "magdalena", "ewa", "beata", "dorota", "jadwiga", "zofia", "jana",
    "zuzana", "petra", "lenka", "ivana", "milena", "dragana", "jelena", "vesna", "snežana", "tereza",
    "žaneta", "zsuzsanna", "katalin", "erzsébet", "ildikó", "krisztina", "ilona",
    # Arabic, Persian, Turkish
    "dina", "lina", "mona", "reem", "hala", "ghada", "nabila", "aya", "ayesha", "shabana",
    "fatima", "fatma", "aisha", "ayşe", "khadija", "maryam", "mariam", "zainab", "zeynep", "leila",
    "layla", "amina", "yasmin", "yasmine", "noura", "huda", "salma", "rania", "hanan",
    "samira", "nadia", "souad", "farida", "elif", "emine", "hatice", "merve", "büşra", "esra",
    "shirin", "parisa", "maryam", "narges", "zahra",
    # Pakistani and Bangladeshi (mendLT66)
    "syeda", "sadia", "nusrat", "rubina", "shahnaz", "tahmina", "nasreen",
    # Indian
    "priya", "anjali", "sunita", "pooja", "neha", "kavita", "lakshmi", "meera", "nirmala", "sushma",
    "smriti", "indira", "sonia", "priyanka", "aishwarya", "deepika", "divya", "shreya", "rekha",
    "asha", "geeta", "gita", "savita", "sita", "radha", "mamata", "mayawati", "jayalalithaa", "priti",
    # Japanese
    "yoko", "yuko", "keiko", "akiko", "michiko", "tomoko", "naoko", "sachiko", "yukiko", "emiko",
    "hiroko", "kyoko", "mariko", "noriko", "sayaka", "yuriko", "takako", "masako", "sanae",
    # West and southern African
    "ngozi", "chiamaka", "folake", "funmilayo", "thandiwe", "nomvula", "nomsa", "akosua", "adwoa",
    "ifeoma", "adaeze", "nkechi", "amaka", "yetunde", "chioma", "folasade", "hauwa", "ebele", "omotola",
    # Hebrew
    "yael", "rivka", "tamar", "shira",
)

#: Given names of men only.
MASCULINE: tuple[str, ...] = (
    # English
    "marcus", "victor", "lucas", "leo", "max", "ross", "craig", "darren", "shane", "adrian",
    "julian", "dominic", "damian", "edwin", "edgar", "curtis", "marvin", "lewis", "alfred", "ernest",
    "francis", "nathaniel", "harvey", "clifford", "lloyd", "roland", "terrence", "derrick", "reggie",
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew",
    "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
    "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
    "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack",
    "dennis", "jerry", "tyler", "aaron", "adam", "nathan", "henry", "douglas", "zachary",
    "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah",
    "gerald", "carl", "arthur", "lawrence", "dylan", "bryan", "joe", "billy", "bruce",
    "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy",
    "eugene", "vincent", "russell", "louis", "bobby", "philip", "johnny", "tom", "tommy", "jim",
    "jimmy", "bill", "bob", "mike", "dave", "steve", "ben", "ted", "ed", "fred", "harry", "oliver", "jake",
    "george", "oscar", "hugh", "hugo", "rupert", "nigel", "neil", "ian", "graham",
    "colin", "malcolm", "stuart", "duncan", "angus", "hamish", "alistair", "alasdair", "gordon",
    "keir", "rishi", "boris", "tony", "gavin", "gareth", "rhys", "dylan", "owen", "liam", "sean",
    "seamus", "padraig", "declan", "ciaran", "eamon", "brendan", "barry", "derek", "trevor",
    "martin", "simon", "jonathan", "matt", "nick", "rob", "dan", "joel", "luke", "mitch", "mitchell",
    "chuck", "brad", "bradley", "travis", "troy", "wesley", "warren", "howard", "herbert",
    "stanley", "leonard", "norman", "vernon", "clarence", "elmer", "floyd", "franklin",
    "theodore", "ulysses", "abraham", "lyndon", "dwight", "calvin", "woodrow", "barack", "ronnie",
    "mitt", "newt", "marco", "ted", "jeb", "elijah", "isaac", "jared", "josh", "caleb",
    "tim", "pete", "phil", "greg", "jeff", "ken", "ron", "don", "doug", "ray", "dick", "rick",
    "richie", "hank", "stan", "vince", "walt", "wally", "geoff", "clive", "reginald",
    "cecil", "percy", "cyril", "basil", "giles", "toby", "jasper", "felix", "sebastian", "rufus",
    "callum", "connor", "conor", "kieran", "ewan", "euan", "fergus", "archie", "alfie", "freddie",
    "benedict", "antony", "lachlan", "elon", "bertie",
    # Irish, Scottish and Welsh
    "micheál", "enda", "cian", "darragh", "eoin", "oisín", "colm", "fintan", "tadhg", "rhun", "gethin",
    "dafydd", "iwan", "huw", "aled", "humza",
    # Spanish and Portuguese
    "josé", "jesús", "antonio", "manuel", "francisco", "javier", "miguel", "rafael", "pedro",
    "alejandro", "fernando", "carlos", "luis", "jorge", "alberto", "sergio", "pablo", "ramón",
    "enrique", "diego", "álvaro", "raúl", "rubén", "iñigo", "íñigo", "joaquín", "santiago",
    "mariano", "gonzalo", "ignacio", "emilio", "felipe", "andrés", "alfonso", "ricardo", "eduardo",
    "guillermo", "rodrigo", "héctor", "gustavo", "hugo", "arturo", "ernesto", "julio", "césar",
    "óscar", "salvador", "agustín", "lorenzo", "tomás", "tomas", "vicente", "xavier", "nicolás",
    "gerardo", "horacio", "mauricio", "cristóbal", "esteban", "martín", "marcelo", "adolfo",
    "joão", "paulo", "luiz", "luís", "gonçalo", "rui", "nuno", "tiago", "fábio", "rodrigo",
    "sebastião", "jair", "geraldo", "leandro", "marcos", "thiago", "otávio",
    # French
    "jean-pierre", "jean-claude", "jean-luc", "jean-paul", "jean-marc", "jean-michel", "jean-yves",
    "jean-louis", "jean-marie", "jean-françois", "jean-jacques", "pierre", "jacques", "michel", "philippe",
    "alain", "bernard", "françois", "patrick", "christophe", "nicolas", "olivier", "laurent",
    "frédéric", "thierry", "stéphane", "sébastien", "emmanuel", "pascal", "didier", "gérard",
    "guillaume", "julien", "mathieu", "matthieu", "antoine", "benoît", "xavier", "yves", "hervé",
    "gilles", "bruno", "arnaud", "rémi", "rémy", "fabien", "jérôme", "cédric", "vincent", "loïc",
    "édouard", "gérald", "bruno", "marcel", "henri", "louis", "raymond", "lionel", "jean-baptiste",
    "théo", "hugues", "éric", "fabrice", "franck", "gaël", "yann", "mathis", "clément", "marc",
    # German, Dutch and Scandinavian
    "hans", "klaus", "jürgen", "uwe", "dieter", "wolfgang", "helmut", "gerhard", "horst", "günter",
    "bernd", "rolf", "ralf", "detlef", "thorsten", "hartmut", "udo",
    "günther", "heinz", "karl", "manfred", "werner", "walter", "friedrich", "olaf", "markus",
    "stefan", "thomas", "andreas", "matthias", "sebastian", "tobias", "florian", "jens", "jörg",
    "joachim", "rainer", "reinhard", "ulrich", "volker", "winfried", "norbert", "heiko", "lars",
    "christian", "sven", "björn", "torsten", "frank", "markus", "hubert", "armin", "cem", "robert",
    "johannes", "lukas", "maximilian", "moritz", "philipp", "alexander", "hans-peter", "karl-heinz",
    "pieter", "willem", "joost", "maarten", "ruud", "geert", "wim", "henk", "kees", "mark", "johan",
    "jeroen", "bart", "dirk", "hendrik", "erik", "anders", "nils", "magnus", "olof", "gustav",
    "stig", "bjørn", "knut", "jonas", "mikael", "henrik", "jens", "mads", "rasmus", "søren", "jussi",
    "mikko", "sauli", "juha", "pekka", "matti", "timo", "jyrki", "oskar",
    # Italian and Greek
    "giuseppe", "giovanni", "francesco", "alessandro", "paolo", "matteo", "lorenzo", "giorgio",
    "roberto", "stefano", "massimo", "fabio", "luigi", "sergio", "silvio", "mario", "enrico",
    "carlo", "pietro", "salvatore", "vincenzo", "antonio", "giancarlo", "gianluca", "claudio",
    "riccardo", "maurizio", "romano", "matteo", "dario", "emanuele", "gennaro", "raffaele",
    "giorgos", "georgios", "yannis", "giannis", "ioannis", "dimitris", "dimitrios", "kostas",
    "konstantinos", "nikos", "nikolaos", "panagiotis", "christos", "vasilis", "kyriakos",
    "stavros", "spyros", "evangelos", "andreas", "manolis", "antonis",
    # Slavic, Baltic and Hungarian
    "vladimir", "sergei", "sergey", "dmitry", "dmitri", "ivan", "igor", "alexei", "alexey",
    "mikhail", "nikolai", "andrei", "andrey", "yuri", "yury", "boris", "oleg", "pavel", "viktor",
    "gennady", "anatoly", "leonid", "volodymyr", "petro", "oleksandr", "oleksiy", "mykola", "taras",
    "vitali", "vitaly", "piotr", "paweł", "tomasz", "krzysztof", "andrzej", "jarosław", "mateusz",
    "marek", "wojciech", "zbigniew", "donald", "lech", "václav", "miloš", "jiří", "petr", "tomáš",
    "zoran", "dragan", "goran", "milan", "aleksandar", "slobodan", "vojislav", "viktor", "zoltán",
    "gábor", "lászló", "istván", "ferenc", "péter", "tibor", "attila",
    # Arabic, Persian, Turkish
    "tarek", "tareq", "samir", "nabil", "yousef", "ayman", "hisham", "ziad", "bilal", "rami",
    "adel", "ashraf", "majid", "nasser", "jamal", "kamal", "fadi", "mehdi", "farid",
    "mohammed", "muhammad", "mohamed", "mohammad", "mehmet", "ahmed", "ahmad", "mahmoud", "mahmud",
    "mustafa", "hassan", "hussein", "hussain", "omar", "umar", "khalid", "khaled", "abdullah",
    "abdul", "ibrahim", "youssef", "yusuf", "karim", "tariq", "walid", "hamid", "rashid", "saleh",
    "salman", "faisal", "hamza", "bashar", "hosni", "anwar", "recep", "ahmet", "emre", "murat",
    "kemal", "burak", "hakan", "mevlüt", "ekrem", "binali", "hasan", "hüseyin", "ismail", "osman",
    "reza", "hossein", "javad", "mahmoud", "ebrahim", "hassan", "masoud", "abbas", "sajid", "nadhim",
    # Pakistani and Bangladeshi (mendLT66: "Ikram Junaidi | Syed Irfan Raza")
    "syed", "imran", "irfan", "ikram", "shahid", "asif", "nawaz", "shehbaz", "zulfikar", "tahir", "waqar",
    "usman", "zubair", "junaid", "kashif", "fawad", "shakil", "rafiq", "mizanur",
    # Indian
    "rahul", "amit", "sanjay", "vijay", "narendra", "arvind", "rajesh", "suresh", "ramesh", "anil",
    "sunil", "manmohan", "rajiv", "sachin", "virat", "mukesh", "gautam", "ratan", "nitish", "akhilesh",
    "amitabh", "vikram", "arjun", "rohit", "ajay", "ashok", "prakash", "dinesh",
    "mahesh", "ganesh", "sundar", "satya", "jawaharlal", "subhas", "lalu", "pranab", "vivek",
    # Japanese
    "hiroshi", "takeshi", "kenji", "shinzo", "yoshihide", "hideyuki", "fumio", "taro", "ichiro", "jiro",
    "kazuo", "masahiro", "naoki", "satoshi", "shigeru", "tetsuya", "toshihiro", "yasuo",
    "yoshiro", "junichiro", "koichi", "haruki", "kenta", "daisuke", "takashi", "shinji",
    # West and southern African
    "kwame", "kofi", "emeka", "chinedu", "tunde", "olusegun", "babatunde", "thabo", "sipho", "jacob",
    "chukwuemeka", "obinna", "chidi", "segun", "ikenna", "nnamdi", "abubakar", "musa", "yakubu", "olumide",
    "kwasi",
    # Hebrew
    "moshe", "yosef", "yitzhak", "avraham", "naftali", "yair", "ehud", "avi",
)

#: Every given name of :data:`FEMININE` and :data:`MASCULINE`, one set the byline, dateline and
#: people readers all look names up in (each built its own before).
#:
#: .. versionadded:: 0.2
ALL: frozenset[str] = frozenset((*FEMININE, *MASCULINE))

#: Given names of either sex, left out of :data:`FEMININE` and :data:`MASCULINE` for that reason
#: (some listed above as left out on purpose): no evidence of a pronoun, but a given name all the
#: same, which tells that a capitalised word before one is no part of the name (``Instructor Sam
#: Whitley``: ``SpeakerResolution.occupation_before_name``; ``BBC News Laura Kuenssberg``: where a
#: byline's name starts after an outlet's).  ``Vocabulary.BOTH_SEXES_GIVEN_NAMES`` reads it.
#:
#: .. versionadded:: 0.2
BOTH_SEXES: tuple[str, ...] = (
    "sam", "chris", "alex", "pat", "lee", "jamie", "robin", "leslie", "kim", "dana", "charlie", "casey",
    "jesse", "terry", "kelly", "rory", "sasha", "alexis", "jordan", "andrea", "jean", "camille",
    "nicola", "simone", "michele", "marion", "dominique", "claude", "laurence", "guadalupe", "rosario",
    "jo",
    # (Dutch, German and Scandinavian given names of either sex: "Der Architekt Jan Wendl"; lang65)
    "jan", "kai", "eike",
)
