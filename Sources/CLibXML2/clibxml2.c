// Parsing: libxml2's HTML parser with per-parse error collection and SAX hooks that record
// source lines, then one flattening pass (html_flatten.c).
#include <stdlib.h> /* defines __GLIBC__ on glibc */
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "clibxml2.h"
#include "html_internal.h"

#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>

#include <libxml/xmlversion.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

int32_t sarabun_allocator_for_reading(void) {
#ifdef __GLIBC__
    return mallopt(M_MXFAST, 0) == 1 ? 1 : 0;
#else
    return -1;
#endif
}

int64_t sarabun_allocator_fast_bin_bytes(void) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    return (int64_t)mallinfo2().fsmblks;
#else
    return -1;
#endif
}

int32_t sarabun_libxml2_version(void) { return LIBXML_VERSION; }

/// RECOVER: read what can be read. NONET: never fetch. HUGE: no depth or text-size limits (the
/// default stops the whole parse at depth 256). COMPACT: fewer allocations. NODEFDTD: no
/// invented doctype. Whitespace is kept (no NOBLANKS) so text is exactly the source's.
static int parse_options(int32_t flags, int ignore_declared_encoding) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NODEFDTD |
                  XML_PARSE_HUGE | XML_PARSE_BIG_LINES;
    if (flags & SARABUN_HTML_NO_IMPLIED) options |= HTML_PARSE_NOIMPLIED;
    if (ignore_declared_encoding) options |= HTML_PARSE_IGNORE_ENC;
    return options;
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static void init_libxml2(void) { xmlInitParser(); }

// MARK: - Diagnostics

void sb_add_diagnostic(struct sarabun_html_result *r, int32_t level, int32_t domain, int32_t code,
                       int32_t line, int32_t column, const char *message) {
    // The cap is for libxml2's flood on garbage input; the shim's own few warnings always fit.
    if (domain != 0 && (int64_t)r->diagnostics.count >= r->max_diagnostics) {
        r->suppressed_diagnostics++;
        return;
    }
    if (message == NULL) message = "";
    size_t length = strlen(message);
    while (length > 0 && (message[length - 1] == '\n' || message[length - 1] == ' ' ||
                          message[length - 1] == '\r' || message[length - 1] == '\t'))
        length--;
    sarabun_html_diagnostic d = {level, domain, code, line, column, 0, (int64_t)r->storage.count,
                                 (int64_t)length};
    if (sb_vec_append(&r->storage, message, length) < 0) return;
    sb_vec_append(&r->diagnostics, &d, 1);
}

/// Per-parse state for the hooks below. Thread-local because libxml2's error handlers are
/// thread-local too and a parse runs on one thread start to end.
typedef struct parse_state {
    struct sarabun_html_result *r;  // NULL for parse-only
    int64_t errors;
    int64_t encoding_errors;
    startElementSAXFunc start_element;
    charactersSAXFunc characters;
    commentSAXFunc comment;
} parse_state;

static _Thread_local parse_state *current;

/// True if a diagnostic with this code and message is already kept.
static int already_kept(struct sarabun_html_result *r, int32_t code, const char *message) {
    size_t length = strlen(message);
    while (length > 0 && (message[length - 1] == '\n' || message[length - 1] == ' ')) length--;
    const sarabun_html_diagnostic *kept = r->diagnostics.data;
    for (size_t i = 0; i < r->diagnostics.count; i++)
        if (kept[i].code == code && (size_t)kept[i].message_length == length &&
            memcmp((const char *)r->storage.data + kept[i].message_offset, message, length) == 0)
            return 1;
    return 0;
}

static void on_structured_error(void *data, xmlErrorPtr error) {
    parse_state *s = data;
    if (s == NULL || error == NULL) return;
    s->errors++;
    if (error->domain == XML_FROM_I18N || error->domain == XML_FROM_IO) s->encoding_errors++;
    if (s->r == NULL) return;
    // "Tag o:p invalid" comes for every Office tag in a Word export: keep one per tag name so
    // they do not crowd out the rest.
    if (error->code == XML_HTML_UNKNOWN_TAG && error->message != NULL &&
        already_kept(s->r, error->code, error->message)) {
        s->r->suppressed_diagnostics++;
        return;
    }
    int parser = error->domain == XML_FROM_PARSER || error->domain == XML_FROM_HTML;
    sb_add_diagnostic(s->r, error->level, error->domain, error->code, error->line,
                      parser ? error->int2 : 0, error->message);
}

/// Rarely used when a structured handler is set; collected so nothing reaches stderr.
static void on_generic_error(void *data, const char *format, ...) {
    parse_state *s = data;
    if (s == NULL || s->r == NULL) return;
    char message[512];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    if (message[0] != 0 && message[0] != '\n') sb_add_diagnostic(s->r, 2, -1, 0, 0, 0, message);
}

// MARK: - Line hooks
//
// libxml2 stamps an element with the line where its start tag *ends*, a text node with the line
// where its first chunk ends, and caps both at 65535 unless the node is text. The hooks below
// store full source lines in the node's `psvi` (unused by the HTML parser): elements get the
// line of their '<', text and comments the line of their first non-blank character.

