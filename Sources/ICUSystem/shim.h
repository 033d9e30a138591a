// Never imported from Swift: it exists so that pkg-config's flags for ICU reach the CICU shim.
#include <unicode/utypes.h>
