"""«Sagsmappe»: the employee's case folder — the record of each incident, the evidence
(pictures that stay on her device, described by name, size, time and SHA-256) and
every document she needs, made from the same rules as the other tools.

Nothing is stored: the case lives in the page until she saves a case file herself.
"""

