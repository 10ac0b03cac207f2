"""Web layout under the story (stop 31, layC): the writer's note that a page prints under the
story, and the page's own notices to its readers, left in the body on unseen sites.

Each row is a web page copied as text, in our own words, in one site style (news, blog, magazine,
regional, non-English): the paragraphs that must come out, in order, and the ``(text, kind)``
boilerplate lines that must be among the boilerplate.  The families:

- the writer's note: a block under the story that opens with the full name of the byline's
  writer, alone (the heading of an author box) or before a clause about them (``Jane Roe is a
  reporter ...``, ``Jane Roe (jroe@example.com) covers ...``, ``Anna Keller ist Redakteurin ...``),
  is boilerplate ``sign-off``, with what the page prints under it;
- a comment section's rules (``You must be logged in to post a comment.``, ``Please be
  respectful of other commenters.``, ``Comments are closed``, ``Sign in to post a reply.``) and a
  call for letters (``We'd like to hear what you think ...``) are ``share``;
- a newsletter box's promise (``You can unsubscribe at any time.``) and its consent (``I agree
  that ... newsletter``) are ``subscribe``;
- a site's terms (``Use of this website constitutes acceptance of our Terms ...``) are
  ``disclaimer``; a notice that the page is under copyright, or that the content on this site may
  not be reproduced (even with the permission of a site whose name holds a dot), is ``copyright``;
- a bare label over links in the story (``More:``, ``Also: ...``, ``Explore further``) and the
  links under it are ``related``; a video player's failure notice is ``navigation``.

The controls are story sentences of the same shapes that must stay paragraphs: someone else's
name before a clause in the last paragraph, an agency's byline opening the last sentence, a request for comments from residents, a company's
refusal to comment, the reader told what they may cancel in an indirect quotation, a ``More:``
label before a sentence, and a story's video that could not be played.
"""

from __future__ import annotations

import pytest

import newsparse

NEWS = """Harbour authority approves second ferry terminal

By Maria Lindqvist

The harbour authority on Tuesday approved plans for a second ferry terminal on the east quay, ending two years of debate over its cost.

The terminal will cost 48 million euros and open in 2028, the authority said in a statement.

Maria Lindqvist is a transport reporter based in Gothenburg. She has covered ports and shipping since 2019.
"""

BLOG = """Why our town library still lends seeds

By Tom Okafor

Every spring the library on Mill Street hands out small paper packets of bean, pea and marigold seeds to anyone with a card.

Borrowers are asked to bring back a few seeds from their harvest in the autumn, and most of them do.

Tom Okafor

Tom Okafor (tom@example.org) writes about gardens and community projects for this blog.

You must be logged in to post a comment.
"""

MAGAZINE = """The long afterlife of a failed satellite

By Nadia Petrova and Samuel Greene

When the weather satellite went silent in 2011, its builders assumed it would burn up within a decade.

Instead it has become a test target for tracking radars on three continents.

Nadia Petrova has covered space science for the magazine since 2015. Samuel Greene is a contributing editor.

Comments are closed
"""

REGIONAL = """Valley school board delays vote on new bus routes

By Dana Whitfield

The Valley school board on Monday delayed a vote on new bus routes after parents packed the meeting to object to longer rides.

The board will take up the routes again at its meeting on April 2.

As you join the discussion, please be respectful of other commenters and stay on topic.

Use of this website constitutes acceptance of our Terms of Service and Privacy Policy.

The content on this site may not be reproduced, distributed or transmitted without the prior written permission of the publisher.
"""

SCIENCE = """Glacier melt speeds up in the northern range

By Priya Raman

Glaciers in the northern range lost ice twice as fast in the past decade as in the one before, a study published on Wednesday found.

The researchers measured 212 glaciers from aerial photographs taken since 1990.

We send the week's science stories every Friday. You can unsubscribe at any time.

This article is subject to copyright. Apart from fair use for private study, no part may be reproduced without written permission.
"""

GERMAN = """Neue Fähre für den Osthafen

Von Anna Keller

Der Hafenbetrieb hat am Dienstag den Bau eines zweiten Fährterminals am Ostkai beschlossen. Die Debatte über die Kosten dauerte zwei Jahre.

Das Terminal soll 48 Millionen Euro kosten und 2028 eröffnen, teilte der Betrieb mit.

Anna Keller ist Redakteurin im Ressort Wirtschaft und schreibt über Häfen und Schifffahrt.
"""

