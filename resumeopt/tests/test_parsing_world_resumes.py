"""Whole resumes written in Turkish, Indonesian and Polish: their headings, months, words for
'until now', degrees (lisans, S1, magister) and grade labels (GNO, IPK) are read."""

from resumeopt.importers import read_upload


def _read(text: str) -> dict:
    return read_upload(text.encode(), "cv.txt")["document"]


def test_a_turkish_resume():
    document = _read(
        "Elif Demir\nKadıköy, İstanbul | +90 532 000 11 22 | elif.demir@example.com\n\n"
        "İŞ DENEYİMİ\nYazılım Geliştirici, Trendyol, İstanbul\nHaziran 2021 – Devam ediyor\n"
        "• Sipariş servisleri\n\nEĞİTİM\n"
        "Yıldız Teknik Üniversitesi, Yüksek Lisans, Bilgisayar Mühendisliği, 2014 – 2019, "
        "GNO: 3.12/4.00\n\nSERTİFİKALAR\nAWS Certified Developer – Associate, 2022\n"
    )
    assert document["basics"]["location"] == {
        "city": "Kadıköy",
        "region": "İstanbul",
        "countryCode": "TR",
    }
    job = document["work"][0]
    assert (job["name"], job["startDate"], "endDate" in job) == ("Trendyol", "2021-06", False)
    school = document["education"][0]
    assert (school["studyType"], school["area"], school["score"]) == (
        "Yüksek Lisans",
        "Bilgisayar Mühendisliği",
        "3.12/4.00",
    )
    assert document["certificates"][0]["date"] == "2022"
    assert not document.get("meta", {}).get("unsorted")


def test_an_indonesian_resume():
    document = _read(
        "Putri Lestari\nputri@example.com\n\nPENGALAMAN KERJA\nData Analyst, PT Tokopedia, "
        "Jakarta\nJanuari 2021 – Sekarang\n\nPENDIDIKAN\nUniversitas Indonesia, Depok\n"
        "S1 Statistika, 2015 – 2019, IPK 3,62/4,00\n\nKEAHLIAN\nSQL, Python\n"
    )
    assert document["work"][0]["startDate"] == "2021-01"
    school = document["education"][0]
    assert (school["institution"], school["studyType"], school["area"], school["score"]) == (
        "Universitas Indonesia",
        "S1",
        "Statistika",
        "3,62/4,00",
    )
    assert document["skills"][0]["keywords"] == ["SQL", "Python"]


def test_polish_months_in_a_range():
    document = _read(
        "Anna Kowalska\nanna@example.pl\n\nDOŚWIADCZENIE ZAWODOWE\n"
        "Technolog, Valeo, Chrzanów\nmarzec 2019 – obecnie\n"
    )
    assert document["work"][0]["startDate"] == "2019-03"
