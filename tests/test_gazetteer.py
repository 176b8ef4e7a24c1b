"""The packaged gazetteer: loading, hierarchy, alias folding, NBS/MCA joins."""

import time

import pytest

from kg.gazetteer import Gazetteer, GazetteerError, load_gazetteer, township_stem, village_stem


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def test_loads_fast():
    start = time.perf_counter()
    Gazetteer()
    assert time.perf_counter() - start < 1.0  # ~0.2 s on the dev machine; CI margin


def test_missing_data_raises(tmp_path):
    with pytest.raises(GazetteerError, match="divisions.tsv.xz"):
        Gazetteer(tmp_path)


def test_chain_street_to_province(gz):
    assert [(p.code, p.name, p.level) for p in gz.chain("410103006")] == [
        ("410103006", "五里堡街道", "street"),
        ("410103", "二七区", "district"),
        ("410100", "郑州市", "city"),
        ("410000", "河南省", "province"),
    ]


def test_chain_village_loads_lazily(gz):
    chain = gz.chain("410108005204")
    assert [p.name for p in chain] == ["杨庄村", "迎宾路街道", "惠济区", "郑州市", "河南省"]
    assert chain[0].level == "community"


def test_municipality_skips_pseudo_city(gz):
    assert [p.name for p in gz.chain("110101")] == ["东城区", "北京市"]


def test_district_aliases(gz):
    assert gz.districts_named("管城区") == ("410104",)
    assert gz.districts_named("管城回族区") == ("410104",)
    # functional-zone short forms only inside the home city
    assert gz.districts_named("经开区") == ()
    assert gz.districts_named("经开区", "4101") == ("410171",)
    assert gz.districts_named("郑州经开区", "4101") == ("410171",)
    assert gz.districts_named("高新区", "4101") == ("410172",)
    assert gz.districts_named("航空港区", "4101") == ("410173",)


def test_mca_codes_are_aliases_of_nbs(gz):
    # 迎宾路街道: NBS 410108005, MCA 410108015
    assert gz.canonical("410108015") == "410108005"
    assert gz.names["410108005"] == "迎宾路街道"


def test_renamed_township_folds_by_stem(gz):
    assert gz.townships_with_stem(township_stem("侯寨乡")) == ("410103015",)
    assert gz.townships_with_stem(township_stem("前程办事处"))[-1] == "410171563"
    assert gz.names["410171563"] == "前程街道"  # NBS prints 郑州经济技术开发区前程街道
    assert "郑州经济技术开发区前程街道" in gz.aliases["410171563"]


def test_mca_only_township_added(gz):
    assert gz.names["410103017"] == "樱桃沟街道"


def test_same_village_name_many_places(gz):
    codes = gz.villages_named("杨庄村委会", "4101")
    assert "410108005204" in codes and len(codes) > 3


def test_village_suffix_folding():
    assert village_stem("杨庄村民委员会") == "杨庄村"
    assert village_stem("德化社区居民委员会") == "德化社区"
    assert village_stem("杨庄村村委会") == "杨庄村"
