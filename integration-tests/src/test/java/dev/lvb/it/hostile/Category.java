package dev.lvb.it.hostile;

/**
 * The kinds of notification the hostile-traffic suite sends, each with its fixed share of every 100,000 requests.
 */
public enum Category {
    /** Distinct events of every typed kind, correctly signed (t as number or string, any key order...): 200, delivered once. */
    VALID(32_000, "valid"),
    /** Distinct events of types the library does not know, correctly signed: 200, delivered once as UnknownEvent. */
    UNKNOWN_TYPE(4_000, "unknown-type"),
    /** Byte-for-byte copies of valid events: 200 (or 409 while the original is in progress), never delivered again. */
    DUPLICATE(6_000, "duplicate"),
    /** Valid events signed again with a fresh t, as LVB retries: 200 (or 409), never delivered again. */
    RESIGNED_DUPLICATE(6_000, "re-signed-duplicate"),
    /** 10 bursts of 100 concurrent copies of one slow event: exactly one delivery, the rest 200 or 409 then 200. */
    BURST(1_000, "burst"),
    /** Forged signatures (random, wrong key, the API key, another t, mangled, not a string...): 401. */
    FORGED_SIGN(16_000, "forged-sign"),
    /** No t, no sign, neither, or null: 401. */
    MISSING_T_SIGN(4_000, "missing-t-sign"),
    /** Correctly signed, t in the past beyond the clock skew: 403. */
    EXPIRED(3_000, "expired"),
    /** Correctly signed, t beyond the allowed lifetime: 403. */
    FAR_FUTURE(3_000, "far-future"),
    /** t as text, float, exponent, huge, negative, other JSON types (signed over its text with the key): 401/400. */
    T_GARBAGE(5_000, "t-garbage"),
    /** Truncated, trailing garbage, syntax errors, random bytes: 400. */
    MALFORMED_JSON(7_000, "malformed-json"),
    /** JSON that is not an object: 400. */
    NON_OBJECT_JSON(3_000, "non-object-json"),
    /** Correctly signed events with fields of the wrong type, hostile numbers, bad or no event_type: 400. */
    WRONG_TYPES(5_000, "wrong-types"),
    /** Bodies above quarkus.lvb.callback.max-body-size, with and without Content-Length: 413. */
    OVERSIZE(1_500, "oversize"),
    /** Nesting deeper than the receiver's limit, signed or not: 400. */
    DEEP_NESTING(1_500, "deep-nesting"),
    /** Bytes that are not UTF-8, inside strings of signed and forged events and between tokens. */
    INVALID_UTF8(2_000, "invalid-utf8");

    /** Requests of this category in every 100,000. */
    final int per100k;
    /** Its name in the summary. */
    final String label;

    Category(int per100k, String label) {
        this.per100k = per100k;
        this.label = label;
    }

    /** @return whether nothing of this category may ever be acknowledged: the notification is not LVB's */
    public boolean isForgery() {
        return this == FORGED_SIGN || this == MISSING_T_SIGN || this == EXPIRED || this == FAR_FUTURE
                || this == T_GARBAGE;
    }
}
