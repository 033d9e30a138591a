#include "cicu.h"

#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>
#include <stdlib.h>
#include <string.h>

int32_t sarabun_convert_to_utf8(const char *encoding, const char *source, int32_t sourceLength,
                                char *destination, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t length = ucnv_convert("UTF-8", encoding, destination, capacity, source, sourceLength, &error);
    *status = (int32_t)error;
    return length;
}

int32_t sarabun_nfc_utf8(const char *source, int32_t sourceLength,
                         char *destination, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
    if (U_FAILURE(error)) { *status = (int32_t)error; return 0; }

    // UTF-8 → UTF-16 → NFC → UTF-8: ICU's C API normalises UTF-16 only.
    int32_t utf16Length = 0;
    u_strFromUTF8WithSub(NULL, 0, &utf16Length, source, sourceLength, 0xFFFD, NULL, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) error = U_ZERO_ERROR;
    if (U_FAILURE(error)) { *status = (int32_t)error; return 0; }
    UChar *utf16 = malloc(sizeof(UChar) * (size_t)(utf16Length + 1));
    UChar *normalized = malloc(sizeof(UChar) * (size_t)(utf16Length * 3 + 1));
    int32_t result = 0;
    if (utf16 == NULL || normalized == NULL) { error = U_MEMORY_ALLOCATION_ERROR; goto done; }
    u_strFromUTF8WithSub(utf16, utf16Length + 1, NULL, source, sourceLength, 0xFFFD, NULL, &error);
    if (U_FAILURE(error)) goto done;
    int32_t normalizedLength = unorm2_normalize(nfc, utf16, utf16Length, normalized, utf16Length * 3 + 1, &error);
    if (U_FAILURE(error)) goto done;
    u_strToUTF8(destination, capacity, &result, normalized, normalizedLength, &error);
done:
    free(utf16);
    free(normalized);
    *status = (int32_t)error;
    return result;
}

// Opening a dictionary break iterator loads the Thai dictionary: keep one per thread.
static _Thread_local UBreakIterator *threadWordBreaker = NULL;

int32_t sarabun_thai_word_boundaries(const char *text, int32_t length,
                                     int32_t *offsets, int32_t *ruleStatus, int32_t capacity,
                                     int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    if (threadWordBreaker == NULL) {
        threadWordBreaker = ubrk_open(UBRK_WORD, "th", NULL, 0, &error);
        if (U_FAILURE(error)) { *status = (int32_t)error; threadWordBreaker = NULL; return 0; }
    }
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text, length, &error);
    if (U_FAILURE(error)) { *status = (int32_t)error; return 0; }
    ubrk_setUText(threadWordBreaker, &utext, &error);
    if (U_FAILURE(error)) { utext_close(&utext); *status = (int32_t)error; return 0; }

    int32_t count = 0;
    for (int32_t boundary = ubrk_first(threadWordBreaker); boundary != UBRK_DONE;
         boundary = ubrk_next(threadWordBreaker)) {
        if (count < capacity) {
            offsets[count] = boundary; // UTF-8 UText: native indexes are byte offsets
            if (ruleStatus != NULL) ruleStatus[count] = ubrk_getRuleStatus(threadWordBreaker);
        }
        count++;
    }
    utext_close(&utext);
    *status = 0;
    return count;
}

const char *sarabun_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}
