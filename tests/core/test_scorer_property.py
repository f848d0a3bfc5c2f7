"""Property tests: scoring never raises, whatever the text and numbers."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.scorer import ProposalInput
from app.core.scorer.tableio import output_row, read_proposal_table
from app.errors import UserError
from tests.core.conftest_scorer import bundled_scorer

_words = st.sampled_from(
    [
        "jalan",
        "jln",
        "semenisasi",
        "RTLH",
        "PJU",
        "desa",
        "RT",
        "gang",
        "posyandu",
        "-",
        "2",
        "sumur bor",
        "dermaga",
        "km",
        "Rp",
        "dan",
        "SMA",
        "listrik",
        "gorong-gorong",
        "ñ",
        "\x00",
    ]
)
_texts = st.one_of(st.text(max_size=300), st.lists(_words, max_size=30).map(" ".join))
_numbers = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**12), 10**15).map(float),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=_texts,
    problem=st.text(max_size=100),
    desa=st.text(max_size=30),
    volume=_numbers,
    biaya=_numbers,
    satuan=st.text(max_size=10),
    photos=st.one_of(st.none(), st.integers(-5, 50)),
)
def test_scoring_never_raises(
    text: str,
    problem: str,
    desa: str,
    volume: float | None,
    biaya: float | None,
    satuan: str,
    photos: int | None,
) -> None:
    result = bundled_scorer().score(
        ProposalInput(
            id="p",
            text=text,
            problem=problem,
            desa=desa,
            volume=volume,
            biaya=biaya,
            satuan=satuan,
            photo_count=photos,
        )
    )
    assert 0 <= result.score <= 100
    assert len(result.bidang) <= 3 and len(result.sub_kegiatan) <= 5
    assert all(not b.code.startswith("X") for b in result.bidang)
    assert isinstance(result.explanation_text(), str)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.one_of(st.binary(max_size=2000), _texts.map(lambda t: ("id,text\n1," + t).encode())))
def test_reading_any_file_gives_rows_or_a_user_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "masukan.csv"
    path.write_bytes(data)
    try:
        rows, _fmt = read_proposal_table(path)
    except UserError as exc:
        assert exc.message
    else:
        scorer = bundled_scorer()
        for row in rows:
            if not row.is_empty:
                output_row(row, scorer.score(row.proposal))
