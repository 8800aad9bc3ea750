package dev.lvb.client.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.LvbRequest;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;

/**
 * Carries the request record of an {@link dev.lvb.client.LvbOperation} method to {@link LvbRequestFilter} as the
 * value of its {@value #QUERY} query parameter: its {@code Param.*} parameters ({@link LvbRequestParams}),
 * form-encoded once by {@link LvbParams} and wrapped in unpadded base64url, which every URI builder leaves as it is;
 * {@link #params(URI)} unwraps them. One opaque value rather than one query parameter per component because
 * MicroProfile REST Client has no portable way to expand a record into named query parameters ({@code @BeanParam}
 * needs JAX-RS annotations on the record, which lvb-core may not have; {@code @RestQuery Map} is Quarkus-only), and
 * because runtimes encode query values their own way ({@code :} left raw, space as {@code %20}) where LVB wants
 * {@code 2017-01-01+10%3A10%3A01}: the filter writes LVB's exact encoding whatever the runtime.
 */
public final class LvbParamConverter implements ParamConverterProvider {

    /** The query parameter that carries a request record from the REST method to {@link LvbRequestFilter}. */
    public static final String QUERY = "lvb.request";

    private static final String QUERY_PREFIX = QUERY + "=";

    private static final ParamConverter<LvbRequest> CONVERTER = new ParamConverter<>() {
        @Override
        public LvbRequest fromString(String value) {
            throw new UnsupportedOperationException("LVB requests are only sent");
        }

        @Override
        public String toString(LvbRequest request) {
            return encode(LvbRequestParams.of(request).toFormEncoded());
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return LvbRequest.class.isAssignableFrom(rawType) ? (ParamConverter<T>) CONVERTER : null;
    }

    /**
     * @param uri the URI the REST client built for an LVB method
     * @return the {@code Param.*} its request record carries, none for an API without parameters
     */
    static LvbParams params(URI uri) {
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.startsWith(QUERY_PREFIX)) {
                    return LvbParams.parseFormEncoded(decode(pair.substring(QUERY_PREFIX.length())));
                }
            }
        }
        return LvbParams.builder().build();
    }

    static String encode(String formEncoded) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(formEncoded.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String value) {
        return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
    }
}
