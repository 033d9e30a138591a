// One iterative pass over libxml2's tree into flat arrays (no recursion: documents nest 10,000+
// deep). Names are interned so Swift builds one String per distinct name, not per node.
#include "html_internal.h"

#include <libxml/tree.h>

/// Open-addressing table from name bytes to index in `r->names`, with a small cache keyed by
/// pointer because libxml2 interns element names in its dictionary.
typedef struct interner {
    int32_t *slots;
    size_t capacity;  // power of two
    struct { const xmlChar *key; int32_t id; } cache[64];
} interner;

static uint32_t fnv1a(const xmlChar *s, size_t *length) {
    uint32_t h = 2166136261u;
    size_t n = 0;
    for (; s[n]; n++) h = (h ^ s[n]) * 16777619u;
    *length = n;
    return h;
}

static int name_equals(struct sarabun_html_result *r, int32_t id, const xmlChar *s, size_t length) {
    const sarabun_html_name *name = (const sarabun_html_name *)r->names.data + id;
    return (size_t)name->length == length &&
           memcmp((const uint8_t *)r->storage.data + name->offset, s, length) == 0;
}

static int interner_grow(struct sarabun_html_result *r, interner *t) {
    size_t capacity = t->capacity ? t->capacity * 2 : 256;
    int32_t *slots = malloc(capacity * sizeof *slots);
    if (slots == NULL) return 0;
    for (size_t i = 0; i < capacity; i++) slots[i] = -1;
    const sarabun_html_name *names = r->names.data;
    for (size_t id = 0; id < r->names.count; id++) {
        uint32_t h = 2166136261u;
        const uint8_t *bytes = (const uint8_t *)r->storage.data + names[id].offset;
        for (int64_t k = 0; k < names[id].length; k++) h = (h ^ bytes[k]) * 16777619u;
        size_t i = h & (capacity - 1);
        while (slots[i] >= 0) i = (i + 1) & (capacity - 1);
        slots[i] = (int32_t)id;
    }
    free(t->slots);
    t->slots = slots;
    t->capacity = capacity;
    return 1;
}

/// Nothing is freed during the walk, so a name's address can stand for its content in the cache.
static int32_t intern(struct sarabun_html_result *r, interner *t, const xmlChar *s) {
    if (s == NULL) s = (const xmlChar *)"";
    size_t c = ((uintptr_t)s >> 4) & 63;
    if (t->cache[c].key == s) return t->cache[c].id;
    if ((r->names.count + 1) * 2 > t->capacity && !interner_grow(r, t)) return -1;
    size_t length;
    uint32_t h = fnv1a(s, &length);
    size_t i = h & (t->capacity - 1);
    while (t->slots[i] >= 0) {
        if (name_equals(r, t->slots[i], s, length)) {
            t->cache[c].key = s;
            t->cache[c].id = t->slots[i];
            return t->slots[i];
        }
        i = (i + 1) & (t->capacity - 1);
    }
    sarabun_html_name name = {(int64_t)r->storage.count, (int64_t)length};
    if (sb_vec_append(&r->storage, s, length) < 0) return -1;
    int64_t id = sb_vec_append(&r->names, &name, 1);
    if (id < 0) return -1;
    t->slots[i] = (int32_t)id;
    t->cache[c].key = s;
    t->cache[c].id = (int32_t)id;
    return (int32_t)id;
}

/// Our kind for a libxml2 node, or -1 to skip it (doctype, processing instructions, …).
static int32_t kind_of(xmlNodePtr n, int32_t flags) {
    switch (n->type) {
    case XML_ELEMENT_NODE: return SARABUN_HTML_ELEMENT;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE: return SARABUN_HTML_TEXT;
    case XML_COMMENT_NODE: return (flags & SARABUN_HTML_DROP_COMMENTS) ? -1 : SARABUN_HTML_COMMENT;
    default: return -1;
    }
}

/// Source line: our SAX hooks store it in `psvi` (negative: implied element, see clibxml2.c);
/// otherwise libxml2's own.
static int32_t line_of(xmlNodePtr n) {
    intptr_t stored = (intptr_t)n->psvi;
    if (stored != 0) return (int32_t)stored;
    long line = xmlGetLineNo(n);
    return line > 0 ? (int32_t)line : 0;
}

static inline sarabun_html_node *node_at(struct sarabun_html_result *r, int32_t i) {
    return (sarabun_html_node *)r->nodes.data + i;
}

static int64_t append_text(struct sarabun_html_result *r, const xmlChar *s, int64_t *length) {
    size_t n = s ? strlen((const char *)s) : 0;
    int64_t at = (int64_t)r->storage.count;
    if (sb_vec_append(&r->storage, s, n) < 0) return -1;
    *length = (int64_t)n;
    return at;
}