LINKS = """Two crew members hurt as ferry hits the north pier

By Oskar Nyberg

Two crew members were hurt on Wednesday when a ferry struck the north pier while docking in strong wind.

More:

Harbour board orders review of docking rules

Storm warnings extended along the coast

The operator said the ferry would be out of service until the pier had been inspected.

Also: Our guide to ferry timetables this winter

Explore further

Wind speeds at the harbour over the past week
"""

VIDEO = """Kiosk owner rebuilds after flood

By Lena Fischer

We apologize, but this video has failed to load.
Try refreshing your browser, or
tap here to see other videos from our team.

The kiosk by the river reopened on Saturday, three months after floodwater filled it to the counter.

Its owner said regular customers had helped her scrub the walls and paint the shutters.

Media playback is unsupported on your device
"""

# (id, text, paragraphs in order, (text, kind) boilerplate lines that must be among the boilerplate)
ROWS = [
    (
        "news-bio-under-story",
        NEWS,
        [
            "The harbour authority on Tuesday approved plans for a second ferry terminal on the east quay, ending two years of debate over its cost.",
            "The terminal will cost 48 million euros and open in 2028, the authority said in a statement.",
        ],
        [
            (
                "Maria Lindqvist is a transport reporter based in Gothenburg. She has covered ports and shipping since 2019.",
                "sign-off",
            ),
        ],
    ),
    (
        "blog-author-box-with-address",
        BLOG,
        [
            "Every spring the library on Mill Street hands out small paper packets of bean, pea and marigold seeds to anyone with a card.",
            "Borrowers are asked to bring back a few seeds from their harvest in the autumn, and most of them do.",
        ],
        [
            ("Tom Okafor", "sign-off"),
            ("Tom Okafor (tom@example.org) writes about gardens and community projects for this blog.", "sign-off"),
            ("You must be logged in to post a comment.", "share"),
        ],
    ),
    (
        "magazine-two-writers",
        MAGAZINE,
        [
            "When the weather satellite went silent in 2011, its builders assumed it would burn up within a decade.",
            "Instead it has become a test target for tracking radars on three continents.",
        ],
        [
            (
                "Nadia Petrova has covered space science for the magazine since 2015. Samuel Greene is a contributing editor.",
                "sign-off",
            ),
            ("Comments are closed", "share"),
        ],
    ),
    (
        "regional-comment-rules-and-terms",
        REGIONAL,
        [
            "The Valley school board on Monday delayed a vote on new bus routes after parents packed the meeting to object to longer rides.",
            "The board will take up the routes again at its meeting on April 2.",
        ],
        [
            ("As you join the discussion, please be respectful of other commenters and stay on topic.", "share"),
            ("Use of this website constitutes acceptance of our Terms of Service and Privacy Policy.", "disclaimer"),
            (
                "The content on this site may not be reproduced, distributed or transmitted without the prior written permission of the publisher.",
                "copyright",
            ),
        ],
    ),
    (
        "science-newsletter-and-copyright",
        SCIENCE,
        [
            "Glaciers in the northern range lost ice twice as fast in the past decade as in the one before, a study published on Wednesday found.",
            "The researchers measured 212 glaciers from aerial photographs taken since 1990.",
        ],
        [
            ("We send the week's science stories every Friday. You can unsubscribe at any time.", "subscribe"),
            (
                "This article is subject to copyright. Apart from fair use for private study, no part may be reproduced without written permission.",
                "copyright",
            ),
        ],
    ),
    (
        "news-link-labels-in-story",
        LINKS,
        [
            "Two crew members were hurt on Wednesday when a ferry struck the north pier while docking in strong wind.",
            "The operator said the ferry would be out of service until the pier had been inspected.",
        ],
        [
            ("More:", "related"),
            ("Harbour board orders review of docking rules", "related"),
            ("Storm warnings extended along the coast", "related"),
            ("Also: Our guide to ferry timetables this winter", "related"),
            ("Explore further", "related"),
            ("Wind speeds at the harbour over the past week", "related"),
        ],
    ),
    (
        "regional-video-player-notice",
        VIDEO,
        [
            "The kiosk by the river reopened on Saturday, three months after floodwater filled it to the counter.",
            "Its owner said regular customers had helped her scrub the walls and paint the shutters.",
        ],
        [
            ("We apologize, but this video has failed to load.", "navigation"),
            ("Try refreshing your browser, or", "navigation"),
            ("tap here to see other videos from our team.", "navigation"),
            ("Media playback is unsupported on your device", "navigation"),
        ],
    ),
    (
        "rights-notice-naming-a-site",
        """Market hall gets a new roof

By Jonas Berg

The market hall on Station Road will get a new glass roof next year, the council said on Friday.

The material on this site may not be reproduced, distributed or transmitted without the prior written permission of harbourpost.example.
""",
        ["The market hall on Station Road will get a new glass roof next year, the council said on Friday."],
        [
            (
                "The material on this site may not be reproduced, distributed or transmitted without the prior written permission of harbourpost.example.",
                "copyright",
            ),
        ],
    ),
    (
        "weekly-letters-and-consent",
        """Farmers market moves to the old rail yard

By Hannah Brooks

The Saturday farmers market will move to the old rail yard in May, giving its 60 stalls room to grow.

Stallholders voted for the move at a meeting on Thursday.

We'd like to hear what you think about this story. Send a letter to the editor at letters@valleyweekly.example.

I agree that Valley Weekly can send me its morning newsletter.

Sign in to post a reply.
""",
        [
            "The Saturday farmers market will move to the old rail yard in May, giving its 60 stalls room to grow.",
            "Stallholders voted for the move at a meeting on Thursday.",
        ],
        [
            (
                "We'd like to hear what you think about this story. Send a letter to the editor at letters@valleyweekly.example.",
                "share",
            ),
            ("I agree that Valley Weekly can send me its morning newsletter.", "subscribe"),
            ("Sign in to post a reply.", "share"),
        ],
    ),
    (
        "german-bio-under-story",
        GERMAN,
        [
            "Der Hafenbetrieb hat am Dienstag den Bau eines zweiten Fährterminals am Ostkai beschlossen. Die Debatte über die Kosten dauerte zwei Jahre.",
            "Das Terminal soll 48 Millionen Euro kosten und 2028 eröffnen, teilte der Betrieb mit.",
        ],
        [("Anna Keller ist Redakteurin im Ressort Wirtschaft und schreibt über Häfen und Schifffahrt.", "sign-off")],
    ),
]


