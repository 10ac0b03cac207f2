"""Nothing misfiled: story sentences stay in ``paragraphs``; lines with the structure of boilerplate,
captions and sign-offs do not.

Each story sentence is set between two body paragraphs of an invented article, the way a reader
meets it; it must come out as a paragraph of its own, word for word.
"""

from __future__ import annotations

import pytest

import newsparse

HEAD = (
    "Council approves new budget\n\n"
    "The city council voted 7-2 on Tuesday to approve the budget after a long debate.\n\n"
)
TAIL = "\n\nThe budget takes effect in July, officials said, and covers two years of spending.\n"

#: Sentences that start or end like boilerplate, a caption or a sign-off, and are story text.
STORY_SENTENCES = [
    # sign-off words in running prose
    "Research by the university shows that most residents support the plan.",
    "Reporting by local outlets suggested the vote would be closer.",
    "Writing by hand is a lost art, the teacher said.",
    "Editing by committee, critics said, slowed the plan for a year.",
    "Editor: the word that best describes the mood is relief.",
    "Source: a person familiar with the matter said the vote was planned.",
    "Contact with the developer was limited, residents said.",
    "More than 300 people attended the meeting.",
    "Ends meet only barely for many families in the district.",
    # caption and credit words in running prose
    "Police declined to release the video — citing an ongoing investigation.",
    "The exhibit includes a photo by Dorothea Lange.",
    "Captioning services for the hearing were provided by volunteers.",
    "Caption contests are popular on the site, he said.",
    "Pictured in the photo are the mayor and her deputy.",
    "The council met on Tuesday. Photo: none was taken.",
    "Photo IDs will be required at polling places from next year.",
    "The image, taken by a drone, shows the flooded area.",
    "Getty Images declined to comment on the licensing dispute.",
    "A photographer for Reuters was hurt in the blast, the agency said.",
    "Courtesy of a grant from the state, the clinic will stay open.",
    "Her photos, shared via Instagram, drew thousands of comments.",
    "The mayor and her deputy were photographed at the pier.",
    "He was pictured leaving the building via a side door.",
    "The decision was made by the board via Zoom.",
    "Courtesy of the city, residents will get free parking.",
    "Image quality was poor, investigators said, so the suspect was not identified.",
    "Getty Images photographers were present.",
    "The picture was shared widely, according to Reuters.",
    "Credit card debt in the city rose for a third year.",
    "Illustration work for the new signs was done by students.",
    "He joined the Democratic Party (DP).",
    "2 of 3 Americans say they support the plan.",
    "We tested the new PhotoShop Express on the council laptops.",
    "1 of 4 residents said the tax was too high.",
    "The vote was 7-2. (Two members were absent.)",
    "Prices rose 5% in March (see the chart below).",
    "The mayor thanked the Parks Department (PD) and the fire service.",
    # boilerplate words in running prose
    "Subscribe to the theory that spending drives growth, and you will be disappointed.",
    "Click here and you will find nothing but empty promises, she said.",
    "The views expressed by voters are their own, the mayor said at the meeting.",
    "All rights reserved, the clause says, belong to the city.",
    "Follow the money, she said, and you will find the answer on Facebook.",
    "Follow-up visits on Facebook Live drew more viewers than the meeting itself.",
    "The deal was signed on Tuesday, a spokesman told The Associated Press.",
    "The vote was reported first by the wire. Reuters",
    "File - a folder of budget papers - was left on the table.",
    "The disclaimer: nobody read it, the auditor said.",
    "Share on the open market rose after the vote.",
    "About 300 people attended the meeting on Tuesday night.",
    "About the budget, the mayor said little.",
    "Source said the vote was close.",
    "Photographs by the dozen were taken, she said.",
    "Source: the council minutes.",
    "Photo: the council chamber, seen from the gallery.",
    "Tags on the trees mark those to be cut down.",
    "Related costs will rise by 3%.",
    "Copyright law was not discussed at the meeting.",
    "Sign up rates for the program doubled.",
    "Newsletter sales fell.",
    "Advertising revenue fell by 10% in the quarter.",
    "Share prices rose 3% on the news.",
    "Print editions will end next year, the publisher said.",
    "Save the date: the festival returns in May.",
    "Loading docks at the port were closed.",
    "Search teams found the hiker on Monday.",
    "Close to 40% of voters stayed home.",
    "Home prices rose 4% last year.",
    "Watch this space, he said.",
    "Read more books, the librarian urged the council.",
    "Next year the council will revisit the plan.",
    "Register offices will open on Saturdays from March.",
    "Join us, the mayor told the protesters, and we will listen.",
    "Log into the city website, the notice says, to see the full budget.",
    "The group, which calls itself More, meets weekly.",
    "Trending topics on the city forum included parking and rents.",
    "Most read among the documents was the auditor's report.",
    # timestamp and byline words in running prose
    "Updated figures show the deficit narrowed to $2 million.",
    "Published reports said the mayor would resign.",
    "Posted on the door was a notice about the vote.",
    "Date night is cancelled for council members this week.",
    "By March the council will have spent half of the reserve.",
    # a time, a date in brackets, a colon and a button word in running prose
    "10:42 a.m. was when the first wave reached the harbour wall, residents said.",
    "The council approved the plan on Tuesday (March 4, 2025).",
    "The report was released on Tuesday (Published by the city's audit office).",
    "Here is what the council decided on Tuesday:",
    "Read more carefully, the report blames the harbour board.",
    "Learn more about the plan at the library, the mayor said.",
    # media labels, makers, outlets and agencies in running prose
    "Video: the council streamed the whole meeting online.",
    "Video footage of the meeting was posted online by the city on Tuesday.",
    "Photos of the harbour from the 1950s hang in the council chamber.",
    "Jane Roe for Mayor signs went up across the district overnight.",
    "The ferry, built for The City Herald's founder in 1931, will be restored.",
    "Figures for the quarter came from the port. (Source: Harbor Authority)",
    "The mayor met reporters from the AFP and the AP after the vote.",
    "The council approved the budget on Tuesday. (Published figures show a deficit.)",
    # a story's sentences that end in a credit's form: a desk's note, a wire, a photographer's
    "The ministry said the port would reopen on Friday. (Writing: Jane Roe)",
    "The ministry said the port would reopen on Friday. (Also Read: Mayor Seeks Federal Aid)",
    "The harbour master expects the cranes back in service within a week. (City News: Jo Roe)",
    "Jane Roe, a spokesman for the club, said in a statement to PA Wire",
    "The harbour master expects the cranes back in service within a week. JO ROE (AFP)",
    "Photographers gathered at the gate before dawn on the day of the vote.",
    "Videos of the crash spread quickly online after the storm.",
    # quotes, numbers and short sentences
    'The mayor said: "We will not raise taxes."',
    "It rained.",
    "Mark Hughes resigned on Sunday.",
    "Warrants were issued for three men, AP reported.",
    # promo words in running prose
    "Residents can get flood alerts by text, the council said.",
    "Get more weather alerts this winter, forecasters said.",
    "Chat with us, the mayor told residents at the meeting.",
    "News alerts from the agency went out at 3 a.m., hours after the quake.",
    # a copyright sign and a foreign month name inside a sentence
    "The mosaic, © 1958 by the cannery workers, will be restored.",
    "Pictures © AFP / Relaxnews were shown to the council, officials said.",
    "Mars 2020 landed in Jezero crater, mission controllers said.",
    # other scripts
    "预算将于七月生效，官员表示这涵盖两年的支出。",
    "予算は7月に施行されると当局者は述べた。",
    "बजट जुलाई में लागू होगा, अधिकारियों ने कहा।",
    "وقال المسؤولون إن الميزانية ستدخل حيز التنفيذ في يوليو؟",
    "Бюджет вступит в силу в июле, заявили чиновники.",
    # alerts offered by someone in the story, not by the site; a subhead about e-mail scams
    "Get alerts from the county by texting FLOOD to 511, the sheriff said on Monday.",
    "Get alerts about road closures on the county's website, officials said.",
    "Phishing email alerts",
    "Fake news emails",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_a_story_sentence_stays_a_paragraph(sentence: str) -> None:
    article = newsparse.parse_article(HEAD + sentence + TAIL)
    assert [p.text for p in article.paragraphs] == [
        "The city council voted 7-2 on Tuesday to approve the budget after a long debate.",
        sentence,
        "The budget takes effect in July, officials said, and covers two years of spending.",
    ]
    assert article.boilerplate == ()
    assert article.captions == ()


#: Lines with the structure of boilerplate, and the kind each is filed under.
NOT_STORY_LINES = [
    ("(Reporting by Eva Jansen in Utrecht; Editing by Mark Potter)", "sign-off"),
    ("Additional reporting by Tom Miles in Geneva", "sign-off"),
    ("Associated Press writer Jane Roe in Denver contributed to this report.", "sign-off"),
    ("Staff writer Ola Berg contributed reporting.", "sign-off"),
    ("Copyright 2025 The Daily Ledger. All rights reserved.", "copyright"),
    ("© 2025 Harbour Media", "copyright"),
    ("The views expressed in this article are those of the author and do not reflect the paper's policy.", "disclaimer"),
    ("Opinions expressed by Forbes Contributors are their own.", "disclaimer"),
    ("Editor's note: This story was updated to correct the date of the vote.", "editors-note"),
    ("Sign up for our Morning Briefing newsletter", "subscribe"),
    ("Subscribe to our newsletter to get the latest council news in your inbox.", "subscribe"),
    ("Read more: Why the budget matters for renters", "related"),
    ("Click here to read the full budget", "related"),
    ("Tags: budget, council, taxes", "related"),
    ("Follow the City Desk on Facebook, Twitter and Instagram.", "share"),
    ("Share this article", "share"),
    ("Advertisement", "advertisement"),
    ("Loading...", "navigation"),
    ("1 of 6", "navigation"),
    ("Image copyright Ana Lima", "credit"),
    ("Disclaimer: This story has not been edited by our staff and is auto-generated from a syndicated feed.", "disclaimer"),
    ("Follow us on Facebook, Twitter and Instagram for latest updates.", "share"),
    ("Share on Facebook Share on Twitter Share on LinkedIn", "share"),
    ("About Acme Robotics", "other"),
    ("press@acmerobotics.com", "other"),
    ("617-555-0100", "other"),
    ("Tel: +44 20 7946 0958", "other"),
    ("SOURCE Acme Robotics", "press-release"),
]


@pytest.mark.parametrize(("line", "kind"), NOT_STORY_LINES)
def test_a_boilerplate_line_leaves_the_paragraphs(line: str, kind: str) -> None:
    article = newsparse.parse_article(HEAD + line + TAIL)
    assert [b.kind for b in article.boilerplate] == [kind]
    assert line not in [p.text for p in article.paragraphs]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Council members vote on the budget on Tuesday. Photo: Ana Lima", "Council members vote on the budget on Tuesday.", "Ana Lima"),
        ("The mayor speaks to reporters. (AP Photo/Evan Vucci)", "The mayor speaks to reporters.", "AP Photo/Evan Vucci"),
        ("Pictured: the new council chamber", "the new council chamber", None),
        ("Image caption The council met for six hours", "The council met for six hours", None),
        ("The council chamber was full on Tuesday. (Ana Lima/City Herald)", "The council chamber was full on Tuesday.", "Ana Lima/City Herald"),
        ("The council chamber was full on Tuesday. (AP)", "The council chamber was full on Tuesday.", "AP"),
        ("The council chamber was full on Tuesday. Ana Lima / City Herald", "The council chamber was full on Tuesday.", "Ana Lima / City Herald"),
        ("1 of 4 | Council members vote on the budget on Tuesday.", "Council members vote on the budget on Tuesday.", None),
        ("The council chamber from the air. SIA/EFAK/YPPOA", "The council chamber from the air.", "SIA/EFAK/YPPOA"),
        ("A woman votes in the council chamber. AP Photo", "A woman votes in the council chamber.", "AP Photo"),
        ("A worker repairs cables.CreditCreditAna Lima/City Herald", "A worker repairs cables.", "Ana Lima/City Herald"),
        ("2 of 6 Council members vote on Tuesday. REUTERS/Ana Lima", "Council members vote on Tuesday.", "REUTERS/Ana Lima"),
        ("Council members at the vote(Image: Ana Lima/City Herald)", "Council members at the vote", "Ana Lima/City Herald"),
        ("Council members at the vote on Tuesday. (AP Photo/Evan Vucci) more >", "Council members at the vote on Tuesday.", "AP Photo/Evan Vucci"),
        ("FILE - Council members vote on the budget on March 1, 2024.", "FILE - Council members vote on the budget on March 1, 2024.", None),
        ("Jonathan P. Blair Submitted photo", "Jonathan P. Blair", "Submitted photo"),
        ("Ana Lima File photo", "Ana Lima", "File photo"),
        ("FILE PHOTO: Council members vote in London, March 3, 2025. REUTERS/Ana Lima",
         "FILE PHOTO: Council members vote in London, March 3, 2025.", "REUTERS/Ana Lima"),
        ("The sun rises over the council chamber on Tuesday.Ana Lima—Getty Images",
         "The sun rises over the council chamber on Tuesday.", "Ana Lima—Getty Images"),
        ("Council members at the vote in Denver on July 29.The Associated Press",
         "Council members at the vote in Denver on July 29.", "The Associated Press"),
        # the agency printed again after a bracketed credit
        ("A flag flies over the council chamber in Leeds. (AP Photo/Ana Lima) AP Photo",
         "A flag flies over the council chamber in Leeds.", "AP Photo/Ana Lima"),
        ("The mayor listens to a question on Tuesday. (AP Photo) AP Photo", "The mayor listens to a question on Tuesday.", "AP Photo"),
        # a credit after a bar, its label in lower case; a dash before a credit tail
        ("Ana Lima, at the council's testing lab | photo by Tom Hale", "Ana Lima, at the council's testing lab", "Tom Hale"),
        ("Council members vote on the budget - Getty Images", "Council members vote on the budget", "Getty Images"),
    ],
)
def test_a_caption_line_leaves_the_paragraphs(line: str, caption: str, credit: str | None) -> None:
    article = newsparse.parse_article(HEAD + line + TAIL)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "headline", "paragraphs"),
    [
        (  # a short first paragraph under the headline
            "Hughes quits as manager\n\nMark Hughes resigned on Sunday.\n\n"
            "The club said it would name a replacement within weeks, after a run of eight defeats.\n",
            "Hughes quits as manager",
            ["Mark Hughes resigned on Sunday.", "The club said it would name a replacement within weeks, after a run of eight defeats."],
        ),
        (  # no headline: the first line is running text and more follows
            "The city council voted 7-2 on Tuesday to approve the budget after a long debate.\n\n"
            "The budget takes effect in July, officials said.\n",
            None,
            ["The city council voted 7-2 on Tuesday to approve the budget after a long debate.",
             "The budget takes effect in July, officials said."],
        ),
        (  # one-line paragraphs
            "Storm hits coast\n\nWinds reached 100 mph.\n\nPower was cut to 20,000 homes.\n\nSchools closed.\n",
            "Storm hits coast",
            ["Winds reached 100 mph.", "Power was cut to 20,000 homes.", "Schools closed."],
        ),
        (  # an epigraph under the headline: a quoted sentence signed with a name
            "Council approves new budget\n\n“The truth will come out in the end.” — Ana Lima\n\n"
            "The city council voted 7-2 on Tuesday to approve the budget after a long debate.\n",
            "Council approves new budget",
            ["“The truth will come out in the end.” — Ana Lima",
             "The city council voted 7-2 on Tuesday to approve the budget after a long debate."],
        ),
        (
            "Council approves new budget\n\n\"Why not?\" - Tom Hale\n\n"
            "The city council voted 7-2 on Tuesday to approve the budget after a long debate.\n",
            "Council approves new budget",
            ["\"Why not?\" - Tom Hale", "The city council voted 7-2 on Tuesday to approve the budget after a long debate."],
        ),
        (  # Chinese
            "北京暴雨致交通中断\n\n北京市周二遭遇强降雨，多条道路交通中断。气象部门发布了红色预警。\n\n官员表示，救援工作正在进行中。\n",
            "北京暴雨致交通中断",
            ["北京市周二遭遇强降雨，多条道路交通中断。气象部门发布了红色预警。", "官员表示，救援工作正在进行中。"],
        ),
        (  # Japanese, the last paragraph short
            "東京で大雨\n\n東京都内で火曜日に大雨が降り、交通機関が乱れた。\n\n気象庁は警報を発表した。\n",
            "東京で大雨",
            ["東京都内で火曜日に大雨が降り、交通機関が乱れた。", "気象庁は警報を発表した。"],
        ),
        (  # Hindi: no letter case, sentences end with a danda
            "दिल्ली में भारी बारिश\n\nदिल्ली में मंगलवार को भारी बारिश हुई, जिससे यातायात बाधित हुआ।\n\nअधिकारियों ने कहा कि राहत कार्य जारी है।\n",
            "दिल्ली में भारी बारिश",
            ["दिल्ली में मंगलवार को भारी बारिश हुई, जिससे यातायात बाधित हुआ।", "अधिकारियों ने कहा कि राहत कार्य जारी है।"],
        ),
        (  # Arabic
            "أمطار غزيرة في القاهرة\n\nهطلت أمطار غزيرة على القاهرة يوم الثلاثاء.\n\nوقال المسؤولون إن أعمال الإغاثة مستمرة.\n",
            "أمطار غزيرة في القاهرة",
            ["هطلت أمطار غزيرة على القاهرة يوم الثلاثاء.", "وقال المسؤولون إن أعمال الإغاثة مستمرة."],
        ),
    ],
)
def test_paragraphs_as_a_reader_sees_them(text: str, headline: str | None, paragraphs: list[str]) -> None:
    article = newsparse.parse_article(text)
    assert (article.headline.text if article.headline else None) == headline
    assert [p.text for p in article.paragraphs] == paragraphs
    assert article.boilerplate == ()