static int emit_attributes(struct sarabun_html_result *r, interner *t, xmlNodePtr element,
                           sarabun_html_node *node) {
    node->attribute_start = (int32_t)r->attributes.count;
    for (xmlAttrPtr a = element->properties; a != NULL; a = a->next) {
        sarabun_html_attribute attribute = {intern(r, t, a->name), 0, (int64_t)r->storage.count, 0};
        if (attribute.name < 0) return 0;
        for (xmlNodePtr v = a->children; v != NULL; v = v->next) {  // one text child in HTML
            int64_t length;
            if ((v->type == XML_TEXT_NODE || v->type == XML_CDATA_SECTION_NODE) &&
                append_text(r, v->content, &length) < 0) return 0;
        }
        attribute.value_length = (int64_t)r->storage.count - attribute.value_offset;
        if (sb_vec_append(&r->attributes, &attribute, 1) < 0) return 0;
        node->attribute_count++;
    }
    return 1;
}

/// Appends `n` as a child of `parent`; returns its index or -1 when out of memory.
static int32_t emit(struct sarabun_html_result *r, interner *t, xmlNodePtr n, int32_t kind,
                    int32_t parent) {
    sarabun_html_node node = {kind, -1, parent, -1, -1, -1, 0, line_of(n), 0, 0, 0, 0};
    if (kind == SARABUN_HTML_ELEMENT) {
        node.name = intern(r, t, n->name);
        if (node.name < 0 || !emit_attributes(r, t, n, &node)) return -1;
    } else {
        node.text_offset = append_text(r, n->content, &node.text_length);
        if (node.text_offset < 0) return -1;
    }
    if (node.line < 0 && kind != SARABUN_HTML_ELEMENT) node.line = -node.line;
    int64_t index = sb_vec_append(&r->nodes, &node, 1);
    if (index < 0 || index > INT32_MAX - 1) return -1;
    if (kind != SARABUN_HTML_ELEMENT) node_at(r, (int32_t)index)->subtree_end = (int32_t)index + 1;
    sarabun_html_node *p = node_at(r, parent);
    if (p->last_child >= 0) node_at(r, p->last_child)->next_sibling = (int32_t)index;
    else p->first_child = (int32_t)index;
    p->last_child = (int32_t)index;
    return (int32_t)index;
}

/// Closes node `i`: its subtree ends here; an implied element takes its first child's line.
static void finish(struct sarabun_html_result *r, int32_t i) {
    sarabun_html_node *node = node_at(r, i);
    node->subtree_end = (int32_t)r->nodes.count;
    if (node->line < 0) {
        int32_t child = node->first_child;
        int32_t line = child >= 0 ? node_at(r, child)->line : 0;
        node->line = line > 0 ? line : -node->line;
    }
}

void sb_flatten(struct sarabun_html_result *r, void *document, int32_t flags) {
    xmlDocPtr doc = document;
    sarabun_html_node root = {SARABUN_HTML_DOCUMENT, -1, -1, -1, -1, -1, 1, 1, 0, 0, 0, 0};
    if (sb_vec_append(&r->nodes, &root, 1) < 0) return;
    interner t;
    memset(&t, 0, sizeof t);

    int32_t parent = 0, depth = 0;  // depth of `parent`; the document is 0
    xmlNodePtr cur = doc ? doc->children : NULL;
    while (cur != NULL) {
        int32_t kind = kind_of(cur, flags);
        int32_t index = -1;
        if (kind >= 0) {
            index = emit(r, &t, cur, kind, parent);
            if (index < 0) {
                sb_add_diagnostic(r, 3, 0, 0, 0, 0, "Out of memory while reading the HTML tree");
                break;
            }
            if (kind == SARABUN_HTML_ELEMENT && depth + 1 > r->max_depth) r->max_depth = depth + 1;
        }
        if (kind == SARABUN_HTML_ELEMENT && cur->children != NULL) {
            parent = index;
            depth++;
            cur = cur->children;
            continue;
        }
        if (kind == SARABUN_HTML_ELEMENT) finish(r, index);
        while (cur != NULL && cur->next == NULL) {  // climb to the next unvisited sibling
            cur = cur->parent;
            if (cur == NULL || cur == (xmlNodePtr)doc || parent == 0) { cur = NULL; break; }
            finish(r, parent);
            parent = node_at(r, parent)->parent;
            depth--;
        }
        if (cur != NULL) cur = cur->next;
    }
    // After an out-of-memory stop, close whatever is still open.
    for (int32_t open = parent; open > 0; open = node_at(r, open)->parent) finish(r, open);
    finish(r, 0);
    free(t.slots);
}
