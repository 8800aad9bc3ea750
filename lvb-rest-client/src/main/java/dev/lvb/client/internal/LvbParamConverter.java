package dev.lvb.client.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.lvb.core.internal.LvbParams;
import dev.lvb.core.model.LvbRequest;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;

/**
 * Turns the request record of an {@link dev.lvb.client.LvbOperation} method into the value of its {@value #QUERY}
 * query parameter: its {@code Param.*} parameters, form-encoded once by {@link LvbParams} and wrapped in unpadded
 * base64url, which every URI builder leaves as it is. {@link LvbRequestFilter} unwraps them into LVB's query
 * string, so LVB's exact encoding ({@code 2017-01-01+10%3A10%3A01}) never depends on how a runtime encodes query
 * values.
 */
public final class LvbParamConverter implements ParamConverterProvider {

    /** The query parameter that carries a request record from the REST method to {@link LvbRequestFilter}. */
    public static final String QUERY = "lvb.request";

    private static final ParamConverter<LvbRequest> CONVERTER = new ParamConverter<>() {
        @Override
        public LvbRequest fromString(String value) {
            throw new UnsupportedOperationException("LVB requests are only sent");
        }

        @Override
        public String toString(LvbRequest request) {
            return encode(request.toParams().toFormEncoded());
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return LvbRequest.class.isAssignableFrom(rawType) ? (ParamConverter<T>) CONVERTER : null;
    }

    static String encode(String formEncoded) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(formEncoded.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String value) {
        return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
    }
}
