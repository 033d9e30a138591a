// Encoding choice and decoding before libxml2 sees the bytes.
//
// Why not leave it all to libxml2: with iconv, one undefined byte (0xDB in windows-874, 0x80–0x9F
// in TIS-620) stops conversion and the rest of the document is silently lost; a UTF-8 BOM loses
// to a later <meta charset>; and a non-UTF-8 byte before the <meta> switches the whole file to
// Latin-1. So, like a browser, we prescan for <meta> (WHATWG "prescan a byte stream"), decode the
// windows-874 family (TIS-620, ISO-8859-11 — windows-874 is their superset) and repair invalid
// UTF-8 ourselves, and hand libxml2 clean UTF-8 with HTML_PARSE_IGNORE_ENC. Other encodings go
// to libxml2 (iconv/ICU) by name. Newlines are never added or removed, so lines stay right.
#include "html_internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>

#include <libxml/encoding.h>

/// How far into the input to look for <meta charset>.
#define SB_PRESCAN_LIMIT 16384

static int ascii_ieq(const char *a, const char *b) {
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
    return *a == *b;
}

static int is_ws(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// Labels decoded by our own windows-874 table (WHATWG's labels for windows-874, plus a few
/// spellings seen in Thai government files).
static int is_thai_label(const char *label) {
    static const char *labels[] = {
        "windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "tis620",
        "tis-620-2533", "cp874", "x-cp874", "ms874", "x-windows-874", "ibm874", "ibm-874",
        "thai", NULL};
    for (int i = 0; labels[i]; i++)
        if (ascii_ieq(label, labels[i])) return 1;
    return 0;
}

static int is_utf8_label(const char *label) {
    return ascii_ieq(label, "utf-8") || ascii_ieq(label, "utf8") || ascii_ieq(label, "unicode-1-1-utf-8");
}

/// True when we or libxml2 can decode `label`.
static int label_supported(const char *label) {
    if (is_thai_label(label) || is_utf8_label(label)) return 1;
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(label);
    if (handler == NULL) return 0;
    xmlCharEncCloseFunc(handler);
    return 1;
}

// MARK: - <meta> prescan (WHATWG HTML §13.2.3.2, simplified: no nested encodings, no BOM)

typedef struct { const uint8_t *p, *end; } cursor;

/// Reads one attribute of a tag ("get an attribute"); returns 0 at '>' or end.
static int next_attribute(cursor *c, char *name, size_t name_cap, char *value, size_t value_cap) {
    size_t n = 0, v = 0;
    while (c->p < c->end && (is_ws(*c->p) || *c->p == '/')) c->p++;
    if (c->p >= c->end || *c->p == '>') return 0;
    while (c->p < c->end) {  // name
        uint8_t ch = *c->p;
        if (ch == '=' && n > 0) break;
        if (is_ws(ch) || ch == '/' || ch == '>') break;
        if (n + 1 < name_cap) name[n++] = (char)tolower(ch);
        c->p++;
    }
    name[n] = 0;
    value[0] = 0;
    while (c->p < c->end && is_ws(*c->p)) c->p++;
    if (c->p >= c->end || *c->p != '=') return 1;
    c->p++;
    while (c->p < c->end && is_ws(*c->p)) c->p++;
    if (c->p >= c->end) return 1;
    if (*c->p == '"' || *c->p == '\'') {
        uint8_t quote = *c->p++;
        while (c->p < c->end && *c->p != quote) {
            if (v + 1 < value_cap) value[v++] = (char)*c->p;
            c->p++;
        }
        if (c->p < c->end) c->p++;
    } else {
        while (c->p < c->end && !is_ws(*c->p) && *c->p != '>') {
            if (v + 1 < value_cap) value[v++] = (char)*c->p;
            c->p++;
        }
    }
    value[v] = 0;
    return 1;
}

/// "Extract a character encoding from a meta element" (the `content` attribute).
static int charset_from_content(const char *content, char *out, size_t cap) {
    const char *s = content;
    for (;;) {
        const char *hit = NULL;
        for (const char *q = s; *q; q++)
            if (strncasecmp(q, "charset", 7) == 0) { hit = q; break; }
        if (hit == NULL) return 0;
        s = hit + 7;
        while (is_ws((uint8_t)*s)) s++;
        if (*s != '=') continue;
        s++;
        while (is_ws((uint8_t)*s)) s++;
        size_t n = 0;
        if (*s == '"' || *s == '\'') {
            char quote = *s++;
            while (*s && *s != quote && n + 1 < cap) out[n++] = *s++;
            if (*s != quote) return 0;
        } else {
            while (*s && !is_ws((uint8_t)*s) && *s != ';' && n + 1 < cap) out[n++] = *s++;
        }
        out[n] = 0;
        return n > 0;
    }
}

static int trim_label(char *label) {
    size_t len = strlen(label), start = 0;
    while (start < len && is_ws((uint8_t)label[start])) start++;
    while (len > start && is_ws((uint8_t)label[len - 1])) len--;
    memmove(label, label + start, len - start);
    label[len - start] = 0;
    return label[0] != 0;
}

/// Finds the encoding declared by the first <meta charset> or <meta http-equiv=content-type>.
static int prescan_meta(const uint8_t *bytes, size_t length, char *label, size_t cap) {
    cursor c = {bytes, bytes + (length < SB_PRESCAN_LIMIT ? length : SB_PRESCAN_LIMIT)};
    char name[32], value[256];
    while (c.p < c.end) {
        size_t left = (size_t)(c.end - c.p);
        if (left >= 4 && memcmp(c.p, "<!--", 4) == 0) {
            c.p += 4;
            while (c.p + 3 <= c.end && memcmp(c.p, "-->", 3) != 0) c.p++;
            c.p += 3;
        } else if (left >= 6 && strncasecmp((const char *)c.p, "<meta", 5) == 0 &&
                   (is_ws(c.p[5]) || c.p[5] == '/')) {
            c.p += 5;
            int pragma = 0, have = 0;
            char found[64] = {0};
            while (next_attribute(&c, name, sizeof name, value, sizeof value)) {
                if (strcmp(name, "http-equiv") == 0 && ascii_ieq(value, "content-type")) {
                    pragma = 1;
                } else if (strcmp(name, "charset") == 0 && have != 2) {
                    snprintf(found, sizeof found, "%s", value);
                    have = 2;  // charset= wins over content=
                } else if (strcmp(name, "content") == 0 && have == 0) {
                    if (charset_from_content(value, found, sizeof found)) have = 1;
                }
            }
            if (have == 2 || (have == 1 && pragma)) {
                snprintf(label, cap, "%s", found);
                if (trim_label(label)) return 1;
            }
        } else if (left >= 2 && c.p[0] == '<' &&
                   (isalpha(c.p[1]) || (c.p[1] == '/' && left >= 3 && isalpha(c.p[2])))) {
            c.p += 2;  // another tag: skip it with its attributes, so '>' in values is no end
            while (c.p < c.end && !is_ws(*c.p) && *c.p != '>') c.p++;
            while (next_attribute(&c, name, sizeof name, value, sizeof value)) {}
            if (c.p < c.end) c.p++;
        } else if (left >= 2 && c.p[0] == '<' && (c.p[1] == '!' || c.p[1] == '/' || c.p[1] == '?')) {
            while (c.p < c.end && *c.p != '>') c.p++;
            if (c.p < c.end) c.p++;
        } else {
            c.p++;
        }
    }
    return 0;
}

// MARK: - Decoders

static size_t put_utf8(char *out, uint32_t cp) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
}