def test_a_byte_order_mark_before_the_section_label() -> None:
    article = newsparse.parse_article("\ufeffWORLD\nRain ends drought\n\nPARIS (AFP) - It rained on Tuesday, officials said.")
    assert article.section == ("WORLD",)
    assert article.section_span is not None and article.section_span.start == 1
    assert article.headline is not None and article.headline.text == "Rain ends drought"
    assert [p.text for p in article.paragraphs] == ["It rained on Tuesday, officials said."]


@pytest.mark.parametrize(
    "credit",
    [
        "Courtesy City Herald", "Image via Getty Images", "Photo: Ana Lima", "Photographs by Isla Grant",
        # names, pools and agencies before a credit tail, apart by slashes or a dash
        "Ana Lima - Corbis/Getty Images", "Ana Lima/Tom Hale/Stringer/Getty Images", "Ana Lima/Pool/Getty Images",
    ],
)
def test_a_bare_credit_line_credits_the_short_line_above(credit: str) -> None:
    text = HEAD + "Council members vote on the budget." + "\n\n" + credit + TAIL
    article = newsparse.parse_article(text)
    assert [c.text for c in article.captions] == ["Council members vote on the budget."]
    assert [b.kind for b in article.boilerplate] == ["credit"]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("credit", "captions"),
    [
        # a picture printed with its credit only: the credit line is a caption of its own
        ("Photo: Ana Lima", ["Photo: Ana Lima"]),
        ("(Credit: Ana Lima / City Herald)", ["(Credit: Ana Lima / City Herald)"]),
        # a source credits the text, never a picture
        ("SOURCE: News agencies", []),
    ],
)
def test_reported_speech_above_a_credit_line_stays_a_paragraph(credit: str, captions: list[str]) -> None:
    sentence = "More than 2,500 residents have signed the petition so far, according to the council."
    article = newsparse.parse_article(HEAD + sentence + "\n\n" + credit + TAIL)
    assert [c.text for c in article.captions] == captions
    assert [p.text for p in article.paragraphs][1] == sentence


