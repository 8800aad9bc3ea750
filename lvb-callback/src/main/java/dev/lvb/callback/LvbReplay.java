package dev.lvb.callback;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Marks an event that a developer replayed (Quarkus dev mode, Dev UI: "replay"): a notification that was already
 * delivered, re-signed with a fresh {@code t} and posted through the real callback endpoint again. It reaches every
 * observer of its type, like any event, with this extra qualifier:
 *
 * <pre>
 * void begin(&#64;Observes StreamBeginEvent e, EventMetadata meta) {
 *     boolean replay = meta.getQualifiers().contains(LvbReplay.Literal.INSTANCE);
 * }
 * void replaysOnly(&#64;Observes &#64;LvbReplay LvbEvent e) { ... }
 * </pre>
 *
 * A replay is not filtered as a duplicate. Outside dev mode there are no replays: the endpoint ignores any attempt.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE })
public @interface LvbReplay {

    /** The annotation as a value, for {@code Event.select(...)} and comparisons. */
    final class Literal extends AnnotationLiteral<LvbReplay> implements LvbReplay {

        /** The one instance. */
        public static final Literal INSTANCE = new Literal();

        private static final long serialVersionUID = 1L;

        private Literal() {
        }
    }
}