/// windows-874 (WHATWG index): 0xA1–0xFB map to U+0E01–U+0E5B except the holes 0xDB–0xDE,
/// 0xFC–0xFF (→ U+FFFD); 0x80–0x9F are the Windows punctuation or C1 controls.
static uint32_t windows874(uint8_t b) {
    if (b < 0x80) return b;
    switch (b) {
    case 0x80: return 0x20AC;
    case 0x85: return 0x2026;
    case 0x91: return 0x2018;
    case 0x92: return 0x2019;
    case 0x93: return 0x201C;
    case 0x94: return 0x201D;
    case 0x95: return 0x2022;
    case 0x96: return 0x2013;
    case 0x97: return 0x2014;
    case 0xA0: return 0x00A0;
    }
    if (b < 0xA0) return b;  // C1 control, as WHATWG maps the unassigned ones
    if ((b >= 0xDB && b <= 0xDE) || b >= 0xFC) return 0xFFFD;
    return 0x0E00 + (b - 0xA0);
}

static char *decode_windows874(const uint8_t *bytes, size_t length, size_t *out_length, size_t *replaced) {
    char *out = malloc(length * 3 + 1);
    if (out == NULL) return NULL;
    size_t n = 0;
    *replaced = 0;
    for (size_t i = 0; i < length; i++) {
        uint8_t b = bytes[i];
        if (b == 0) { n += put_utf8(out + n, 0xFFFD); continue; }  // see count_nul
        if (b < 0x80) { out[n++] = (char)b; continue; }
        uint32_t cp = windows874(b);
        if (cp == 0xFFFD) (*replaced)++;
        n += put_utf8(out + n, cp);
    }
    *out_length = n;
    return out;
}

