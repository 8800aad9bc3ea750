package dev.lvb.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.lvb.core.LvbInterface;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Names the LVB interface a method of {@link LvbApi} or {@link LvbReactiveApi} calls. The client's providers read it
 * from the invoked method (MicroProfile REST Client's {@code org.eclipse.microprofile.rest.client.invokedMethod}
 * request property): it chooses the {@code interface} query value, the host (fcgi or statcgi) and how the reply is
 * decoded. With CDI it is also the interceptor binding that reports each call to the {@link LvbCallListener}s and
 * maps its failures (outside CDI, {@link LvbClients} does the same); without the CDI API the meta-annotations are
 * simply absent.
 */
@Documented
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface LvbOperation {

    /** @return the LVB interface called */
    @Nonbinding
    LvbInterface value();
}
