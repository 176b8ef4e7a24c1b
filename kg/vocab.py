"""Our own small vocabulary, ``kgv:``, for what schema.org lacks (described in vocab.ttl).

A ``DefinedNamespace`` with ``_fail = True``: ``KGV.corespondent`` (a typo) raises
``AttributeError`` instead of minting a new IRI.

>>> str(KGV.correspondent)
'https://w3id.org/kg-news/vocab#correspondent'
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["KGV", "KGV_IRI"]

KGV_IRI = "https://w3id.org/kg-news/vocab#"


class KGV(DefinedNamespace):
    """kg-news vocabulary: roles, place levels, mentions with provenance."""

    _fail = True
    _NS = Namespace(KGV_IRI)

    # Classes
    Page: URIRef  # one page file of a newspaper (rdfs:subClassOf schema:CreativeWork)
    Province: URIRef
    City: URIRef
    District: URIRef  # county level: 区, 县, 县级市, functional zones
    Street: URIRef  # township level: 街道, 镇, 乡, 办事处
    Community: URIRef  # village level: 社区, 村
    Compound: URIRef  # residential compound: 小区, 花园, 号院
    Enterprise: URIRef
    Initiative: URIRef  # named campaign, programme, alliance or event
    Mention: URIRef  # one printed occurrence of an entity in an article

    # Properties
    correspondent: URIRef  # 通讯员 (rdfs:subPropertyOf schema:contributor)
    photographer: URIRef  # 摄 (rdfs:subPropertyOf schema:contributor)
    monthDay: URIRef  # "MM-DD", the first explicit date in the body
    kind: URIRef  # news | feature | photo
    inGazetteer: URIRef  # whether the place was found in the official gazetteer
    refersTo: URIRef  # mention → entity
    startOffset: URIRef  # raw character offset in the page file
    endOffset: URIRef
    text: URIRef  # the mention as printed
    rule: URIRef  # id of the extraction rule that found it
