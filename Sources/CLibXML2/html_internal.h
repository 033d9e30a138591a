// Shared between the shim's .c files only; never seen by Swift.
#ifndef SARABUN_HTML_INTERNAL_H
#define SARABUN_HTML_INTERNAL_H

#include "clibxml2.h"

#include <stdlib.h>
#include <string.h>

/// A growable array of fixed-size items; `failed` is set (and growth stops) when out of memory.
typedef struct sb_vec {
    void *data;
    size_t count;
    size_t capacity;
    size_t item_size;
    int failed;
} sb_vec;

static inline void sb_vec_init(sb_vec *v, size_t item_size) {
    memset(v, 0, sizeof(*v));
    v->item_size = item_size;
}

static inline void sb_vec_free(sb_vec *v) {
    free(v->data);
    v->data = NULL;
    v->count = v->capacity = 0;
}

/// Makes room for `extra` more items; returns 0 when out of memory.
static inline int sb_vec_reserve(sb_vec *v, size_t extra) {
    if (v->failed) return 0;
    if (v->count + extra <= v->capacity) return 1;
    size_t capacity = v->capacity ? v->capacity : 64;
    while (capacity < v->count + extra) capacity *= 2;
    void *data = realloc(v->data, capacity * v->item_size);
    if (data == NULL) { v->failed = 1; return 0; }
    v->data = data;
    v->capacity = capacity;
    return 1;
}

/// Appends `n` items copied from `items`; returns the index of the first or -1.
static inline int64_t sb_vec_append(sb_vec *v, const void *items, size_t n) {
    if (!sb_vec_reserve(v, n)) return -1;
    int64_t at = (int64_t)v->count;
    if (n) memcpy((char *)v->data + v->count * v->item_size, items, n * v->item_size);
    v->count += n;
    return at;
}

struct sarabun_html_result {
    sb_vec nodes;        // sarabun_html_node
    sb_vec attributes;   // sarabun_html_attribute
    sb_vec names;        // sarabun_html_name
    sb_vec storage;      // uint8_t: text, attribute values, names, messages
    sb_vec diagnostics;  // sarabun_html_diagnostic
    int64_t suppressed_diagnostics;
    int32_t max_diagnostics;
    int32_t max_depth;
    int32_t encoding_source;
    char encoding[64];
};

/// Records a diagnostic (message copied, trailing whitespace trimmed) unless the cap is reached.
void sb_add_diagnostic(struct sarabun_html_result *r, int32_t level, int32_t domain, int32_t code,
                       int32_t line, int32_t column, const char *message);

// MARK: encoding (html_encoding.c)

/// Input ready for libxml2: UTF-8 bytes (owned copy or a view of the caller's) plus the
/// encoding name to give libxml2 with HTML_PARSE_IGNORE_ENC.
typedef struct sb_decoded {
    const char *bytes;
    size_t length;
    char *owned;         // non-NULL when `bytes` is a converted copy
    char encoding[64];   // what libxml2 is told ("UTF-8" after our own decoding)
} sb_decoded;

/// Chooses the encoding (caller, BOM, <meta>, UTF-8, fallback), decodes the windows-874 family
/// and repairs invalid UTF-8 itself, and records the choice and any warnings in `r`.
/// Returns 0 when out of memory.
int sb_prepare_input(struct sarabun_html_result *r, const uint8_t *bytes, size_t length,
                     const char *encoding, const char *fallback, sb_decoded *out);

// MARK: flattening (html_flatten.c)

/// Walks libxml2's document (an xmlDocPtr, may be NULL) once, iteratively, into `r`.
void sb_flatten(struct sarabun_html_result *r, void *doc, int32_t flags);

#endif
