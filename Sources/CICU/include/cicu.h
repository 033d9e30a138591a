// A few ICU services behind plain C types. This header must never include <unicode/…>:
// Swift modules that import it also see Foundation, whose private ICU copy would clash.
#ifndef SARABUN_CICU_H
#define SARABUN_CICU_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Converts `sourceLength` bytes in the ICU converter `encoding` (e.g. "windows-874-2000") to UTF-8.
/// Returns the UTF-8 length needed; writes at most `capacity` bytes. `*status` is 0 on success,
/// negative for a warning, positive for an ICU error (a buffer overflow is reported as 15).
int32_t sarabun_convert_to_utf8(const char *encoding, const char *source, int32_t sourceLength,
                                char *destination, int32_t capacity, int32_t *status);

/// NFC-normalises UTF-8 text. Same return and status convention as above.
int32_t sarabun_nfc_utf8(const char *source, int32_t sourceLength,
                         char *destination, int32_t capacity, int32_t *status);

/// Word boundaries of UTF-8 text under ICU's Thai dictionary break iterator, as byte offsets.
/// Writes up to `capacity` offsets (always including 0 and `length`) and returns how many there are.
/// `ruleStatus`, when not NULL, receives each boundary's ICU rule status (word kind of the word before it).
int32_t sarabun_thai_word_boundaries(const char *text, int32_t length,
                                     int32_t *offsets, int32_t *ruleStatus, int32_t capacity,
                                     int32_t *status);

/// The ICU version, e.g. "72.1".
const char *sarabun_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
