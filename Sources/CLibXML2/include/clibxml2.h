// libxml2's HTML parser behind plain C types. This header must never include <libxml/…>:
// Debian's libxml2 headers include system ICU's, which clash with Foundation's private copy.
#ifndef SARABUN_CLIBXML2_H
#define SARABUN_CLIBXML2_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// libxml2's version number, e.g. 20914.
int32_t sarabun_libxml2_version(void);

/// glibc only: freed small blocks are merged as they are freed, not kept in fast bins for a later sweep
/// (mallopt M_MXFAST 0). Process-wide; see AllocatorSettings.forReading(). 1 when set, 0 when glibc
/// refused it, -1 where the allocator is not glibc's.
int32_t sarabun_allocator_for_reading(void);

/// The bytes glibc holds in freed blocks of its fast bins, over every arena (mallinfo2's fsmblks);
/// -1 where that cannot be read. What the setting above keeps from growing.
int64_t sarabun_allocator_fast_bin_bytes(void);

// MARK: - Flattened HTML tree

/// Node kinds in `sarabun_html_node.kind`.
enum {
    SARABUN_HTML_DOCUMENT = 0,
    SARABUN_HTML_ELEMENT = 1,
    SARABUN_HTML_TEXT = 2,
    SARABUN_HTML_COMMENT = 3,
};

/// Flags for `sarabun_html_parse` / `sarabun_html_parse_only`.
enum {
    /// Do not let libxml2 add implied <html>/<body> elements (HTML_PARSE_NOIMPLIED).
    SARABUN_HTML_NO_IMPLIED = 1 << 0,
    /// Leave comments out of the flattened tree.
    SARABUN_HTML_DROP_COMMENTS = 1 << 1,
};

/// Where the encoding used to decode the input came from.
enum {
    SARABUN_HTML_ENCODING_PARAMETER = 0,  // the caller's `encoding`
    SARABUN_HTML_ENCODING_BOM = 1,        // a byte order mark
    SARABUN_HTML_ENCODING_META = 2,       // <meta charset> / <meta http-equiv=Content-Type>
    SARABUN_HTML_ENCODING_DEFAULT = 3,    // nothing declared and the bytes are valid UTF-8
    SARABUN_HTML_ENCODING_FALLBACK = 4,   // nothing usable declared, bytes not UTF-8
};

/// One node, in document order (pre-order). Links are indexes into the node array, -1 for none.
/// Node 0 is always the document. Text offsets index the result's storage (UTF-8).
typedef struct sarabun_html_node {
    int32_t kind;
    int32_t name;             // element: index into names; otherwise -1
    int32_t parent;
    int32_t first_child;
    int32_t last_child;
    int32_t next_sibling;
    int32_t subtree_end;      // one past the last descendant
    int32_t line;             // 1-based line in the input, 0 if unknown
    int32_t attribute_start;  // index into attributes
    int32_t attribute_count;
    int64_t text_offset;      // text/comment content
    int64_t text_length;
} sarabun_html_node;

typedef struct sarabun_html_attribute {
    int32_t name;             // index into names
    int32_t reserved;
    int64_t value_offset;
    int64_t value_length;
} sarabun_html_attribute;

/// An interned element or attribute name (UTF-8, lower case as libxml2 reports it).
typedef struct sarabun_html_name {
    int64_t offset;
    int64_t length;
} sarabun_html_name;

/// Diagnostic levels; libxml2's own levels are 1 (warning), 2 (error), 3 (fatal).
typedef struct sarabun_html_diagnostic {
    int32_t level;
    int32_t domain;           // libxml2 error domain; 0: raised by this shim; -1: libxml2 generic message
    int32_t code;
    int32_t line;             // 1-based, 0 if unknown
    int32_t column;           // 1-based, 0 if unknown
    int32_t reserved;
    int64_t message_offset;
    int64_t message_length;
} sarabun_html_diagnostic;

/// An opaque parse result; free with `sarabun_html_result_free`.
typedef struct sarabun_html_result sarabun_html_result;

/// Parses `length` bytes as HTML and flattens the tree. `encoding` (nullable) overrides any
/// declaration; `fallback_encoding` (nullable) is used when nothing is declared and the bytes
/// are not UTF-8. Keeps at most `max_diagnostics` diagnostics. Returns NULL only when out of memory.
sarabun_html_result *sarabun_html_parse(const void *bytes, size_t length, const char *encoding,
                                        const char *fallback_encoding, int32_t flags,
                                        int32_t max_diagnostics);
void sarabun_html_result_free(sarabun_html_result *result);

size_t sarabun_html_result_node_count(const sarabun_html_result *result);
const sarabun_html_node *sarabun_html_result_nodes(const sarabun_html_result *result);
size_t sarabun_html_result_attribute_count(const sarabun_html_result *result);
const sarabun_html_attribute *sarabun_html_result_attributes(const sarabun_html_result *result);
size_t sarabun_html_result_name_count(const sarabun_html_result *result);
const sarabun_html_name *sarabun_html_result_names(const sarabun_html_result *result);
size_t sarabun_html_result_storage_length(const sarabun_html_result *result);
const uint8_t *sarabun_html_result_storage(const sarabun_html_result *result);
size_t sarabun_html_result_diagnostic_count(const sarabun_html_result *result);
const sarabun_html_diagnostic *sarabun_html_result_diagnostics(const sarabun_html_result *result);
/// Diagnostics dropped because `max_diagnostics` was reached.
int64_t sarabun_html_result_suppressed_diagnostics(const sarabun_html_result *result);
/// The encoding the input was decoded with (never NULL).
const char *sarabun_html_result_encoding(const sarabun_html_result *result);
int32_t sarabun_html_result_encoding_source(const sarabun_html_result *result);
/// Deepest element nesting seen (the document's children are at depth 1).
int32_t sarabun_html_result_max_depth(const sarabun_html_result *result);

/// libxml2 alone: parses with the same options as `sarabun_html_parse` and frees the tree,
/// without encoding sniffing or flattening. Returns the number of libxml2 errors reported,
/// or -1 if libxml2 produced no document.
int32_t sarabun_html_parse_only(const void *bytes, size_t length, const char *encoding, int32_t flags);

#ifdef __cplusplus
}
#endif

#endif