/// Length of the valid UTF-8 sequence at `p` (1–4), or 0 if invalid; `*maximal` gets the length
/// of the maximal invalid prefix to replace with one U+FFFD (Unicode's recommended practice).
static size_t utf8_sequence(const uint8_t *p, const uint8_t *end, size_t *maximal) {
    uint8_t b = p[0];
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b < 0x80) return 1;
    if (b >= 0xC2 && b <= 0xDF) need = 1;
    else if (b >= 0xE0 && b <= 0xEF) { need = 2; if (b == 0xE0) lo = 0xA0; if (b == 0xED) hi = 0x9F; }
    else if (b >= 0xF0 && b <= 0xF4) { need = 3; if (b == 0xF0) lo = 0x90; if (b == 0xF4) hi = 0x8F; }
    else { *maximal = 1; return 0; }
    size_t i = 1;
    for (; i <= need; i++) {
        if (p + i >= end) break;
        uint8_t c = p[i];
        if (c < lo || c > hi) break;
        lo = 0x80; hi = 0xBF;
    }
    if (i == need + 1) return i;
    *maximal = i;
    return 0;
}

/// Counts invalid sequences (0: `bytes` is valid UTF-8) and, in `thai`, valid ones in the Thai
/// block (U+0E00–U+0E7F, i.e. E0 B8 xx / E0 B9 xx).
static size_t utf8_invalid_count(const uint8_t *bytes, size_t length, size_t *thai) {
    size_t bad = 0, i = 0, maximal;
    if (thai) *thai = 0;
    while (i < length) {
        if (bytes[i] < 0x80) { i++; continue; }
        size_t n = utf8_sequence(bytes + i, bytes + length, &maximal);
        if (n) {
            if (thai && n == 3 && bytes[i] == 0xE0 && (bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9)) (*thai)++;
            i += n;
        } else {
            bad++;
            i += maximal;
        }
    }
    return bad;
}

/// With nothing declared: is this UTF-8 (perhaps with some damage)? Thai in UTF-8 is E0 B8 xx /
/// E0 B9 xx, which windows-874 text almost never contains ("เธ"/"เน" + a byte below 0xC0), so
/// plenty of those outweighs invalid sequences (a binary blob inside a UTF-8 file).
static int looks_like_utf8(const uint8_t *bytes, size_t length) {
    size_t thai;
    size_t bad = utf8_invalid_count(bytes, length, &thai);
    return bad == 0 || thai * 8 >= bad;
}

/// NUL bytes: libxml2 2.9 takes one for the end of input in several places (e.g. inside
/// <script>), silently dropping the rest, so they become U+FFFD as in an HTML5 tokenizer.
static size_t count_nul(const uint8_t *bytes, size_t length) {
    size_t count = 0;
    for (const uint8_t *p = bytes, *end = bytes + length; (p = memchr(p, 0, (size_t)(end - p))) != NULL; p++) count++;
    return count;
}

/// Copies `bytes`, replacing invalid sequences and NULs with U+FFFD.
static char *repair_utf8(const uint8_t *bytes, size_t length, size_t *out_length) {
    char *out = malloc(length * 3 + 1);
    if (out == NULL) return NULL;
    size_t n = 0, i = 0, maximal;
    while (i < length) {
        if (bytes[i] == 0) { n += put_utf8(out + n, 0xFFFD); i++; continue; }
        size_t len = bytes[i] < 0x80 ? 1 : utf8_sequence(bytes + i, bytes + length, &maximal);
        if (len) { memcpy(out + n, bytes + i, len); n += len; i += len; }
        else { n += put_utf8(out + n, 0xFFFD); i += maximal; }
    }
    *out_length = n;
    return out;
}

// MARK: - Choice