def test_a_button_above_a_credit_line_is_no_caption() -> None:
    text = "Council approves new budget\n\nFACEBOOK\n\nEMAIL ME\n\nCourtesy City Herald" + TAIL
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [("Courtesy City Herald", "City Herald")]
    assert ("other", "EMAIL ME") in [(b.kind, b.text) for b in article.boilerplate]


def test_no_duplicate_cases() -> None:
    assert len(STORY_SENTENCES) == len(set(STORY_SENTENCES))


@pytest.mark.parametrize(
    ("marker", "line", "caption"),
    [
        # a tabloid's gallery button, then the caption of its first picture
        ("View 3 Images", "Ana Lima is led into the council chamber for the budget vote", "Ana Lima is led into the council chamber for the budget vote"),
        ("View 6 Images", "Tom Hale, 64", "Tom Hale, 64"),
        # a gallery's counter
        ("Image 1 of 4", "Council members vote on the budget during the evening session", "Council members vote on the budget during the evening session"),
        ("2 of 12", "The new council chamber from the river", "The new council chamber from the river"),
    ],
)
def test_the_line_under_a_gallery_marker_is_a_caption(marker: str, line: str, caption: str) -> None:
    article = newsparse.parse_article(HEAD + marker + "\n\n" + line + TAIL)
    assert [c.text for c in article.captions] == [caption]
    assert [(b.kind, b.text) for b in article.boilerplate] == [("navigation", marker)]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        # story text under a gallery marker stays a paragraph
        "The budget takes effect in July, officials said.",
        "The vote was close. Two members abstained after a long debate on the cuts.",
        "SHARE THIS GALLERY",
    ],
)
def test_story_text_under_a_gallery_marker_stays(line: str) -> None:
    article = newsparse.parse_article(HEAD + "View 3 Images\n\n" + line + TAIL)
    assert article.captions == ()


