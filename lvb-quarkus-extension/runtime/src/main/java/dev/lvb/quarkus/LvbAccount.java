package dev.lvb.quarkus;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Selects a named LVB account, one declared with {@code quarkus.lvb."<name>".*}:
 * {@code @Inject @LvbAccount("shop") LvbApi shop;}, {@code @LvbAccount("shop") LvbReactiveApi},
 * {@code void on(@Observes @LvbAccount("shop") StreamBeginEvent e)}. A bean of type
 * {@code LvbCredentialsProvider} with this qualifier replaces the account's configured credentials. The default
 * account (the unnamed {@code quarkus.lvb.*}) keeps the {@code @Default} qualifier ({@code @RestClient LvbApi}).
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({ FIELD, METHOD, PARAMETER, TYPE })
public @interface LvbAccount {

    /** @return the account's name, as in {@code quarkus.lvb."<name>".*} */
    String value();

    /** The qualifier as a value, for {@code Instance.select} and {@code Event.select}. */
    final class Literal extends AnnotationLiteral<LvbAccount> implements LvbAccount {
        private static final long serialVersionUID = 1L;

        /** The account's name. */
        private final String value;

        private Literal(String value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        /**
         * @param name the account's name
         * @return the qualifier selecting it
         */
        public static Literal of(String name) {
            return new Literal(name);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
