package dev.lvb.core;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;

/** Builds JSON-P values the way a parser would produce them from LVB's bytes. */
final class TestValues {

    private TestValues() {
    }

    /** @return the JSON number written exactly as {@code literal} */
    static JsonNumber jsonNumber(String literal) {
        try (JsonReader r = Json.createReader(new StringReader("[" + literal + "]"))) {
            return r.readArray().getJsonNumber(0);
        }
    }
}
