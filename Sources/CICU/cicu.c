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
    // The iterator reads UTF-16 directly; over a UTF-8 UText every character it looks at goes through
    // UText's conversion, a third of its time on short runs. The text is valid UTF-8 (a Swift string), so
    // each UTF-16 unit's byte offset follows from its value.
    UChar stackUnits[512];
    int32_t stackBytes[513];
    UChar *units = stackUnits;
    int32_t *byteOffsets = stackBytes;
    if (length > 512) {
        units = malloc(sizeof(UChar) * (size_t)length);
        byteOffsets = malloc(sizeof(int32_t) * (size_t)(length + 1));
        if (units == NULL || byteOffsets == NULL) {
            free(units == stackUnits ? NULL : units);
            free(byteOffsets == stackBytes ? NULL : byteOffsets);
            *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
            return 0;
        }
    }
    int32_t unitCount = 0;
    u_strFromUTF8WithSub(units, length, &unitCount, text, length, 0xFFFD, NULL, &error);
    int32_t count = 0;
    if (U_SUCCESS(error)) {
        int32_t byte = 0;
        for (int32_t unit = 0; unit < unitCount; unit++) {
            byteOffsets[unit] = byte;
            UChar value = units[unit];
            if (value < 0x80) byte += 1;
            else if (value < 0x800) byte += 2;
            else if (value >= 0xD800 && value <= 0xDBFF) byte += 4;  // a pair: four bytes, its low half adds none
            else if (value >= 0xDC00 && value <= 0xDFFF) byte += 0;
            else byte += 3;
        }
        byteOffsets[unitCount] = byte;
        ubrk_setText(threadWordBreaker, units, unitCount, &error);
    }
    if (U_SUCCESS(error)) {
        for (int32_t boundary = ubrk_first(threadWordBreaker); boundary != UBRK_DONE;
             boundary = ubrk_next(threadWordBreaker)) {
            if (count < capacity) {
                offsets[count] = byteOffsets[boundary];
                if (ruleStatus != NULL) ruleStatus[count] = ubrk_getRuleStatus(threadWordBreaker);
            }
            count++;
        }
        // Leave the iterator holding no pointer into this call's buffers.
        ubrk_setText(threadWordBreaker, units, 0, &error);
    }
    if (units != stackUnits) free(units);
    if (byteOffsets != stackBytes) free(byteOffsets);
    *status = U_FAILURE(error) ? (int32_t)error : 0;
    return count;
}

const char *sarabun_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}