static int32_t clamp_line(long line) { return line < 1 ? 1 : (line > INT32_MAX ? INT32_MAX : (int32_t)line); }

/// Called right after libxml2 read a start tag: scan back to its '<'. Reaching a '>' first
/// means we are not inside a tag, i.e. libxml2 implied this element: negative line, fixed later.
static int32_t start_tag_line(xmlParserCtxtPtr ctxt) {
    xmlParserInputPtr in = ctxt->input;
    if (in == NULL) return 0;
    if (in->cur == NULL || in->base == NULL) return clamp_line(in->line);
    const xmlChar *p = in->cur < in->end ? in->cur : in->end;
    const xmlChar *limit = p - in->base > (1 << 20) ? p - (1 << 20) : in->base;
    long newlines = 0;
    while (p > limit) {
        p--;
        if (*p == '<') return clamp_line(in->line - newlines);
        if (*p == '>') return -clamp_line(in->line - newlines);
        if (*p == '\n') newlines++;
    }
    return clamp_line(in->line - newlines);
}

/// Line of the first non-blank character of `text`, which the parser has just consumed.
static int32_t text_line(xmlParserCtxtPtr ctxt, const xmlChar *text, size_t length) {
    if (ctxt->input == NULL) return 0;
    size_t i = 0;
    while (i < length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || text[i] == '\f')) i++;
    if (i == length) i = 0;  // all blank: its first character
    long newlines = 0;
    for (; i < length; i++) newlines += text[i] == '\n';
    return clamp_line(ctxt->input->line - newlines);
}

static void hook_start_element(void *ctx, const xmlChar *name, const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = ctx;
    xmlNodePtr before = ctxt->node;
    current->start_element(ctx, name, attributes);
    xmlNodePtr node = ctxt->node;
    if (node == NULL || node == before || node->type != XML_ELEMENT_NODE) return;
    node->psvi = (void *)(intptr_t)start_tag_line(ctxt);
    // libxml2 splits "o:p" (Word's Office tags) into prefix and name and, in HTML, drops the
    // prefix: <o:p> would read as <p>. Keep the name as written.
    if (name != NULL && strchr((const char *)name, ':') != NULL && !xmlStrEqual(node->name, name))
        xmlNodeSetName(node, name);
}

static void hook_characters(void *ctx, const xmlChar *text, int length) {
    xmlParserCtxtPtr ctxt = ctx;
    xmlNodePtr parent = ctxt->node;
    xmlNodePtr before = parent ? parent->last : NULL;
    current->characters(ctx, text, length);
    if (parent == NULL) return;  // libxml2 drops text outside any element
    xmlNodePtr node = parent->last;
    if (node != NULL && node != before && node->type == XML_TEXT_NODE && length > 0)
        node->psvi = (void *)(intptr_t)text_line(ctxt, text, (size_t)length);
}

static void hook_comment(void *ctx, const xmlChar *value) {
    xmlParserCtxtPtr ctxt = ctx;
    xmlNodePtr parent = ctxt->node ? ctxt->node : (xmlNodePtr)ctxt->myDoc;
    xmlNodePtr before = parent ? parent->last : NULL;
    current->comment(ctx, value);
    if (parent == NULL) parent = (xmlNodePtr)ctxt->myDoc;
    xmlNodePtr node = parent ? parent->last : NULL;
    if (node != NULL && node != before && node->type == XML_COMMENT_NODE && value != NULL) {
        long newlines = 0;
        for (const xmlChar *p = value; *p; p++) newlines += *p == '\n';
        node->psvi = (void *)(intptr_t)clamp_line(ctxt->input ? ctxt->input->line - newlines : 0);
    }
}

// MARK: - Parsing

/// Runs libxml2 on `bytes` with our error handlers installed only for this call and this thread.
static htmlDocPtr run_libxml2(parse_state *s, const char *bytes, size_t length, const char *encoding,
                              int options, int hooks) {
    pthread_once(&init_once, init_libxml2);
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (ctxt == NULL) return NULL;
    if (hooks && ctxt->sax != NULL) {
        s->start_element = ctxt->sax->startElement;
        s->characters = ctxt->sax->characters;
        s->comment = ctxt->sax->comment;
        ctxt->sax->startElement = hook_start_element;
        ctxt->sax->characters = hook_characters;
        ctxt->sax->cdataBlock = hook_characters;  // <script>/<style> bodies become text nodes
        ctxt->sax->comment = hook_comment;
    }
    parse_state *outer = current;
    current = s;
    xmlStructuredErrorFunc saved_structured = xmlStructuredError;
    void *saved_structured_context = xmlStructuredErrorContext;
    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_context = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(s, on_structured_error);
    xmlSetGenericErrorFunc(s, on_generic_error);

    static const char empty[1] = {0};
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, length ? bytes : empty, (int)length, NULL, encoding, options);

    xmlSetStructuredErrorFunc(saved_structured_context, saved_structured);
    xmlSetGenericErrorFunc(saved_generic_context, saved_generic);
    current = outer;
    htmlFreeParserCtxt(ctxt);
    return doc;
}