@pytest.mark.parametrize(("text", "paragraphs", "boilerplate"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_page_notes_under_story(text: str, paragraphs: list[str], boilerplate: list[tuple[str, str]]) -> None:
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == paragraphs
    found = {(b.text, b.kind) for b in article.boilerplate}
    for item in boilerplate:
        assert item in found


# Controls: story sentences of the same shapes that must stay paragraphs, with no boilerplate.
CONTROLS = [
    (
        "someone-else-named-last",
        """Night ferry to stop in winter

By Karl Berg

The night ferry across the bay will not run from December to February, the operator said on Monday.

Ines Moreau is a nurse at the county hospital and has taken the night ferry to work since 2004.

She said she would have to drive round the bay, a trip of almost an hour.
""",
        [
            "The night ferry across the bay will not run from December to February, the operator said on Monday.",
            "Ines Moreau is a nurse at the county hospital and has taken the night ferry to work since 2004.",
            "She said she would have to drive round the bay, a trip of almost an hour.",
        ],
    ),
    (
        "agency-byline-opens-last-sentence",
        """Port strike ends after six days

By Associated Press

Dock workers returned to work on Monday after a six-day strike over pay ended with a new contract.

The union said members had approved the deal by a wide margin.

Associated Press reported earlier that talks had stalled over overtime rules.
""",
        [
            "Dock workers returned to work on Monday after a six-day strike over pay ended with a new contract.",
            "The union said members had approved the deal by a wide margin.",
            "Associated Press reported earlier that talks had stalled over overtime rules.",
        ],
    ),
    (
        "comments-and-cancelling-in-the-story",
        """Water company changes its billing

By Rosa Delgado

The water company will bill households every month instead of every quarter from June, it said on Thursday.

The company declined to comment on how many customers had asked for the change.

Residents may send comments on the plan to the regulator until May 1, and please note the regulator reads each one.

You can cancel at any time, the company told customers in a letter on Monday.

The regulator said it would like to hear what customers think of monthly bills.

More: the regulator will publish the comments in June.

The video could not be played in court because of a technical fault, the judge said.
""",
        [
            "The water company will bill households every month instead of every quarter from June, it said on Thursday.",
            "The company declined to comment on how many customers had asked for the change.",
            "Residents may send comments on the plan to the regulator until May 1, and please note the regulator reads each one.",
            "You can cancel at any time, the company told customers in a letter on Monday.",
            "The regulator said it would like to hear what customers think of monthly bills.",
            "More: the regulator will publish the comments in June.",
            "The video could not be played in court because of a technical fault, the judge said.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "paragraphs"), [row[1:] for row in CONTROLS], ids=[row[0] for row in CONTROLS])
def test_story_sentences_stay_body(text: str, paragraphs: list[str]) -> None:
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [b.text for b in article.boilerplate] == []
