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

#ifdef __cplusplus
}
#endif

#endif
