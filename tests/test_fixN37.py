"""Two wrong readings the mutation pass of stop 35 found (mut37): a number written out beyond ten
in how long a role has been held, and a full stop after a weekday's given name."""

from __future__ import annotations

import pytest

from quote_cases import article_speakers as speakers


@pytest.mark.parametrize(
    ("role", "name"),
    [("his wife of sixty years", "Margaret Finch"), ("her husband of forty-two years", "Dennis Finch"),
     ("his partner of twenty-one years", "Tom Hale"), ("her best friend of thirteen years", "Ruth Okafor"),
     ("his wife of 60 years", "Margaret Finch")],
)
def test_a_role_held_for_a_span_written_out_is_no_speaker_before_the_name(role: str, name: str) -> None:
    text = (
        "Village mourns its oldest farmer\n\n"
        f'"He never missed a market day in his life," said {role}, {name}.\n'
    )
    assert speakers(text) == [name]


def test_a_span_of_no_number_leaves_the_role() -> None:
    text = 'Village mourns its oldest farmer\n\n"He never missed a market day," said his wife of -- years, Margaret Finch.\n'
    assert speakers(text) == ["his wife"]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [(" The union steward has led the port workers since 2019.", "Sunday Balogun"),
     (" Dockers voted on Friday to walk out.", "Sunday Balogun"),
     ("", "Sunday Balogun")],
)
def test_a_weekday_given_name_before_a_full_stop_keeps_its_given_name(after: str, speaker: str) -> None:
    text = (
        "Port workers back strike\n\n"
        "Sunday Balogun has worked at the port for 20 years.\n\n"
        f'"We will not move," said Sunday Balogun.{after}\n'
    )
    assert speakers(text) == [speaker]


def test_a_weekday_before_a_lone_surname_and_a_full_stop_stays_a_time() -> None:
    text = (
        "Port workers back strike\n\n"
        '"We will not move," said Tuesday Smith. The union steward has led the port workers since 2019.\n'
    )
    assert speakers(text) == ["Smith"]
