"""A small ISO Schematron runner for the tests: lxml's (Debian python3-lxml) refuses
queryBinding="xslt2", and the TBX-Basic rules use XPath 2 in two places only, rewritten
here to XPath 1 equivalents (./local-name() -> local-name(), matches(@x, 'https?://.+')
-> starts-with(@x, 'http')). Every rule's asserts are evaluated on every node its context
selects; prints "valid" or one failed assert per line (at most 50).
Usage: python3 schematron.py RULES.sch FILE.xml"""
import re
import sys
from lxml import etree

SCH = "http://purl.oclc.org/dsdl/schematron"


def xpath1(expr: str) -> str:
    expr = expr.replace("./local-name()", "local-name()")
    return re.sub(r"matches\((@[\w:]+),\s*'https\?://\.\+'\)", r"starts-with(\1,'http')", expr)


schema = etree.parse(sys.argv[1])
doc = etree.parse(sys.argv[2])
ns = {n.get("prefix"): n.get("uri") for n in schema.iter(f"{{{SCH}}}ns")}
failures = []
for pattern in schema.iter(f"{{{SCH}}}pattern"):
    seen = set()  # a node is handled by the first rule of a pattern that matches it, as Schematron says
    for rule in pattern.iter(f"{{{SCH}}}rule"):
        context = xpath1(rule.get("context"))
        nodes = doc.xpath(context if context.startswith("/") else "//" + context, namespaces=ns)
        for node in nodes:
            key = id(node) if not isinstance(node, str) else (node.getparent(), node)
            if key in seen:
                continue
            seen.add(key)
            target = node.getparent() if isinstance(node, etree._ElementUnicodeResult) else node
            for a in rule.iter(f"{{{SCH}}}assert"):
                test = xpath1(a.get("test"))
                ok = target.xpath(f"boolean({test})", namespaces=ns) if not isinstance(node, str) else doc.xpath(f"boolean({test})", namespaces=ns)
                if isinstance(node, etree._ElementUnicodeResult):
                    # an attribute context: the test's "." is the attribute's value
                    ok = target.xpath(f"boolean({test.replace('.=', 'string(@' + node.attrname + ')=')})", namespaces=ns)
                if not ok:
                    failures.append(f"{rule.get('context')}: {(a.text or '').strip()[:100]} (line {target.sourceline})")
print("valid" if not failures else "\n".join(failures[:50]))
