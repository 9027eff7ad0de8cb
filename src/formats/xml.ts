/** Escaping for the XML every writer produces (XLIFF, TMX, TBX). */
const XML_SPECIAL = /[&<>"]/g;
const HAS_XML_SPECIAL = /[&<>"]/;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or attribute value escaped for XML (one pass; most texts have nothing to escape). */
export function escapeXml(s: string): string {
  // most text has nothing to escape: a test is cheaper than a replace with a callback (exports of 100,000 units)
  if (!HAS_XML_SPECIAL.test(s)) return s;
  return s.replace(XML_SPECIAL, (c) => XML_ESCAPES[c]!);
}
