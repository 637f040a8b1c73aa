"""A company's legal form and its registration number after its name, which are no part of the
outlet's name (issue 14, the eighth conventions round): a copyright line names the company
that owns a site as its registry knows it, "Star Media Group Berhad (10894-D)", "PT Kompas
Media Nusantara Tbk", "Axel Springer SE", "Mediaset S.p.A.", "Bonnier News AB", "Sanoma Oyj",
"Company No. 01234567". The forms of the legal systems whose papers the patterns read
(Malaysia's and Singapore's Berhad, Sdn Bhd, Pte; Indonesia's Tbk; the Continental AG, SE,
S.p.A., S.L., S.r.l., N.V., B.V.; the Nordic AB, AS, ASA, Oy, Oyj; Japan's K.K.) and a
registration number (five digits or more, a check letter after a hyphen: Malaysia's "10894-D";
"Company No." or "Reg. No." before it) are cleaned off as "Ltd" and "GmbH" were."""

from __future__ import annotations

#: Legal forms after a company's name (names.cleaned strips them with the older forms, "Ltd",
#: "GmbH", "Pvt", "S.A."). Two letters and more, each as its registries write it.
LEGAL_FORMS = (
    r"sdn\.?\s+bhd|berhad|bhd|pte|tbk|"
    r"ag|se|s\.?p\.?a|s\.?l\.?u?|s\.?r\.?l|n\.?v|b\.?v|"
    r"ab|asa|oyj|oy|k\.?k|co\.?,?\s+ltd"
)
#: A company's registration number: "(10894-D)", "10894D", "Company No. 01234567",
#: "Reg. No. 199001011186". Five digits at least (a year has four), a check letter after.
REGISTRATION = (
    r"\(?(?:(?:company|reg(?:istration)?|registered)\.?\s+(?:no|number|nr)\.?:?\s*)?"
    r"\d{5,}(?:-?[a-z])?\)?"
)
#: A company's legal form written onto its name in Japanese, Korean and Chinese, before or
#: after it ("株式会社川辺新聞社", "(주)한빛일보", "…有限公司").
CJK_LEGAL_FORMS = (
    r"株式会社|有限会社|合同会社|[(\uff08]株[)\uff09]|주식회사|[(\uff08]주[)\uff09]|"
    r"股份有限公司|有限公司"
)