@pytest.mark.parametrize(
    "line",
    [
        # story text under a caption label alone stays a paragraph: reported speech, two sentences
        "The budget takes effect in July, officials said.",
        "The vote was close. Two members abstained after a long debate on the cuts.",
        "Parking fees will double from March. Traders said it would hurt shops. The mayor disagreed.",
    ],
)
@pytest.mark.parametrize("label", ["Image caption", "Caption:"])
def test_story_text_under_a_caption_label_stays(label: str, line: str) -> None:
    article = newsparse.parse_article(HEAD + label + "\n" + line + TAIL)
    assert article.captions == ()
    # the line is a paragraph of its own, or ends the paragraph that "Caption:" opens, as at 0.1
    assert any(p.text.endswith(line) for p in article.paragraphs)


RELEASE = (
    "Harbour Robotics opens plant in Leeds\n\nFOR IMMEDIATE RELEASE\n\n"
    "LEEDS, England, March 3, 2025 /PRNewswire/ -- Harbour Robotics said on Monday it would open a plant "
    "that will employ 400 people by next year.\n\n"
    "The plant will build warehouse robots for customers in Europe, the company said.\n\n{}\n"
)


@pytest.mark.parametrize(
    ("block", "kinds"),
    [
        # a press release's contact block: the heading and every line under it
        ("Media Contact:\nAna Lima\nHarbour Robotics\n+44 113 496 0000\npress@harbour-robotics.example",
         ["press-release"] * 5),
        ("Investor contact: Tom Hale, +44 113 496 0001\nHarbour Robotics", ["press-release"] * 2),
        ("Press enquiries:\nAna Lima\n\nSOURCE Harbour Robotics", ["press-release"] * 3),
    ],
)
def test_a_press_release_contact_block_is_boilerplate(block: str, kinds: list[str]) -> None:
    article = newsparse.parse_article(RELEASE.format(block))
    assert [b.kind for b in article.boilerplate][1:] == kinds
    assert [p.text[:20] for p in article.paragraphs] == ["Harbour Robotics sai", "The plant will build"]