sarabun_html_result *sarabun_html_parse(const void *bytes, size_t length, const char *encoding,
                                        const char *fallback_encoding, int32_t flags,
                                        int32_t max_diagnostics) {
    struct sarabun_html_result *r = calloc(1, sizeof *r);
    if (r == NULL) return NULL;
    sb_vec_init(&r->nodes, sizeof(sarabun_html_node));
    sb_vec_init(&r->attributes, sizeof(sarabun_html_attribute));
    sb_vec_init(&r->names, sizeof(sarabun_html_name));
    sb_vec_init(&r->storage, 1);
    sb_vec_init(&r->diagnostics, sizeof(sarabun_html_diagnostic));
    r->max_diagnostics = max_diagnostics < 0 ? 0 : max_diagnostics;
    snprintf(r->encoding, sizeof r->encoding, "UTF-8");
    pthread_once(&init_once, init_libxml2);

    sb_decoded input;
    htmlDocPtr doc = NULL;
    if (bytes == NULL) length = 0;
    if (!sb_prepare_input(r, bytes, length, encoding, fallback_encoding, &input)) {
        sb_add_diagnostic(r, 3, 0, 0, 0, 0, "Out of memory while decoding the input");
    } else if (input.length == 0) {
        sb_add_diagnostic(r, 1, 0, 0, 0, 0, "Empty input: the document has no content");
    } else if (input.length > INT_MAX) {
        sb_add_diagnostic(r, 3, 0, 0, 0, 0, "Input larger than 2 GB: not parsed");
    } else {
        parse_state s = {r, 0, 0, NULL, NULL, NULL};
        doc = run_libxml2(&s, input.bytes, input.length, input.encoding, parse_options(flags, 1), 1);
        if (s.encoding_errors > 0)
            sb_add_diagnostic(r, 2, 0, 0, 0, 0,
                              "The input could not be fully decoded; text after the first undecodable byte may be missing");
        if (doc == NULL) sb_add_diagnostic(r, 2, 0, 0, 0, 0, "libxml2 produced no document");
    }
    sb_flatten(r, doc, flags);
    if (r->max_depth > 256) {
        char message[160];
        snprintf(message, sizeof message, "Elements nest %d levels deep (more than 256); all levels were kept",
                 r->max_depth);
        sb_add_diagnostic(r, 1, 0, 0, 0, 0, message);
    }
    if (doc != NULL) xmlFreeDoc(doc);
    free(input.owned);
    return r;
}

int32_t sarabun_html_parse_only(const void *bytes, size_t length, const char *encoding, int32_t flags) {
    if (bytes == NULL || length == 0 || length > INT_MAX) return -1;
    parse_state s = {NULL, 0, 0, NULL, NULL, NULL};
    htmlDocPtr doc = run_libxml2(&s, bytes, length, encoding, parse_options(flags, encoding != NULL), 0);
    if (doc == NULL) return -1;
    xmlFreeDoc(doc);
    return s.errors > INT32_MAX ? INT32_MAX : (int32_t)s.errors;
}

// MARK: - Result accessors

void sarabun_html_result_free(sarabun_html_result *r) {
    if (r == NULL) return;
    sb_vec_free(&r->nodes);
    sb_vec_free(&r->attributes);
    sb_vec_free(&r->names);
    sb_vec_free(&r->storage);
    sb_vec_free(&r->diagnostics);
    free(r);
}

size_t sarabun_html_result_node_count(const sarabun_html_result *r) { return r->nodes.count; }
const sarabun_html_node *sarabun_html_result_nodes(const sarabun_html_result *r) { return r->nodes.data; }
size_t sarabun_html_result_attribute_count(const sarabun_html_result *r) { return r->attributes.count; }
const sarabun_html_attribute *sarabun_html_result_attributes(const sarabun_html_result *r) { return r->attributes.data; }
size_t sarabun_html_result_name_count(const sarabun_html_result *r) { return r->names.count; }
const sarabun_html_name *sarabun_html_result_names(const sarabun_html_result *r) { return r->names.data; }
size_t sarabun_html_result_storage_length(const sarabun_html_result *r) { return r->storage.count; }
const uint8_t *sarabun_html_result_storage(const sarabun_html_result *r) { return r->storage.data; }
size_t sarabun_html_result_diagnostic_count(const sarabun_html_result *r) { return r->diagnostics.count; }
const sarabun_html_diagnostic *sarabun_html_result_diagnostics(const sarabun_html_result *r) { return r->diagnostics.data; }
int64_t sarabun_html_result_suppressed_diagnostics(const sarabun_html_result *r) { return r->suppressed_diagnostics; }
const char *sarabun_html_result_encoding(const sarabun_html_result *r) { return r->encoding; }
int32_t sarabun_html_result_encoding_source(const sarabun_html_result *r) { return r->encoding_source; }
int32_t sarabun_html_result_max_depth(const sarabun_html_result *r) { return r->max_depth; }
