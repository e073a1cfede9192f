#!/usr/bin/env python3
"""Extract the Appendix C transcription table from the Abidar spec into appendix-c.csv.

Usage: python3 scripts/make-abidar-appendix-c.py ../shared/specs/abidar.md > models/abidar-appendix-c.csv
Columns: line,item,scenario(B/C/D),m,rt,phi,s0..s5. Printed repair time "0" means rt = 1.
"""
import re, sys

text = open(sys.argv[1], encoding="utf-8").read()
section = text[text.index("## Appendix C transcription"):]
print("line,item,scenario,m,rt,phi,s0,s1,s2,s3,s4,s5")
n = 0
for row in section.splitlines():
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    if len(cells) != 13 or not cells[0].isdigit():
        continue
    item = re.search(r"\((\d+)\)", cells[1]).group(1)
    scen = {"1": "B", "2": "C", "3": "D"}[cells[2]]
    rt = cells[5].split()[0]
    rt = "1" if rt == "0" else rt
    print(",".join([cells[0], item, scen, cells[4], rt, cells[6]] + cells[7:13]))
    n += 1
assert n == 171, n