def test_story_text_under_a_contact_line_stays() -> None:
    block = "Media contact: Ana Lima\nThe company plans to hire more workers in the region next year, it said."
    article = newsparse.parse_article(RELEASE.format(block))
    assert article.paragraphs[-1].text == "The company plans to hire more workers in the region next year, it said."


@pytest.mark.parametrize(
    "teasers",
    [
        # a teaser cut after a comma, or with two dots
        "Two people in the city have been diagnosed with measles,...",
        "The council’s budget debate ran late into the night and ended in a vote of seven to..",
        # a list of teasers, each cut after a word
        "Ferry fares will rise in the spring as fuel costs climb, the operator said on...\n\n"
        "School board delays its vote on the new calendar after parents object to the...",
    ],
)
def test_teasers_cut_short_in_the_header_are_no_paragraph(teasers: str) -> None:
    text = (
        "Council approves new budget\n\n" + teasers + "\n\n"
        "The city council voted 7-2 on Tuesday to approve the budget after a long debate, officials said.\n\n"
        "The mayor said the vote ended months of talks with the unions.\n"
    )
    article = newsparse.parse_article(text)
    assert [p.text[:20] for p in article.paragraphs] == ["The city council vot", "The mayor said the v"]
    assert {b.kind for b in article.boilerplate} == {"other"}


def test_a_first_paragraph_that_trails_off_stays() -> None:
    first = "The mayor paused, looked at the council chamber and said he would wait and see..."
    text = f"Council approves new budget\n\n{first}\n\nThe city council voted 7-2 on Tuesday to approve the budget.\n"
    article = newsparse.parse_article(text)
    assert article.paragraphs[0].text == first