static void warn(struct sarabun_html_result *r, const char *fmt, ...) {
    char message[256];
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, sizeof message, fmt, args);
    va_end(args);
    sb_add_diagnostic(r, 1, 0, 0, 0, 0, message);
}

int sb_prepare_input(struct sarabun_html_result *r, const uint8_t *bytes, size_t length,
                     const char *encoding, const char *fallback, sb_decoded *out) {
    char label[64] = {0};
    int source = -1;
    memset(out, 0, sizeof *out);

    if (encoding != NULL && encoding[0] != 0) {
        if (label_supported(encoding)) {
            snprintf(label, sizeof label, "%s", encoding);
            source = SARABUN_HTML_ENCODING_PARAMETER;
        } else {
            warn(r, "Unsupported encoding '%s' requested; detecting the encoding instead", encoding);
        }
    }
    // A byte order mark beats any <meta>, as in browsers; drop it so libxml2 never sees it.
    if (source < 0 && length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        bytes += 3; length -= 3;
        snprintf(label, sizeof label, "UTF-8");
        source = SARABUN_HTML_ENCODING_BOM;
    } else if (source < 0 && length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        snprintf(label, sizeof label, bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE");
        bytes += 2; length -= 2;
        source = SARABUN_HTML_ENCODING_BOM;
    }
    if (source < 0) {
        char declared[64];
        if (prescan_meta(bytes, length, declared, sizeof declared)) {
            // A <meta> cannot truthfully declare UTF-16 in an ASCII-compatible file (WHATWG).
            if (strncasecmp(declared, "utf-16", 6) == 0) snprintf(declared, sizeof declared, "UTF-8");
            if (label_supported(declared)) {
                snprintf(label, sizeof label, "%s", declared);
                source = SARABUN_HTML_ENCODING_META;
            } else {
                warn(r, "Declared encoding '%s' is not supported; ignoring the declaration", declared);
            }
        }
    }
    if (source < 0) {
        if (looks_like_utf8(bytes, length) || fallback == NULL || !label_supported(fallback)) {
            snprintf(label, sizeof label, "UTF-8");
            source = SARABUN_HTML_ENCODING_DEFAULT;
        } else {
            snprintf(label, sizeof label, "%s", fallback);
            source = SARABUN_HTML_ENCODING_FALLBACK;
            warn(r, "No encoding declared and the input is not UTF-8; decoded as %s", fallback);
        }
    }
    r->encoding_source = source;
    // A UTF-8 BOM under an explicit UTF-8 `encoding` is still not text.
    if (source != SARABUN_HTML_ENCODING_BOM && is_utf8_label(label) && length >= 3 && bytes[0] == 0xEF &&
        bytes[1] == 0xBB && bytes[2] == 0xBF) {
        bytes += 3;
        length -= 3;
    }
    int own_decoder = is_thai_label(label) || is_utf8_label(label);
    size_t nuls = own_decoder ? count_nul(bytes, length) : 0;
    if (nuls) warn(r, "%zu NUL byte(s) replaced with U+FFFD", nuls);

    if (is_thai_label(label)) {
        size_t replaced = 0;
        out->owned = decode_windows874(bytes, length, &out->length, &replaced);
        if (out->owned == NULL) return 0;
        out->bytes = out->owned;
        snprintf(r->encoding, sizeof r->encoding, "windows-874");
        snprintf(out->encoding, sizeof out->encoding, "UTF-8");
        if (replaced) warn(r, "%zu byte(s) undefined in windows-874 (declared as %s) replaced with U+FFFD", replaced, label);
    } else if (is_utf8_label(label)) {
        size_t bad = utf8_invalid_count(bytes, length, NULL);
        if (bad || nuls) {
            out->owned = repair_utf8(bytes, length, &out->length);
            if (out->owned == NULL) return 0;
            out->bytes = out->owned;
            if (bad) warn(r, "%zu invalid UTF-8 sequence(s) replaced with U+FFFD", bad);
        } else {
            out->bytes = (const char *)bytes;
            out->length = length;
        }
        snprintf(r->encoding, sizeof r->encoding, "UTF-8");
        snprintf(out->encoding, sizeof out->encoding, "UTF-8");
    } else {
        out->bytes = (const char *)bytes;
        out->length = length;
        snprintf(r->encoding, sizeof r->encoding, "%s", label);
        snprintf(out->encoding, sizeof out->encoding, "%s", label);
    }
    return 1;
}
