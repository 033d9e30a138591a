#include "clibxml2.h"

#include <libxml/xmlversion.h>
#include <libxml/HTMLparser.h>

int32_t sarabun_libxml2_version(void) { return LIBXML_VERSION; }
